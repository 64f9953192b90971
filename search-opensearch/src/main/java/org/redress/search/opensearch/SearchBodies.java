package org.redress.search.opensearch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.search.Query;
import org.redress.core.search.PageRef;
import org.redress.core.search.PageSetField;
import org.redress.core.search.SearchHit;
import org.redress.core.search.SearchQuery;
import org.redress.core.search.SearchResult;
import org.redress.core.search.Snippet;
import org.redress.search.PageDocuments;
import org.redress.search.PageFields;
import org.redress.search.QueryLanguage;

/**
 * The search requests of a case's index and what their answers hold: the order (as the Lucene adapter sorts, with
 * the page's id to break ties, which paging with search_after needs), the facet counts and the hits.
 */
final class SearchBodies {
    /** As many values as the Lucene adapter's facets show. */
    private static final int TOP = 20;

    private static final List<String> METADATA = List.of(
            PageFields.DOCUMENT_ID,
            PageFields.PAGE,
            PageFields.PATH,
            PageFields.TITLE,
            PageFields.DATE,
            PageFields.TYPE);

    private final QueryLanguage language;

    SearchBodies(QueryLanguage language) {
        this.language = language;
    }

    /** The query, its order, and the page text only when snippets are wanted. */
    ObjectNode hits(Query query, SearchQuery.Sort sort, int size, boolean withText) {
        ObjectNode body = OpenSearchCluster.JSON.createObjectNode();
        body.set("query", QueryDsl.of(query));
        body.put("size", size);
        body.put("track_total_hits", true);
        body.put("track_scores", true);
        body.set("sort", sort(sort));
        ArrayNode source = body.putObject("_source").putArray("includes");
        METADATA.forEach(source::add);
        if (withText) source.add(PageFields.TEXT);
        return body;
    }

    /** Counts of type, source, domain and year, and of each page-set field's values, over all hits of the query. */
    void facets(ObjectNode body) {
        ObjectNode aggs = body.putObject("aggs");
        for (String facet : PageDocuments.FACETS)
            aggs.putObject(facet)
                    .putObject("terms")
                    .put("field", PageDocuments.FACET_FILTER_PREFIX + facet)
                    .put("size", TOP);
        for (PageSetField field : language.pageSets().all()) {
            ObjectNode filters = OpenSearchCluster.JSON.createObjectNode();
            for (Map.Entry<String, Set<PageRef>> v : field.values().entrySet()) {
                if (v.getValue().isEmpty()) continue;
                ArrayNode ids = filters.putObject(v.getKey()).putObject("terms").putArray(PageFields.ID);
                v.getValue().forEach(p -> ids.add(PageDocuments.pageId(p.documentId(), p.page())));
            }
            // OpenSearch refuses a filters aggregation without filters (a case with nobody watched yet): no
            // aggregation then, and facetCounts reads its absence as an empty facet.
            if (!filters.isEmpty())
                aggs.putObject("pageset_" + field.name()).putObject("filters").set("filters", filters);
        }
    }

    private static ArrayNode sort(SearchQuery.Sort sort) {
        ArrayNode out = OpenSearchCluster.JSON.createArrayNode();
        if (sort != SearchQuery.Sort.RELEVANCE) {
            String order = sort == SearchQuery.Sort.DATE_DESC ? "desc" : "asc";
            // Undated pages last either way, as in the Lucene adapter.
            out.addObject().putObject(PageFields.DATE).put("order", order).put("missing", "_last");
        }
        out.addObject().put("_score", "desc");
        out.addObject().putObject(PageFields.ID).put("order", "asc");
        return out;
    }

    Map<String, List<SearchResult.FacetCount>> facetCounts(JsonNode answer) {
        Map<String, List<SearchResult.FacetCount>> out = new LinkedHashMap<>();
        JsonNode aggs = answer.path("aggregations");
        for (String facet : PageDocuments.FACETS) {
            List<SearchResult.FacetCount> counts = new ArrayList<>();
            for (JsonNode b : aggs.path(facet).path("buckets"))
                counts.add(new SearchResult.FacetCount(
                        b.path("key").asText(), b.path("doc_count").asLong()));
            out.put(facet, counts);
        }
        for (PageSetField field : language.pageSets().all()) {
            List<SearchResult.FacetCount> counts = new ArrayList<>();
            aggs.path("pageset_" + field.name()).path("buckets").properties().forEach(e -> {
                long n = e.getValue().path("doc_count").asLong();
                if (n > 0) counts.add(new SearchResult.FacetCount(e.getKey(), n));
            });
            counts.sort(Comparator.comparingLong(SearchResult.FacetCount::count)
                    .reversed()
                    .thenComparing(SearchResult.FacetCount::value));
            out.put(field.name(), counts.size() > TOP ? List.copyOf(counts.subList(0, TOP)) : counts);
        }
        return out;
    }

    static long total(JsonNode answer) {
        return answer.path("hits").path("total").path("value").asLong();
    }

    static JsonNode hitList(JsonNode answer) {
        return answer.path("hits").path("hits");
    }

    /** A hit as the Lucene adapter gives it; the snippet from the page text, {@code marked} being the typed query. */
    SearchHit hit(JsonNode hit, Query marked, boolean snippet) {
        JsonNode s = hit.path("_source");
        JsonNode date = s.path(PageFields.DATE);
        Snippet text =
                snippet ? language.snippet(marked, s.path(PageFields.TEXT).asText("")) : Snippet.plain("");
        return new SearchHit(
                s.path(PageFields.DOCUMENT_ID).asText(),
                s.path(PageFields.PAGE).asInt(),
                s.path(PageFields.PATH).asText(""),
                s.path(PageFields.TITLE).asText(""),
                date.isNumber() ? Instant.ofEpochMilli(date.asLong()) : null,
                s.path(PageFields.TYPE).asText(null),
                text,
                hit.path("_score").isNumber() ? (float) hit.path("_score").asDouble() : 0f);
    }
}
