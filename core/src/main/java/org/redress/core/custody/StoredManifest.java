package org.redress.core.custody;

/**
 * One version of a source's manifest as kept in the case: its exact signed bytes and its detached signature.
 *
 * @param name      where it is kept, for messages (a file name in an embedded case)
 * @param signature null when the signature is missing
 */
public record StoredManifest(long sourceId, int version, String name, byte[] json, byte[] signature) {}
