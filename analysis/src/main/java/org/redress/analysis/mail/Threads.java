package org.redress.analysis.mail;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Conversations rebuilt from the headers: messages linked by Message-ID, In-Reply-To and References (a missing
 * message still joins its replies), then a reply or forward with no such header joined to the latest message of the
 * same normalised subject within the window before it. Each thread lists its messages oldest first.
 */
public final class Threads {
    /** One conversation; {@code id} is its first message's id. */
    public record Thread(String id, String subject, List<MailMessage> messages) {}

    public static final Duration DEFAULT_WINDOW = Duration.ofDays(30);

    private final List<Thread> threads;
    private final Map<String, Thread> byDocument = new HashMap<>();

    private Threads(List<Thread> threads) {
        this.threads = List.copyOf(threads);
        for (Thread t : threads)
            for (MailMessage m : t.messages()) for (String d : m.documentIds()) byDocument.put(d, t);
    }

    /** Threads of messages that are already distinct and in date order ({@link MailMessage#distinct}). */
    public static Threads of(List<MailMessage> messages, Duration window) {
        Map<String, String> parent = new HashMap<>();
        for (MailMessage m : messages) {
            find(parent, m.messageId());
            if (m.inReplyTo() != null) union(parent, m.messageId(), m.inReplyTo());
            for (String r : m.references()) union(parent, m.messageId(), r);
        }
        Map<String, MailMessage> lastBySubject = new HashMap<>();
        for (MailMessage m : messages) {
            String subject = Subjects.normalised(m.subject());
            if (subject.isEmpty()) continue;
            MailMessage before = lastBySubject.get(subject);
            boolean unlinked = m.inReplyTo() == null && m.references().isEmpty();
            boolean answers = !Subjects.kind(m.subject()).equals("message");
            if (before != null && unlinked && answers && close(before, m, window)) {
                union(parent, before.messageId(), m.messageId());
            }
            lastBySubject.put(subject, m);
        }
        Map<String, List<MailMessage>> groups = new LinkedHashMap<>();
        for (MailMessage m : messages)
            groups.computeIfAbsent(find(parent, m.messageId()), k -> new ArrayList<>())
                    .add(m);
        List<Thread> out = new ArrayList<>();
        for (List<MailMessage> g : groups.values()) {
            out.add(new Thread(g.get(0).messageId(), g.get(0).subject(), g));
        }
        return new Threads(out);
    }

    public List<Thread> all() {
        return threads;
    }

    /** The thread a document's message belongs to; null when the document is no email of these. */
    public Thread ofDocument(String documentId) {
        return byDocument.get(documentId);
    }

    private static boolean close(MailMessage before, MailMessage m, Duration window) {
        if (before.sent() == null || m.sent() == null) return false;
        Duration gap = Duration.between(before.sent(), m.sent());
        return !gap.isNegative() && gap.compareTo(window) <= 0;
    }

    private static String find(Map<String, String> parent, String id) {
        String root = id;
        while (true) {
            String p = parent.putIfAbsent(root, root);
            if (p == null || p.equals(root)) break;
            root = p;
        }
        for (String cur = id; !cur.equals(root); ) { // path compression keeps big mailboxes fast
            String next = parent.get(cur);
            parent.put(cur, root);
            cur = next;
        }
        return root;
    }

    private static void union(Map<String, String> parent, String a, String b) {
        String ra = find(parent, a);
        String rb = find(parent, b);
        if (!ra.equals(rb)) parent.put(rb, ra);
    }
}
