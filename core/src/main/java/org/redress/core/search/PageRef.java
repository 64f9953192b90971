package org.redress.core.search;

import java.util.Objects;

/** One page of one document of the corpus: what a search hit is. */
public record PageRef(String documentId, int page) {
    public PageRef {
        Objects.requireNonNull(documentId, "documentId");
        if (page < 1) throw new IllegalArgumentException("a page number starts at 1");
    }
}
