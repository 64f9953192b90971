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

    /** The whole of a page's text with the words a query matches marked, for the document page. */
    org.redress.core.search.Snippet mark(String query, String text);

    @Override
    void close();
}
