package org.redress.search.opensearch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.lucene.search.Query;
import org.redress.core.port.SearchIndex;
import org.redress.core.search.IndexedDocument;
import org.redress.core.search.PageSetFields;
import org.redress.core.search.SearchHit;
import org.redress.core.search.SearchQuery;
import org.redress.core.search.SearchResult;
import org.redress.core.search.Snippet;
import org.redress.search.PageFields;
import org.redress.search.QueryLanguage;

/**
 * The search index of a case on the team server: its pages in an OpenSearch index of its own
 * ({@link CaseIndexName}). Pages are sent in bulk as they come and become searchable on {@link #commit()}, as in the
 * embedded index. Beyond the cluster's window of 10,000 hits, pages are walked with a point in time and
 * search_after, so no offset is out of reach and a scan sees one state of the index.
 */
public final class OpenSearchIndex implements SearchIndex {
    /** OpenSearch's index.max_result_window: from + size may not go past it. */
    static final int WINDOW = 10_000;

    private static final int BULK_PAGES = 500;
    /**
     * Documents whose stale pages one search looks for. Each counts three clauses (its bool, a term, a range) against
     * the cluster's limit of 1,024 nested clauses (indices.query.bool.max_clause_count): 500 made a commit after more
     * than about 340 new documents fail with too_many_nested_clauses (found by bench's ServerBenchmark).
     */
    private static final int STALE_CHECK_DOCUMENTS = 300;

    private static final int BULK_CHARS = 8 << 20;

    private final OpenSearchCluster cluster;
    private final String index;
    private final QueryLanguage language;
    private final SearchBodies bodies;
    private final StringBuilder bulk = new StringBuilder();
    private int bulkPages;
    /** Documents indexed since the last commit, with their number of pages: older, longer versions lose the rest. */
    private final Map<String, Integer> written = new LinkedHashMap<>();

    private OpenSearchIndex(OpenSearchCluster cluster, CaseIndexName name, PageSetFields pageSets) {
        this.cluster = cluster;
        this.index = name.index();
        this.language = new QueryLanguage(pageSets);
        this.bodies = new SearchBodies(language);
    }

    /** The case's index, created with its mappings when it does not exist yet (one shard, {@code replicas} copies). */
    public static OpenSearchIndex open(
            OpenSearchCluster cluster, CaseIndexName name, PageSetFields pageSets, int replicas) {
        OpenSearchIndex opened = new OpenSearchIndex(cluster, name, pageSets);
        opened.create(replicas);
        return opened;
    }

    private void create(int replicas) {
        try {
            cluster.call("PUT", "/" + index + "?wait_for_active_shards=1", PageMapping.of(1, replicas));
        } catch (OpenSearchFailure e) {
            // made before, or by another worker meanwhile; its mappings are the ones it was made with
            if (!"resource_already_exists_exception".equals(e.type())) throw e;
        }
    }

    /** Deletes the case's index and every page in it (a case removed from the server). */
    public void drop() {
        cluster.call("DELETE", "/" + index, null, 404);
    }

    @Override
    public synchronized void index(IndexedDocument document) {
        List<ObjectNode> pages = PageSource.of(document);
        for (ObjectNode page : pages) {
            ObjectNode action = OpenSearchCluster.JSON.createObjectNode();
            action.putObject("index").put("_id", page.get(PageFields.ID).asText());
            bulk.append(action).append('\n').append(page).append('\n');
            bulkPages++;
        }
        written.put(document.document().id(), pages.size());
        if (bulkPages >= BULK_PAGES || bulk.length() >= BULK_CHARS) flush();
    }

    private void flush() {
        if (bulkPages == 0) return;
        JsonNode answer = cluster.call("POST", "/" + index + "/_bulk", bulk.toString());
        bulk.setLength(0);
        bulkPages = 0;
        if (answer.path("errors").asBoolean(false)) {
            for (JsonNode item : answer.path("items")) {
                JsonNode error = item.path("index").path("error");
                if (!error.isMissingNode())
                    throw new IllegalStateException("the search cluster refused a page: "
                            + error.path("type").asText());
            }
        }
    }

    /** The index is made again, empty: OpenSearch's own delete-by-query lives in a module a cluster may lack. */
    @Override
    public synchronized void deleteAll() {
        bulk.setLength(0);
        bulkPages = 0;
        written.clear();
        JsonNode settings = cluster.call("GET", "/" + index + "/_settings", null);
        int replicas = settings.path(index)
                .path("settings")
                .path("index")
                .path("number_of_replicas")
                .asInt(0);
        drop();
        create(replicas);
    }

