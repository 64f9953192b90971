package org.redress.app.opensearchfixture;

/** Breaks the OpenSearch rule on purpose: the web reaching the cluster's client itself instead of the SearchIndex port. */
public final class WebUsingOpenSearch {
    public Object client(org.opensearch.client.transport.OpenSearchTransport transport) {
        return new org.opensearch.client.opensearch.OpenSearchClient(transport);
    }
}
