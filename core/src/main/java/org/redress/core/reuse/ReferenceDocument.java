package org.redress.core.reuse;

/**
 * A document of the group's own material. {@code seq} orders references by when the case first had them;
 * {@code isPrivate} when every reference source holding it is private (a closed meeting's notes, not a public post).
 */
public record ReferenceDocument(long seq, String documentId, boolean isPrivate) {}
