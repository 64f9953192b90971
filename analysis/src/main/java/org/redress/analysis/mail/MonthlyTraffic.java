package org.redress.analysis.mail;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.redress.core.UserMistake;

/**
 * The traffic between two organisations month by month: messages from the first to the second and back (a message
 * to both counts in each direction it went), and the documents that hold them.
 */
public record MonthlyTraffic(String first, String second, List<Month> months) {

    /** One month: {@code month} is YYYY-MM. */
    public record Month(String month, int firstToSecond, int secondToFirst, List<String> documentIds) {}

    public static MonthlyTraffic between(
            List<MailMessage> messages, Directory directory, String a, String b, LocalDate from, LocalDate to) {
        String ka = key(a);
        String kb = key(b);
        if (ka.isEmpty() || kb.isEmpty()) throw new UserMistake("--between and --and each need an organisation");
        Map<YearMonth, int[]> counts = new TreeMap<>();
        Map<YearMonth, TreeSet<String>> docs = new TreeMap<>();
        boolean seenA = false;
        boolean seenB = false;
        for (MailMessage m : messages) {
            if (m.sender() == null || m.sent() == null || !MailGraph.within(m.sent(), from, to)) continue;
            String s = orgKey(directory.node(m.sender()));
            boolean toA = false;
            boolean toB = false;
            for (Address r : m.recipients()) {
                String t = orgKey(directory.node(r));
                toA |= t.equals(ka);
                toB |= t.equals(kb);
            }
            seenA |= s.equals(ka) || toA;
            seenB |= s.equals(kb) || toB;
            boolean ab = s.equals(ka) && toB;
            boolean ba = s.equals(kb) && toA;
            if (!ab && !ba) continue;
            YearMonth month = YearMonth.from(m.sent().atZone(ZoneOffset.UTC));
            int[] c = counts.computeIfAbsent(month, k -> new int[2]);
            if (ab) c[0]++;
            if (ba) c[1]++;
            docs.computeIfAbsent(month, k -> new TreeSet<>()).addAll(m.documentIds());
        }
        if (!seenA) throw new UserMistake("no mail of the case is from or to '" + a.strip() + "'" + hint());
        if (!seenB) throw new UserMistake("no mail of the case is from or to '" + b.strip() + "'" + hint());
        List<Month> months = new ArrayList<>();
        counts.forEach(
                (month, c) -> months.add(new Month(month.toString(), c[0], c[1], new ArrayList<>(docs.get(month)))));
        return new MonthlyTraffic(a.strip(), b.strip(), months);
    }

    private static String hint() {
        return " (name an organisation of organisations.txt or of the case's people, or a mail domain)";
    }

    /** An address's organisation, or its domain when it has none, as the two names given are compared. */
    private static String orgKey(Node n) {
        return key(
                n.organisation() != null
                        ? n.organisation()
                        : n.address().substring(n.address().indexOf('@') + 1));
    }

    private static String key(String s) {
        return s == null ? "" : s.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
    }
}
