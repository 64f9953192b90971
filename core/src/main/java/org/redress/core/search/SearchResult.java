package org.redress.core.search;

import java.util.List;
import java.util.Map;

/** Hits of one search, the total number of matching pages, and counts per facet value. */
public record SearchResult(long total, List<SearchHit> hits, Map<String, List<FacetCount>> facets) {

    public record FacetCount(String value, long count) {}

    public SearchResult {
        hits = List.copyOf(hits);
        // In the order given (type, source, domain, year): Map.copyOf shuffled the facet panel on every run.
        facets = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(facets));
    }
}
