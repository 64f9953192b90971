package org.redress.store.audit;

import java.nio.file.Path;
import java.time.Instant;
import org.redress.core.audit.AuditEntry;

/** A separate process that appends to a case's audit log, for the test of writers in two processes at once. */
public final class AuditAppender {
    private AuditAppender() {}

    public static void main(String[] args) {
        FileAuditLog log = FileAuditLog.of(Path.of(args[0]));
        int n = Integer.parseInt(args[1]);
        for (int i = 0; i < n; i++) {
            log.record(new AuditEntry(Instant.now(), "other", "cli", "search", "process", "n" + i));
        }
    }
}