    @Override
    public synchronized void commit() {
        flush();
        refresh();
        deleteStalePages();
    }

    /** Pages past a document's new last page, left from a longer version indexed before: found, then deleted by id. */
    private void deleteStalePages() {
        List<Map.Entry<String, Integer>> docs = new ArrayList<>(written.entrySet());
        written.clear();
        for (int from = 0; from < docs.size(); from += STALE_CHECK_DOCUMENTS) {
            ObjectNode body = OpenSearchCluster.JSON.createObjectNode();
            var should = body.putObject("query").putObject("bool").putArray("should");
            for (Map.Entry<String, Integer> d :
                    docs.subList(from, Math.min(docs.size(), from + STALE_CHECK_DOCUMENTS))) {
                var filter = should.addObject().putObject("bool").putArray("filter");
                filter.addObject().putObject("term").put(PageFields.DOCUMENT_ID, d.getKey());
                filter.addObject().putObject("range").putObject(PageFields.PAGE).put("gt", d.getValue());
            }
            body.put("_source", false).put("size", WINDOW);
            while (true) {
                JsonNode stale = SearchBodies.hitList(cluster.call("POST", "/" + index + "/_search", body));
                if (stale.isEmpty()) break;
                StringBuilder deletes = new StringBuilder();
                for (JsonNode hit : stale) {
                    ObjectNode action = OpenSearchCluster.JSON.createObjectNode();
                    action.putObject("delete").put("_id", hit.path("_id").asText());
                    deletes.append(action).append('\n');
                }
                cluster.call("POST", "/" + index + "/_bulk?refresh=true", deletes.toString());
            }
        }
    }

    private void refresh() {
        cluster.call("POST", "/" + index + "/_refresh", null);
    }

    @Override
    public long pageCount() {
        return cluster.call("GET", "/" + index + "/_count", null).path("count").asLong();
    }

    @Override
    public SearchResult search(SearchQuery request) {
        Query text = language.parse(request.text());
        Query query = language.filtered(text, request);
        int end = request.offset() + request.limit();
        if (end <= WINDOW) {
            ObjectNode body = bodies.hits(query, request.sort(), request.limit(), true);
            body.put("from", request.offset());
            bodies.facets(body);
            JsonNode answer = cluster.call("POST", "/" + index + "/_search", body);
            return new SearchResult(SearchBodies.total(answer), hits(answer, text, true), bodies.facetCounts(answer));
        }
        // Past the window: totals and facets first, then walk the pages in order up to the offset.
        ObjectNode counts = bodies.hits(query, request.sort(), 0, false);
        bodies.facets(counts);
        JsonNode answer = cluster.call("POST", "/" + index + "/_search", counts);
        List<SearchHit> hits = new ArrayList<>();
        if (request.limit() > 0) {
            try (PointInTime pit = new PointInTime(cluster, index)) {
                JsonNode after = pit.skip(bodies.hits(query, request.sort(), 0, false), request.offset());
                if (after != null || request.offset() == 0) {
                    ObjectNode page = bodies.hits(query, request.sort(), request.limit(), true);
                    hits = hits(pit.next(page, after), text, true);
                }
            }
        }
        return new SearchResult(SearchBodies.total(answer), hits, bodies.facetCounts(answer));
    }

    @Override
    public void scan(SearchQuery request, int batchSize, boolean snippets, Consumer<List<SearchHit>> batch) {
        if (batchSize < 1) throw new IllegalArgumentException("a batch holds at least one hit");
        Query text = language.parse(request.text());
        Query query = language.filtered(text, request);
        try (PointInTime pit = new PointInTime(cluster, index)) {
            JsonNode after = null;
            while (true) {
                ObjectNode body = bodies.hits(query, request.sort(), Math.min(batchSize, WINDOW), snippets);
                JsonNode answer = pit.next(body, after);
                JsonNode list = SearchBodies.hitList(answer);
                if (list.isEmpty()) return;
                batch.accept(hits(answer, text, snippets));
                if (list.size() < Math.min(batchSize, WINDOW)) return;
                after = list.get(list.size() - 1).path("sort");
            }
        }
    }

    private List<SearchHit> hits(JsonNode answer, Query marked, boolean snippets) {
        List<SearchHit> out = new ArrayList<>();
        for (JsonNode hit : SearchBodies.hitList(answer)) out.add(bodies.hit(hit, marked, snippets));
        return out;
    }

    @Override
    public Snippet mark(String query, String text) {
        return language.mark(query, text);
    }

    /** The cluster connection belongs to whoever opened it (several cases share one). */
    @Override
    public synchronized void close() {
        flush();
    }
}
