package org.redress.search.opensearch;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The search cluster refused a request: a bug or an outage, not the user's mistake. The message keeps the status and
 * the cluster's error type only; its reason can quote the request, which may hold page text or a watched name.
 */
public final class OpenSearchFailure extends RuntimeException {
    private final int status;
    private final String type;

    OpenSearchFailure(String method, String endpoint, int status, JsonNode answer) {
        super("the search cluster answered " + status + " (" + type(answer) + ") to " + method + " "
                + OpenSearchCluster.path(endpoint));
        this.status = status;
        this.type = type(answer);
    }

    public int status() {
        return status;
    }

    /** The cluster's error type ({@code resource_already_exists_exception}). */
    public String type() {
        return type;
    }

    private static String type(JsonNode answer) {
        JsonNode error = answer == null ? null : answer.path("error");
        if (error != null && error.isTextual()) return "error";
        JsonNode t = error == null ? null : error.path("type");
        return t == null || t.isMissingNode() || t.isNull() ? "no error type" : t.asText();
    }
}
