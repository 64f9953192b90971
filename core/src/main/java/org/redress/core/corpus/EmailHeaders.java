package org.redress.core.corpus;

import java.time.Instant;
import java.util.List;

/** The headers of an email that a lawyer cites: who wrote to whom, when, about what. */
public record EmailHeaders(
        String from,
        List<String> to,
        List<String> cc,
        List<String> bcc,
        Instant sent,
        String subject,
        String messageId,
        String inReplyTo) {

    public EmailHeaders {
        to = to == null ? List.of() : List.copyOf(to);
        cc = cc == null ? List.of() : List.copyOf(cc);
        bcc = bcc == null ? List.of() : List.copyOf(bcc);
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
