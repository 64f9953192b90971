package org.redress.core.requests;

/** A file attached to a piece of correspondence, stored as an original under its SHA-256. */
public record Attachment(String name, String sha256, long size) {}
