package org.redress.app.cli;

import org.redress.application.audit.AuditNote;

/**
 * A command that works on a case says what the audit log records of it. {@link AuditedExecution} asks after the
 * command has succeeded and writes the entry; the command never writes the log itself. A test fails when a
 * command with {@code --case} neither implements this nor is {@link Unaudited}.
 */
public interface Audited {
    /** What this run did; null when it touched no case (an analysis given only counts). */
    AuditNote audit();
}
