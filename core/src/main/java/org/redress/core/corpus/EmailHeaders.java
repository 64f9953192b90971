package org.redress.core.corpus;

import java.time.Instant;
import java.util.List;

/**
 * The headers of an email that a lawyer cites: who wrote to whom, when, about what, and which messages it answers
 * ({@code inReplyTo}, and {@code references}: the Message-IDs of the thread so far, oldest first).
 */
public record EmailHeaders(
        String from,
        List<String> to,
        List<String> cc,
        List<String> bcc,
        Instant sent,
        String subject,
        String messageId,
        String inReplyTo,
        List<String> references) {

    /** Headers read before References were kept. */
    public EmailHeaders(
            String from,
            List<String> to,
            List<String> cc,
            List<String> bcc,
            Instant sent,
            String subject,
            String messageId,
            String inReplyTo) {
        this(from, to, cc, bcc, sent, subject, messageId, inReplyTo, List.of());
    }

    public EmailHeaders {
        references = references == null ? List.of() : List.copyOf(references);
        to = to == null ? List.of() : List.copyOf(to);
        cc = cc == null ? List.of() : List.copyOf(cc);
        bcc = bcc == null ? List.of() : List.copyOf(bcc);
    }

    /** The same headers with the References the original gave. */
    public EmailHeaders withReferences(List<String> ids) {
        return new EmailHeaders(from, to, cc, bcc, sent, subject, messageId, inReplyTo, ids);
    }

    /**
     * The Message-IDs in a References or In-Reply-To header, in order, without their angle brackets; text outside
     * brackets (a comment, a stray word) is skipped, and a bare id with an @ is kept as people's mailers write them.
     */
    public static List<String> messageIds(String header) {
        if (header == null || header.isBlank()) return List.of();
        List<String> ids = new java.util.ArrayList<>();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile(
                        "<([^<>\\s]+)>|(?<![<\\S])([^<>\\s()]+@[^<>\\s()]+)")
                .matcher(header);
        while (m.find()) {
            String id = (m.group(1) != null ? m.group(1) : m.group(2)).strip();
            if (!id.isEmpty() && !ids.contains(id)) ids.add(id);
        }
        return List.copyOf(ids);
    }

    /** The sender's mail domain ("dmv.vermont.gov"), lower-cased, or null when there is no address. */
    public String senderDomain() {
        if (from == null) return null;
        int at = from.lastIndexOf('@');
        if (at < 0) return null;
        String domain = from.substring(at + 1).replaceAll("[>\\s].*$", "").toLowerCase(java.util.Locale.ROOT);
        return domain.isEmpty() ? null : domain;
    }
}
