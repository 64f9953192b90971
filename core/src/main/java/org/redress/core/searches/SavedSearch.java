package org.redress.core.searches;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.redress.core.search.SearchQuery;

/** A query kept under a name, with the facet filters it was saved with. */
public record SavedSearch(long id, String name, String query, Map<String, String> filters, Instant created) {
    public SavedSearch {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(query, "query");
        filters = filters == null ? Map.of() : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(filters));
    }

    /** The search it stands for, by relevance, {@code limit} hits from the first. */
    public SearchQuery toQuery(int limit) {
        return new SearchQuery(query, limit, 0, SearchQuery.Sort.RELEVANCE, filters);
    }
}
