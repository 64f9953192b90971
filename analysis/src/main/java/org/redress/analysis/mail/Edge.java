package org.redress.analysis.mail;

import java.time.Instant;
import java.util.List;

/**
 * Messages from one node to another: how many (each message once, however many copies and recipients it has in the
 * target), the first and last date (null when none is dated) and the documents that hold them.
 */
public record Edge(String from, String to, int messages, Instant first, Instant last, List<String> documentIds) {
    public Edge {
        documentIds = List.copyOf(documentIds);
    }
}
