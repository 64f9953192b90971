package org.redress.core.custody;

/** A file of the source that was received but not kept as an original (empty, too large), with the reason. */
public record NotStored(String path, String reason) {}
