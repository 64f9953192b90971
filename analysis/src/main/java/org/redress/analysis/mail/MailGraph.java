package org.redress.analysis.mail;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/** Who wrote to whom: nodes by id order, edges by sender then recipient. */
public record MailGraph(List<Node> nodes, List<Edge> edges) {

    /**
     * The graph of these messages under a grouping, keeping those dated from {@code from} to {@code to} (inclusive,
     * in UTC; either may be null, and an undated message is kept only when neither is given).
     */
    public static MailGraph build(
            List<MailMessage> messages, Directory directory, Grouping by, LocalDate from, LocalDate to) {
        Map<String, Node> nodes = new TreeMap<>();
        Map<String, Acc> edges = new TreeMap<>();
        for (MailMessage m : messages) {
            if (m.sender() == null || !within(m.sent(), from, to)) continue;
            Node s = by.group(directory.node(m.sender()));
            nodes.putIfAbsent(s.id(), s);
            Set<String> seen = new HashSet<>();
            for (Address r : m.recipients()) {
                Node t = by.group(directory.node(r));
                nodes.putIfAbsent(t.id(), t);
                if (!seen.add(t.id())) continue; // once per sender–recipient pair
                edges.computeIfAbsent(s.id() + "\u0000" + t.id(), k -> new Acc(s.id(), t.id()))
                        .add(m);
            }
        }
        List<Edge> out = new ArrayList<>();
        for (Acc a : edges.values()) out.add(a.edge());
        return new MailGraph(new ArrayList<>(nodes.values()), out);
    }

    static boolean within(Instant sent, LocalDate from, LocalDate to) {
        if (from == null && to == null) return true;
        if (sent == null) return false;
        LocalDate day = sent.atZone(ZoneOffset.UTC).toLocalDate();
        return (from == null || !day.isBefore(from)) && (to == null || !day.isAfter(to));
    }

    /** The graph without nodes that have no edge left (after a filter). */
    public MailGraph withEdges(List<Edge> kept) {
        Set<String> used = new HashSet<>();
        for (Edge e : kept) {
            used.add(e.from());
            used.add(e.to());
        }
        return new MailGraph(nodes.stream().filter(n -> used.contains(n.id())).toList(), kept);
    }

    public Map<String, Node> nodesById() {
        Map<String, Node> m = new LinkedHashMap<>();
        for (Node n : nodes) m.put(n.id(), n);
        return m;
    }

    private static final class Acc {
        final String from;
        final String to;
        int messages;
        Instant first;
        Instant last;
        final TreeSet<String> docs = new TreeSet<>();

        Acc(String from, String to) {
            this.from = from;
            this.to = to;
        }

        void add(MailMessage m) {
            messages++;
            docs.addAll(m.documentIds());
            if (m.sent() != null) {
                if (first == null || m.sent().isBefore(first)) first = m.sent();
                if (last == null || m.sent().isAfter(last)) last = m.sent();
            }
        }

        Edge edge() {
            return new Edge(from, to, messages, first, last, new ArrayList<>(docs));
        }
    }
}
