package org.redress.ingest.pipeline;

import org.redress.core.port.DocumentStore;
import org.redress.core.port.SearchIndex;

/**
 * Rebuilds the search index from the store: the index is derived, so a lost or damaged one is
 * never a lost case. The store's pages are indexed again in batches, as an ingest would.
 */
public final class Reindex {
    private Reindex() {}

    /** Returns the number of pages in the rebuilt index. */
    public static long run(DocumentStore store, SearchIndex index) {
        index.deleteAll();
        index.commit();
        store.markAllUnindexed();
        new Indexer(store, index).catchUp();
        return index.pageCount();
    }
}
