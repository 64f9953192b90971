package org.redress.core.audit;

/** An entry as the log holds it: its place in the chain (1 for the first) and what it says. */
public record RecordedEntry(long number, AuditEntry entry) {}
