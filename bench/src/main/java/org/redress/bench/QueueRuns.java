package org.redress.bench;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import org.redress.core.corpus.Sha256;
import org.redress.store.crypto.ColumnCipher;
import org.redress.store.postgres.CaseName;
import org.redress.store.postgres.FileQueue;

/**
 * The ingest queue alone: N jobs added one by one (as {@code redress ingest --server} adds a production's files), then
 * leased and completed by T threads with no work in between ({@link FileQueue#claim} then {@link FileQueue#done}, B
 * jobs at a time, as a worker's {@code --batch B}), on a fresh case. Every job must be done exactly once.
 */
final class QueueRuns {
    /** One run: adding, then draining with {@code threads} threads. */
    record Row(
            int threads, int batch, int jobs, double addSeconds, long done, long lost, long left, CpuMeter.Cpu drain) {
        double addsPerSecond() {
            return jobs / addSeconds;
        }

        double jobsPerSecond() {
            return done / drain.wall();
        }
    }

    private QueueRuns() {}

    static Row run(BenchServer server, CaseName name, int jobs, int threads, int batch, CpuMeter meter)
            throws Exception {
        server.postgres().create(name, ColumnCipher.PLAIN).close();
        FileQueue queue = server.postgres().queue(name);
        long t0 = System.nanoTime();
        for (int i = 0; i < jobs; i++) {
            String path = "job-" + i + ".txt";
            queue.add(
                    Sha256.of(path.getBytes(StandardCharsets.UTF_8)),
                    path,
                    "queue bench",
                    WorkerRuns.RECEIVED,
                    "bench");
        }
        double addSeconds = (System.nanoTime() - t0) / 1e9;
        AtomicLong done = new AtomicLong();
        AtomicLong lost = new AtomicLong();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        meter.start();
        try {
            List<Future<?>> running = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                String owner = "bench/" + t;
                running.add(pool.submit(() -> {
                    for (List<FileQueue.Job> claimed = queue.claim(owner, Duration.ofSeconds(60), batch);
                            !claimed.isEmpty();
                            claimed = queue.claim(owner, Duration.ofSeconds(60), batch)) {
                        int finished = queue.done(
                                claimed.stream().map(FileQueue.Job::id).toList(), owner);
                        done.addAndGet(finished);
                        lost.addAndGet(claimed.size() - finished);
                    }
                    return null;
                }));
            }
            for (Future<?> f : running) f.get();
        } finally {
            pool.shutdownNow();
        }
        CpuMeter.Cpu cpu = meter.stop();
        FileQueue.Counts counts = queue.counts();
        if (counts.done() != jobs || done.get() != jobs)
            throw new IllegalStateException("the queue lost or repeated jobs: " + counts + ", " + done + " done");
        return new Row(
                threads, batch, jobs, addSeconds, done.get(), lost.get(), counts.queued() + counts.running(), cpu);
    }
}
