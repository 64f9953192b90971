package org.redress.search.opensearch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * One state of a case's index, kept by the cluster while the pages are walked with search_after: deep pages and
 * scans see neither pages added meanwhile nor gaps. Closed as soon as the walk ends.
 */
final class PointInTime implements AutoCloseable {
    private static final String KEEP_ALIVE = "2m";
    private final OpenSearchCluster cluster;
    private final String id;

    PointInTime(OpenSearchCluster cluster, String index) {
        this.cluster = cluster;
        this.id = cluster.call("POST", "/" + index + "/_search/point_in_time?keep_alive=" + KEEP_ALIVE, null)
                .path("pit_id")
                .asText();
    }

    /** The hits of {@code body} after the sort values {@code after} (null: from the first). */
    JsonNode next(ObjectNode body, JsonNode after) {
        body.putObject("pit").put("id", id).put("keep_alive", KEEP_ALIVE);
        if (after != null) body.set("search_after", after);
        else body.remove("search_after");
        return cluster.call("POST", "/_search", body);
    }

    /**
     * Walks past the first {@code count} hits of {@code body} reading only their sort values, and gives the last
     * one's (null when the query has {@code count} hits or fewer, or when count is 0).
     */
    JsonNode skip(ObjectNode body, int count) {
        body.remove("_source");
        body.put("_source", false);
        body.put("track_total_hits", false);
        JsonNode after = null;
        int left = count;
        while (left > 0) {
            int size = Math.min(left, OpenSearchIndex.WINDOW);
            body.put("size", size);
            JsonNode hits = next(body, after).path("hits").path("hits");
            if (hits.size() < size) return null;
            after = hits.get(hits.size() - 1).path("sort");
            left -= size;
        }
        return after;
    }

    @Override
    public void close() {
        ObjectNode body = OpenSearchCluster.JSON.createObjectNode();
        body.putArray("pit_id").add(id);
        cluster.call("DELETE", "/_search/point_in_time", body, 404);
    }
}
