package org.redress.core.reuse;

/** An agency record and the last reference (by sequence number) it was compared with; 0 when never compared. */
public record RecordToCompare(String documentId, long comparedUpTo) {}
