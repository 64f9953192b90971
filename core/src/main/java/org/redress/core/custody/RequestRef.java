package org.redress.core.custody;

/** The records request a source answers, as a manifest names it. */
public record RequestRef(long id, String trackingNumber, String agency) {}
