package org.redress.analysis.chain;

import java.time.Instant;
import java.util.List;

/**
 * One hop of the path: a message ({@code kind} message, reply or forward) from a sender to its recipients, cited to
 * the document holding it; {@code named} when the message itself names the subject. Each party is written
 * "who (organisation, level)".
 */
public record Step(
        Instant sent, String documentId, String kind, boolean named, String from, List<String> to, String subject) {}
