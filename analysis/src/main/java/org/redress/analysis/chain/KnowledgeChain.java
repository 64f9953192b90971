package org.redress.analysis.chain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.redress.analysis.mail.Address;
import org.redress.analysis.mail.Directory;
import org.redress.analysis.mail.MailMessage;
import org.redress.analysis.mail.Node;
import org.redress.analysis.mail.Subjects;
import org.redress.analysis.mail.Threads;
import org.redress.core.casemodel.CaseEvent;
import org.redress.core.casemodel.Level;

/**
 * Follows one subject through the mail: every message that names them, and every later message of the same thread
 * (a reply or forward discusses them even where the name is not repeated), each sender and recipient reached at
 * their organisation and level. Records that are no email and name the subject count at no level.
 */
public final class KnowledgeChain {
    private final List<MailMessage> messages;
    private final Threads threads;
    private final Directory directory;

    public KnowledgeChain(List<MailMessage> messages, Threads threads, Directory directory) {
        this.messages = messages;
        this.threads = threads;
        this.directory = directory;
    }

    /**
     * The chain of one subject: {@code named} maps each document that names them to its date (null when undated);
     * {@code adverse} are the case's adverse actions targeting them.
     */
    public SubjectChain of(String person, Map<String, Instant> named, List<CaseEvent> adverse) {
        SubjectChain.AdverseAction action = firstAdverse(adverse);
        Set<MailMessage> path = new HashSet<>();
        Set<MailMessage> naming = new HashSet<>();
        for (MailMessage m : messages) {
            if (m.documentIds().stream().noneMatch(named::containsKey)) continue;
            naming.add(m);
            Threads.Thread t = threads.ofDocument(m.firstDocumentId());
            boolean after = false;
            for (MailMessage later : t == null ? List.of(m) : t.messages()) {
                after |= later == m;
                if (after) path.add(later);
            }
        }
        List<MailMessage> ordered = new ArrayList<>(path);
        ordered.sort(Comparator.comparing(MailMessage::sent, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(MailMessage::messageId));
        Map<String, Reach> reaches = new LinkedHashMap<>();
        List<Step> steps = new ArrayList<>();
        Set<String> mailDocuments = new HashSet<>();
        for (MailMessage m : ordered) {
            mailDocuments.addAll(m.documentIds());
            boolean isNaming = naming.contains(m);
            String how = isNaming ? "named" : "discussed";
            List<String> to = new ArrayList<>();
            if (m.sender() != null) reach(reaches, directory.node(m.sender()), m, how, action);
            for (Address r : m.recipients()) {
                Node n = directory.node(r);
                to.add(party(n));
                reach(reaches, n, m, how, action);
            }
            steps.add(new Step(
                    m.sent(),
                    m.firstDocumentId(),
                    Subjects.kind(m.subject()),
                    isNaming,
                    m.sender() == null ? null : party(directory.node(m.sender())),
                    to,
                    m.subject()));
        }
        named.entrySet().stream()
                .filter(e -> !mailDocuments.contains(e.getKey()) && e.getValue() != null)
                .min(Map.Entry.comparingByValue())
                .ifPresent(e -> reaches.put(
                        "\u0000record",
                        new Reach(
                                null,
                                null,
                                e.getValue(),
                                e.getKey(),
                                "named",
                                null,
                                sentence(null, null, "named", e.getValue(), action))));
        List<Reach> levels = new ArrayList<>(reaches.values());
        levels.sort(Comparator.comparing(Reach::first, Comparator.nullsLast(Comparator.naturalOrder())));
        List<String> words = levels.stream().map(Reach::words).toList();
        return new SubjectChain(person, levels, steps, action, words);
    }

    private static void reach(
            Map<String, Reach> reaches, Node n, MailMessage m, String how, SubjectChain.AdverseAction a) {
        if (m.sent() == null || (n.organisation() == null && n.level() == null)) return;
        String key = n.organisation() + "\u0000" + n.level();
        Reach before = reaches.get(key);
        if (before != null && !before.first().isAfter(m.sent())) return;
        String holder = n.person() != null ? n.person() : n.address();
        reaches.put(
                key,
                new Reach(
                        n.organisation(),
                        n.level(),
                        m.sent(),
                        m.firstDocumentId(),
                        how,
                        holder,
                        sentence(n.organisation(), n.level(), how, m.sent(), a)));
    }

    /** "named at headquarters (Immigration Agency) on 2017-01-09, 69 days before the arrest". */
    static String sentence(String organisation, String level, String how, Instant when, SubjectChain.AdverseAction a) {
        LocalDate day = when.atZone(ZoneOffset.UTC).toLocalDate();
        String where;
        if (level != null) {
            String words = Level.fromText(level).words();
            where = " at " + words + (organisation != null ? " (" + organisation + ")" : "");
        } else if (organisation != null) {
            where = " at " + organisation;
        } else {
            where = " in a record";
        }
        String s = how + where + " on " + day;
        if (a == null) return s;
        long days = ChronoUnit.DAYS.between(day, LocalDate.parse(a.date()));
        if (days > 0) return s + ", " + days + (days == 1 ? " day" : " days") + " before the " + a.kind();
        if (days < 0) return s + ", " + -days + (days == -1 ? " day" : " days") + " after the " + a.kind();
        return s + ", the day of the " + a.kind();
    }

    private static String party(Node n) {
        String who = n.person() != null ? n.person() : n.address();
        List<String> at = new ArrayList<>();
        if (n.organisation() != null) at.add(n.organisation());
        if (n.level() != null) at.add(Level.fromText(n.level()).words());
        return at.isEmpty() ? who : who + " (" + String.join(", ", at) + ")";
    }

    private static SubjectChain.AdverseAction firstAdverse(List<CaseEvent> adverse) {
        return adverse.stream()
                .filter(e -> e.kind().isAdverse())
                .min(Comparator.comparing(CaseEvent::date))
                .map(e -> new SubjectChain.AdverseAction(
                        e.id(),
                        e.kind().name().replace('_', ' '),
                        e.date().anchorDay().toString()))
                .orElse(null);
    }
}
