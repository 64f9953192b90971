package org.redress.analysis.mail;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.redress.core.corpus.Document;
import org.redress.core.corpus.EmailHeaders;

/**
 * One message, however many mailboxes or productions hold it: its Message-ID (without brackets; the document id when
 * it has none), sender, distinct recipients (To, Cc and Bcc), date, subject, the ids it answers and every document
 * that is a copy of it.
 */
public record MailMessage(
        String messageId,
        Address sender,
        List<Address> recipients,
        Instant sent,
        String subject,
        String inReplyTo,
        List<String> references,
        List<String> documentIds) {

    public MailMessage {
        recipients = List.copyOf(recipients);
        references = List.copyOf(references);
        documentIds = List.copyOf(documentIds);
    }

    /** The message an email document holds; null when the document is not an email. */
    public static MailMessage of(Document d) {
        EmailHeaders e = d.email();
        if (e == null) return null;
        List<Address> from = Address.parse(e.from());
        Map<String, Address> to = new LinkedHashMap<>();
        for (List<String> list : List.of(e.to(), e.cc(), e.bcc()))
            for (String h : list) for (Address a : Address.parse(h)) to.putIfAbsent(a.address(), a);
        List<String> ids = EmailHeaders.messageIds(e.messageId());
        List<String> replyTo = EmailHeaders.messageIds(e.inReplyTo());
        return new MailMessage(
                ids.isEmpty() ? d.id() : ids.get(0),
                from.isEmpty() ? null : from.get(0),
                new ArrayList<>(to.values()),
                e.sent(),
                e.subject(),
                replyTo.isEmpty() ? null : replyTo.get(replyTo.size() - 1),
                e.references(),
                List.of(d.id()));
    }

    /** The same message with the copies held by another document added. */
    MailMessage withCopies(MailMessage other) {
        TreeSet<String> docs = new TreeSet<>(documentIds);
        docs.addAll(other.documentIds);
        // A copy may have lost headers (a re-release, a printout): keep what either has.
        Map<String, Address> to = new LinkedHashMap<>();
        for (Address a : recipients) to.put(a.address(), a);
        for (Address a : other.recipients) to.putIfAbsent(a.address(), a);
        return new MailMessage(
                messageId,
                sender != null ? sender : other.sender,
                new ArrayList<>(to.values()),
                sent != null ? sent : other.sent,
                subject != null ? subject : other.subject,
                inReplyTo != null ? inReplyTo : other.inReplyTo,
                references.isEmpty() ? other.references : references,
                new ArrayList<>(docs));
    }

    /** The first document that holds the message (by id), to cite. */
    public String firstDocumentId() {
        return documentIds.get(0);
    }

    /** The messages of these documents, each once by Message-ID, oldest first (undated last). */
    public static List<MailMessage> distinct(List<Document> documents) {
        Map<String, MailMessage> byId = new LinkedHashMap<>();
        for (Document d : documents) {
            MailMessage m = of(d);
            if (m != null) byId.merge(m.messageId(), m, MailMessage::withCopies);
        }
        List<MailMessage> out = new ArrayList<>(byId.values());
        out.sort(MailMessage::compareByDate);
        return out;
    }

    static int compareByDate(MailMessage a, MailMessage b) {
        if (a.sent == null || b.sent == null) {
            if (a.sent != b.sent) return a.sent == null ? 1 : -1;
        } else {
            int c = a.sent.compareTo(b.sent);
            if (c != 0) return c;
        }
        return a.messageId.compareTo(b.messageId);
    }
}
