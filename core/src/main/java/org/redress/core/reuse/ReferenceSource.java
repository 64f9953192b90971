package org.redress.core.reuse;

/** A source ingested as the group's own material rather than as an agency's records. */
public record ReferenceSource(long sourceId, String name, boolean isPrivate) {}
