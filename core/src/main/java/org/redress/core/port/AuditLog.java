package org.redress.core.port;

import java.util.List;
import org.redress.core.audit.AuditCheck;
import org.redress.core.audit.AuditEntry;
import org.redress.core.audit.RecordedEntry;

/**
 * The append-only audit log of a case. Every entry is chained to the one before it and the head of the chain is
 * sealed with a key of the case, so that {@link #verify()} finds an entry that was removed, altered, reordered or
 * cut off the end. Writers in several processes at once (a served case and a command) never break the chain.
 */
public interface AuditLog {
    /** Appends one entry; once this returns the entry is on disk and sealed. */
    void record(AuditEntry entry);

    /** Every entry that can be read, oldest first. */
    List<RecordedEntry> entries();

    /** Checks the whole chain and its seal; names the first bad entry when there is one. */
    AuditCheck verify();
}
