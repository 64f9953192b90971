package org.redress.search;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherFactory;

/**
 * Searchers that read a large index's segments in parallel: one query's matching, counting and facets are split
 * into slices of segments (Lucene's own slicing, up to 250,000 pages or 5 segments each) run on a pool of the
 * machine's cores, so one lawyer's search over a million pages uses every core, not one. A small index is one slice
 * and runs on the calling thread as before. {@code REDRESS_SEARCH_THREADS} (or the system property
 * {@code redress.search.threads}) sets the pool's size; 1 searches on the calling thread only, as a server with many
 * users at once may prefer.
 */
final class SearchThreads extends SearcherFactory {
    private static final AtomicInteger NEXT = new AtomicInteger();
    private static ExecutorService shared;
    private static int sharedSize;

    private final ExecutorService pool;

    private SearchThreads(ExecutorService pool) {
        this.pool = pool;
    }

    /** The factory for the size configured now (read once per index, when it opens). */
    static SearchThreads configured() {
        int size = size();
        return new SearchThreads(size <= 1 ? null : pool(size));
    }

    @Override
    public IndexSearcher newSearcher(IndexReader reader, IndexReader previous) {
        return pool == null ? new IndexSearcher(reader) : new IndexSearcher(reader, pool);
    }

    /** One pool per process and size: every case's index shares the same cores; its threads never keep a JVM alive. */
    private static synchronized ExecutorService pool(int size) {
        if (shared == null || sharedSize != size) {
            shared = Executors.newFixedThreadPool(size, work -> {
                Thread t = new Thread(work, "redress-search-" + NEXT.incrementAndGet());
                t.setDaemon(true);
                return t;
            });
            sharedSize = size;
        }
        return shared;
    }

    static int size() {
        String value = System.getProperty("redress.search.threads", System.getenv("REDRESS_SEARCH_THREADS"));
        if (value != null && !value.isBlank()) {
            try {
                return Math.max(1, Integer.parseInt(value.trim()));
            } catch (NumberFormatException ignored) {
                // a mistyped knob must not stop a search: the default below
            }
        }
        return Runtime.getRuntime().availableProcessors();
    }
}
