package org.redress.search.opensearch;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.redress.core.port.SearchIndex;
import org.redress.core.search.PageSetFields;
import org.redress.search.SearchIndexContract;

/** The team server's OpenSearch index against the SearchIndex contract, on a real node. */
class OpenSearchIndexContractTest extends SearchIndexContract {
    private static OpenSearchCluster cluster;
    private OpenSearchIndex opened;

    @BeforeAll
    static void connect() {
        cluster = TestCluster.connect();
    }

    @AfterAll
    static void disconnect() {
        if (cluster != null) cluster.close();
    }

    @Override
    protected SearchIndex open(PageSetFields fields) {
        CaseIndexName name = CaseIndexName.of("contract-" + Long.toHexString(System.nanoTime()));
        opened = OpenSearchIndex.open(cluster, name, fields, 0);
        return opened;
    }

    @Override
    protected void discard() {
        opened.drop();
    }
}
