package org.redress.ingest.pipeline;

import java.io.IOException;

/** The run could not go on at all (its readers will not start); the message says why, plainly. */
public final class IngestStoppedException extends IOException {
    public IngestStoppedException(String message, Throwable cause) {
        super(message, cause);
    }
}
