package org.redress.analysis.chain;

import java.time.Instant;

/**
 * The first time a subject reached one organisation and level: named (the name in the record) or discussed (a later
 * message of a thread that named them), by whom ({@code holder}: the person or address), in which document.
 * {@code organisation} and {@code level} are null where nothing says them (a record that is no email).
 */
public record Reach(
        String organisation, String level, Instant first, String documentId, String how, String holder, String words) {}
