package org.redress.search;

import java.nio.file.Path;

/** Another process is writing to the same index: only one ingest at a time can run on a case. */
public final class IndexBusyException extends org.redress.core.UserMistake {
    public IndexBusyException(Path folder, Throwable cause) {
        super(
                "Another Redress process is already adding to this case's search index (" + folder
                        + "); wait for that ingest to finish, then run this one again. Nothing was changed.",
                cause);
    }
}
