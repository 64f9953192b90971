package org.redress.core.entities;

import java.util.Objects;

/** One page of one document. */
public record PageRef(String documentId, int page) {
    public PageRef {
        Objects.requireNonNull(documentId, "documentId");
        if (page < 1) throw new IllegalArgumentException("page numbers start at 1");
    }
}
