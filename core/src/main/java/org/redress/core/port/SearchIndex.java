package org.redress.core.port;

import org.redress.core.search.IndexedDocument;
import org.redress.core.search.SearchQuery;
import org.redress.core.search.SearchResult;

/** Full-text search over the pages of a case; a hit is a document and a page. */
public interface SearchIndex extends AutoCloseable {

    /** Adds or replaces every page of one document. */
    void index(IndexedDocument document);

    void deleteAll();

    /** Makes what was indexed durable and visible to searches. */
    void commit();

    SearchResult search(SearchQuery query);

    long pageCount();

    /**
     * Every page the query matches, in its order, handed over {@code batchSize} at a time (the index is paged through,
     * never asked for one huge top-N): no ceiling on the number of hits. The query's limit and offset are ignored.
     * Hits carry a snippet only when {@code snippets} (an empty one otherwise, which is much cheaper).
     */
    void scan(
            SearchQuery query,
            int batchSize,
            boolean snippets,
            java.util.function.Consumer<java.util.List<org.redress.core.search.SearchHit>> batch);

    /** The whole of a page's text with the words a query matches marked, for the document page. */
    org.redress.core.search.Snippet mark(String query, String text);

    @Override
    void close();
}
