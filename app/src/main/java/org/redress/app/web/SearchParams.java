package org.redress.app.web;

import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.redress.core.search.SearchQuery;

/**
 * A search as the search page's links and forms carry it: {@code q}, {@code sort}, {@code limit}, {@code offset} and
 * one parameter per facet (type, source, domain, year, and the case's page-set fields such as person). The search
 * page, the exports and the saved searches read it here, the same way.
 */
public final class SearchParams {
    /** The facets of the index itself; the case's page-set fields come after them. */
    public static final List<String> FACETS = List.of("type", "source", "domain", "year");

    private SearchParams() {}

    /** The search in the request's query string. */
    public static SearchQuery of(Context ctx, List<String> pageSetFields) {
        String q = ctx.queryParam("q") == null ? "" : ctx.queryParam("q");
        return new SearchQuery(
                q,
                CaseOperations.intParam(ctx, "limit", 20),
                CaseOperations.intParam(ctx, "offset", 0),
                sort(ctx.queryParam("sort")),
                filters(ctx::queryParam, pageSetFields));
    }

    /** The facet values chosen, read through {@code param} (the query string, or a form). */
    public static Map<String, String> filters(Function<String, String> param, List<String> pageSetFields) {
        Map<String, String> filters = new LinkedHashMap<>();
        List<String> facets = new ArrayList<>(FACETS);
        facets.addAll(pageSetFields);
        for (String f : facets) {
            String v = param.apply(f);
            if (v != null && !v.isBlank()) filters.put(f, v);
        }
        return filters;
    }

    public static SearchQuery.Sort sort(String sort) {
        return switch (String.valueOf(sort).strip()) {
            case "date" -> SearchQuery.Sort.DATE_ASC;
            case "-date" -> SearchQuery.Sort.DATE_DESC;
            default -> SearchQuery.Sort.RELEVANCE;
        };
    }

    /** The search page's link for a search: its words and filters. */
    public static String link(String q, Map<String, String> filters) {
        StringBuilder url = new StringBuilder("/?q=").append(Pages.enc(q));
        filters.forEach(
                (k, v) -> url.append('&').append(Pages.enc(k)).append('=').append(Pages.enc(v)));
        return url.toString();
    }
}
