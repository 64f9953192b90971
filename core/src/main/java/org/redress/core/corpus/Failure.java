package org.redress.core.corpus;

import java.time.Instant;

/** A file that could not be ingested, with the reason a person understands. */
public record Failure(long sourceId, String path, String documentId, String reason, Instant at) {}
