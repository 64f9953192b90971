package org.redress.core.search;

import java.util.Map;
import java.util.Objects;

/**
 * A search as a user types it (words, "phrases", fields, ranges) plus facet filters chosen
 * from a previous result (for example type=email, year=2016).
 */
public record SearchQuery(String text, int limit, int offset, Sort sort, Map<String, String> filters) {

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
    }

    public static SearchQuery of(String text, int limit) {
        return new SearchQuery(text, limit, 0, Sort.RELEVANCE, Map.of());
    }
}
