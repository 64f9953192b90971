package org.redress.ingest.extract;

/**
 * The extractor cannot read any file at all (its reader process will not start). Unlike a bad
 * file, this stops the run: failing every remaining file for the same reason would record
 * nothing useful, and a re-run resumes where this one stopped.
 */
public final class ExtractorUnavailableException extends RuntimeException {
    public ExtractorUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
