package org.redress.core.corpus;

import java.time.Instant;

/** One invocation of ingest; a run with no finish time was interrupted and can be resumed. */
public record IngestRun(long id, long sourceId, String arguments, Instant started, Instant finished) {
    public boolean unfinished() {
        return finished == null;
    }
}
