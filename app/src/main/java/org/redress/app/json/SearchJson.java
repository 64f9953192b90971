package org.redress.app.json;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.redress.core.search.SearchResult;

/**
 * The search result as the API and `search --json` give it. The snippet is HTML: the page text
 * escaped, with the matched words in {@code <mark>}.
 */
public record SearchJson(long total, List<Hit> hits, Map<String, List<SearchResult.FacetCount>> facets) {

    public record Hit(
            String documentId, String path, int page, String title, Instant date, String type, String snippet) {}

    public static SearchJson of(SearchResult r) {
        return new SearchJson(
                r.total(),
                r.hits().stream()
                        .map(h -> new Hit(
                                h.documentId(),
                                h.path(),
                                h.page(),
                                h.title(),
                                h.date(),
                                h.type(),
                                h.snippet().toHtml()))
                        .toList(),
                r.facets());
    }
}
