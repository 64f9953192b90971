package org.redress.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.stream.Stream;
import org.redress.core.port.SearchIndex;
import org.redress.core.search.PageSetFields;
import org.redress.search.LuceneSearchIndex;
import org.redress.search.opensearch.CaseIndexName;
import org.redress.search.opensearch.OpenSearchCluster;
import org.redress.search.opensearch.OpenSearchIndex;

/**
 * The same generated pages (those of {@link SearchBenchmark}: {@link SearchCorpus}, same seed, same documents) written
 * into an OpenSearch index through {@link OpenSearchIndex} (bulk requests of 500 pages, as a worker sends them; one
 * sender per thread, as separate workers would be) and into a {@link LuceneSearchIndex} folder; both committed once at
 * the end. Generating the pages is inside both times.
 */
final class SearchLoad {
    /** How long writing and committing took, and what the index holds on disk. */
    record Built(long pages, int documents, double writeSeconds, double commitSeconds, long bytes, long counted) {
        double pagesPerSecond() {
            return pages / (writeSeconds + commitSeconds);
        }
    }

    private final long pages;
    private final int threads;
    private final long seed;
    private final List<int[]> documents;

    SearchLoad(long pages, int threads, long seed) {
        this.pages = pages;
        this.threads = threads;
        this.seed = seed;
        this.documents = SearchCorpus.cut(seed, pages);
    }

    Built openSearch(BenchServer server, OpenSearchCluster cluster, CaseIndexName name) throws Exception {
        List<OpenSearchIndex> senders = new ArrayList<>();
        for (int t = 0; t < threads; t++) senders.add(OpenSearchIndex.open(cluster, name, new PageSetFields(), 0));
        long t0 = System.nanoTime();
        write(senders::get);
        long t1 = System.nanoTime();
        for (OpenSearchIndex s : senders) s.commit();
        long t2 = System.nanoTime();
        for (OpenSearchIndex s : senders) s.close();
        long[] store = server.indexStore(name.index());
        return new Built(pages, documents.size(), (t1 - t0) / 1e9, (t2 - t1) / 1e9, store[0], store[1]);
    }

    Built lucene(Path folder) throws Exception {
        IngestBenchmark.deleteTree(folder);
        LuceneSearchIndex index = new LuceneSearchIndex(folder);
        long t0 = System.nanoTime();
        write(t -> index);
        long t1 = System.nanoTime();
        index.commit();
        long t2 = System.nanoTime();
        long counted = index.pageCount();
        index.close();
        return new Built(pages, documents.size(), (t1 - t0) / 1e9, (t2 - t1) / 1e9, size(folder), counted);
    }

    /** Each thread generates and sends its share of the documents (every threads-th one) to its own index. */
    private void write(Function<Integer, SearchIndex> indexOfThread) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        AtomicLong done = new AtomicLong();
        try {
            List<Future<?>> fs = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                final int me = t;
                fs.add(pool.submit(() -> {
                    SearchIndex index = indexOfThread.apply(me);
                    for (int i = me; i < documents.size(); i += threads) {
                        int[] d = documents.get(i);
                        index.index(SearchCorpus.document(seed, d[0], d[2]));
                        long n = done.addAndGet(d[2]);
                        if (n / 100_000 != (n - d[2]) / 100_000)
                            ServerBenchmark.log("  " + n + " / " + pages + " pages");
                    }
                    return null;
                }));
            }
            for (Future<?> f : fs) f.get();
        } finally {
            pool.shutdownNow();
        }
    }

    static long size(Path dir) throws IOException {
        try (Stream<Path> w = Files.walk(dir)) {
            return w.filter(Files::isRegularFile)
                    .mapToLong(p -> p.toFile().length())
                    .sum();
        }
    }
}
