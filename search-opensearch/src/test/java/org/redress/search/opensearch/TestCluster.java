package org.redress.search.opensearch;

import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.UncheckedIOException;

/**
 * The real OpenSearch node the tests use: REDRESS_TEST_OS_URL (default http://127.0.0.1:19200, which
 * scripts/services.d/opensearch.sh starts). Unreachable, the tests fail saying how to start it, unless
 * REDRESS_TEST_OS=skip, which skips them.
 */
final class TestCluster {
    private TestCluster() {}

    static OpenSearchCluster connect() {
        assumeFalse(
                "skip".equalsIgnoreCase(System.getenv("REDRESS_TEST_OS")),
                "REDRESS_TEST_OS=skip: the OpenSearch tests are skipped");
        String url = System.getenv().getOrDefault("REDRESS_TEST_OS_URL", "http://127.0.0.1:19200");
        OpenSearchCluster cluster = new OpenSearchCluster(url);
        try {
            cluster.call("GET", "/_cluster/health?wait_for_status=yellow&timeout=30s", null);
        } catch (UncheckedIOException | OpenSearchFailure e) {
            cluster.close();
            throw new IllegalStateException(
                    "No OpenSearch at " + url + " (REDRESS_TEST_OS_URL): start one with"
                            + " scripts/services.d/opensearch.sh (as root), or set REDRESS_TEST_OS=skip to skip these tests",
                    e);
        }
        return cluster;
    }
}
