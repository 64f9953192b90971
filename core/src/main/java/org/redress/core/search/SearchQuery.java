package org.redress.core.search;

import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A search as a user types it (words, "phrases", fields, ranges) plus facet filters chosen
 * from a previous result (for example type=email, year=2016), and the documents the searcher may not see: every
 * index leaves their pages out of the hits, the total and the facets, at query time.
 */
public record SearchQuery(
        String text, int limit, int offset, Sort sort, Map<String, String> filters, Set<String> excludedDocuments) {

    public enum Sort {
        RELEVANCE,
        DATE_ASC,
        DATE_DESC
    }

    public SearchQuery {
        Objects.requireNonNull(text, "text");
        if (limit < 0 || limit > 10_000) throw new org.redress.core.UserMistake("limit must be between 0 and 10000");
        if (offset < 0) throw new org.redress.core.UserMistake("offset must not be negative");
        sort = sort == null ? Sort.RELEVANCE : sort;
        filters = filters == null ? Map.of() : Map.copyOf(filters);
        excludedDocuments = excludedDocuments == null ? Set.of() : Set.copyOf(excludedDocuments);
    }

    /** A search that may see every document. */
    public SearchQuery(String text, int limit, int offset, Sort sort, Map<String, String> filters) {
        this(text, limit, offset, sort, filters, Set.of());
    }

    public static SearchQuery of(String text, int limit) {
        return new SearchQuery(text, limit, 0, Sort.RELEVANCE, Map.of());
    }

    /** The same search with these documents left out as well. */
    public SearchQuery excluding(Set<String> documents) {
        if (documents.isEmpty()) return this;
        Set<String> all = new HashSet<>(excludedDocuments);
        all.addAll(documents);
        return new SearchQuery(text, limit, offset, sort, filters, all);
    }
}
