package org.redress.app.cli;

import java.io.PrintWriter;
import org.redress.core.UserMistake;
import org.redress.ingest.pipeline.IngestStoppedException;

/**
 * The one table from what went wrong to the exit code and what standard error says: 1 for a mistake the
 * user can fix (its message as it is), 2 for an ingest that had to stop (its plain reason) and for anything
 * else, which is a bug (with the trace, so it can be reported).
 */
final class ExitCodes {
    static final int OK = 0;
    static final int USER_MISTAKE = 1;
    static final int INTERNAL = 2;

    private ExitCodes() {}

    static int answer(Exception e, PrintWriter err) {
        if (e instanceof UserMistake) {
            err.println(e.getMessage());
            return USER_MISTAKE;
        }
        if (e instanceof IngestStoppedException) {
            err.println(e.getMessage());
            return INTERNAL;
        }
        err.println("Internal error: " + e);
        e.printStackTrace(err);
        return INTERNAL;
    }
}
