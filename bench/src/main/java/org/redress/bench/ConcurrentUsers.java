package org.redress.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import org.redress.core.search.SearchQuery;
import org.redress.core.search.SearchResult;

/**
 * People searching at once: {@code users} threads, each sending its next query as soon as the last one answered (no
 * pause between them), until the list is used up. Each query's time is from sending to its answer.
 */
final class ConcurrentUsers {
    /** What a run gave: the answered queries' times, each query's total (-1 when it failed), and how long it took. */
    record Outcome(
            int users, Latencies latencies, List<Long> totals, int failures, String firstFailure, double seconds) {
        double queriesPerSecond() {
            return totals.size() / seconds;
        }
    }

    private ConcurrentUsers() {}

    static Outcome run(List<SearchQuery> queries, int users, Function<SearchQuery, SearchResult> search)
            throws Exception {
        int n = queries.size();
        double[] ms = new double[n];
        long[] totals = new long[n];
        Arrays.fill(ms, Double.NaN);
        AtomicInteger next = new AtomicInteger();
        AtomicInteger failures = new AtomicInteger();
        AtomicReference<String> firstFailure = new AtomicReference<>();
        ExecutorService pool = Executors.newFixedThreadPool(users);
        long t0 = System.nanoTime();
        try {
            List<Future<?>> running = new ArrayList<>();
            for (int u = 0; u < users; u++)
                running.add(pool.submit(() -> {
                    for (int i = next.getAndIncrement(); i < n; i = next.getAndIncrement()) {
                        long s = System.nanoTime();
                        try {
                            totals[i] = search.apply(queries.get(i)).total();
                            ms[i] = (System.nanoTime() - s) / 1e6;
                        } catch (RuntimeException | StackOverflowError e) {
                            totals[i] = -1;
                            failures.incrementAndGet();
                            firstFailure.compareAndSet(null, e.getClass().getSimpleName());
                        }
                    }
                    return null;
                }));
            for (Future<?> f : running) f.get();
        } finally {
            pool.shutdownNow();
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        double[] answered = Arrays.stream(ms).filter(v -> !Double.isNaN(v)).toArray();
        return new Outcome(
                users,
                new Latencies(answered),
                Arrays.stream(totals).boxed().toList(),
                failures.get(),
                firstFailure.get(),
                seconds);
    }
}
