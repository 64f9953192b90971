package org.redress.search.opensearch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import org.apache.hc.core5.http.HttpHost;
import org.opensearch.client.opensearch.OpenSearchClient;
import org.opensearch.client.opensearch.generic.Body;
import org.opensearch.client.opensearch.generic.OpenSearchGenericClient;
import org.opensearch.client.opensearch.generic.Requests;
import org.opensearch.client.opensearch.generic.Response;
import org.opensearch.client.transport.httpclient5.ApacheHttpClient5Transport;
import org.opensearch.client.transport.httpclient5.ApacheHttpClient5TransportBuilder;

/**
 * A connection to the search cluster ({@code search.url} of the server file): JSON requests through the OpenSearch
 * Java client's generic API. Errors name the request and the cluster's error type, never the body: a request or an
 * answer may hold page text.
 */
public final class OpenSearchCluster implements AutoCloseable {
    static final ObjectMapper JSON = new ObjectMapper();
    private final String url;
    private final ApacheHttpClient5Transport transport;
    private final OpenSearchGenericClient client;

    public OpenSearchCluster(String url) {
        this.url = url;
        URI uri;
        try {
            uri = URI.create(url.strip());
        } catch (IllegalArgumentException e) {
            throw new org.redress.core.UserMistake("search.url '" + url + "' is not a URL (write http://HOST:9200)");
        }
        if (uri.getHost() == null || !("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())))
            throw new org.redress.core.UserMistake(
                    "search.url '" + url + "' is not an http(s) URL (write http://HOST:9200)");
        int port = uri.getPort() < 0 ? ("https".equals(uri.getScheme()) ? 443 : 80) : uri.getPort();
        this.transport = ApacheHttpClient5TransportBuilder.builder(new HttpHost(uri.getScheme(), uri.getHost(), port))
                .build();
        this.client = new OpenSearchClient(transport).generic();
    }

    public String url() {
        return url;
    }

    /** Answers a request; any status of 400 and above is an {@link OpenSearchFailure}, except those {@code allowed}. */
    JsonNode call(String method, String endpoint, Object body, int... allowed) {
        var request = Requests.builder().method(method).endpoint(path(endpoint)).query(parameters(endpoint));
        try {
            if (body instanceof String s)
                request.body(Body.from(s.getBytes(java.nio.charset.StandardCharsets.UTF_8), "application/x-ndjson"));
            else if (body != null) request.json(JSON.writeValueAsString(body));
            try (Response response = client.execute(request.build())) {
                JsonNode answer = response.getBody().isPresent()
                        ? JSON.readTree(response.getBody().get().bodyAsBytes())
                        : JSON.createObjectNode();
                int status = response.getStatus();
                if (status >= 400 && java.util.Arrays.stream(allowed).noneMatch(a -> a == status))
                    throw new OpenSearchFailure(method, endpoint, status, answer);
                return answer == null ? JSON.createObjectNode() : answer;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(
                    "the search cluster at " + url + " did not answer " + method + " " + path(endpoint), e);
        }
    }

    /** The generic client takes the query string apart from the path. */
    private static java.util.Map<String, String> parameters(String endpoint) {
        java.util.Map<String, String> out = new java.util.LinkedHashMap<>();
        int q = endpoint.indexOf('?');
        if (q < 0) return out;
        for (String pair : endpoint.substring(q + 1).split("&", -1)) {
            int eq = pair.indexOf('=');
            if (eq > 0) out.put(pair.substring(0, eq), pair.substring(eq + 1));
        }
        return out;
    }

    static String path(String endpoint) {
        int q = endpoint.indexOf('?');
        return q < 0 ? endpoint : endpoint.substring(0, q);
    }

    @Override
    public void close() {
        try {
            transport.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
