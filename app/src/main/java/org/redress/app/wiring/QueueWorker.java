package org.redress.app.wiring;

import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.redress.store.postgres.CaseName;
import org.redress.store.postgres.FileQueue;

/**
 * {@code redress worker} (issue 13): threads that each lease a queued file of one of the server's cases, read its
 * original from the blob store and run the case's usual ingest on it (the same pipeline and standing analyses as an
 * inline ingest), then mark the job done, or failed with its reason; the worker that finishes a production's last
 * file signs its custody manifest. The lease is renewed while the file is read; a worker killed leaves a lease that
 * expires and another worker takes the job again, which is safe because every step of the pipeline is keyed by the
 * content hash, and one content is read by one worker at a time. Each thread opens its own copy of a case (its own
 * connections), as separate machines would.
 */
public final class QueueWorker {
    /** How long a lease lasts without renewal; renewed every third of it. */
    static final Duration LEASE = Duration.ofSeconds(60);
    /** How long an idle worker waits before it looks at the queue again. */
    private static final Duration IDLE = Duration.ofSeconds(2);

    /** What a worker did: files done and failed. */
    public record Result(long done, long failed) {}

    private final ServerConfig config;
    private final CaseName only;
    private final int threads;
    private final boolean once;
    private final String name = workerName();
    private final AtomicLong done = new AtomicLong();
    private final AtomicLong failed = new AtomicLong();
    private final Map<CaseName, FileQueue> queues = new java.util.concurrent.ConcurrentHashMap<>();
    private org.redress.store.postgres.PostgresServer server;

    /** @param only the one case to serve, or null for every case of the server */
    public QueueWorker(ServerConfig config, CaseName only, int threads, boolean once) {
        if (threads < 1) throw new CaseException("--threads must be at least 1");
        this.config = config;
        this.only = only;
        this.threads = threads;
        this.once = once;
    }

    /** Runs until the queue is empty ({@code once}) or the process is stopped. */
    public Result run() throws IOException {
        server = ServerCase.connect(config);
        ScheduledExecutorService renewals = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "lease-renewal");
            t.setDaemon(true);
            return t;
        });
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> running = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                String owner = name + "/" + i;
                running.add(pool.submit(() -> {
                    work(owner, renewals);
                    return null;
                }));
            }
            for (Future<?> f : running) f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("the worker was interrupted", e);
        } catch (java.util.concurrent.ExecutionException e) {
            if (e.getCause() instanceof IOException io) throw io;
            if (e.getCause() instanceof RuntimeException re) throw re;
            throw new IOException("the worker stopped: " + e.getCause(), e.getCause());
        } finally {
            pool.shutdownNow();
            renewals.shutdownNow();
        }
        return new Result(done.get(), failed.get());
    }

    private void work(String owner, ScheduledExecutorService renewals) throws IOException, InterruptedException {
        Map<CaseName, CaseServices> opened = new HashMap<>();
        try {
            while (!Thread.currentThread().isInterrupted()) {
                Optional<Claimed> claimed = claim(owner);
                if (claimed.isEmpty()) {
                    if (once) return;
                    Thread.sleep(IDLE.toMillis());
                    continue;
                }
                Claimed c = claimed.get();
                CaseServices services = opened.get(c.queue().caseName());
                if (services == null) {
                    services = CaseServices.open(config, c.queue().caseName());
                    opened.put(c.queue().caseName(), services);
                }
                runOne(services, c, owner, renewals);
            }
        } finally {
            opened.values().forEach(CaseServices::close);
        }
    }

    private record Claimed(FileQueue queue, FileQueue.Job job) {}

    /** The next free job of the cases served, looked for case by case. */
    private Optional<Claimed> claim(String owner) {
        List<CaseName> cases = only != null ? List.of(only) : ServerCase.casesOn(config, server);
        for (CaseName name : cases) {
            FileQueue queue = queues.computeIfAbsent(name, server::queue);
            Optional<FileQueue.Job> job = queue.claim(owner, LEASE);
            if (job.isPresent()) return Optional.of(new Claimed(queue, job.get()));
        }
        return Optional.empty();
    }

    private void runOne(CaseServices services, Claimed claimed, String owner, ScheduledExecutorService renewals)
            throws IOException {
        FileQueue.Job job = claimed.job();
        long every = LEASE.toMillis() / 3;
        // A renewal that throws would silently end every later one (scheduleAtFixedRate's rule), so none may throw.
        ScheduledFuture<?> renewal = renewals.scheduleAtFixedRate(
                () -> renewQuietly(claimed.queue(), job, owner), every, every, TimeUnit.MILLISECONDS);
        Path jobDir = null;
        try {
            Path work = Files.createDirectories(services.folder().workDir());
            jobDir = Files.createTempDirectory(work, "job-");
            Path input = original(services, job, jobDir);
            IngestSettings one = new IngestSettings(
                    List.of(),
                    IngestSettings.DEFAULT_TIMEOUT,
                    IngestSettings.DEFAULT_WORKER_MEMORY_MB,
                    1,
                    org.redress.ingest.pipeline.IngestListener.NONE);
            // The same content in two productions is two jobs: the second waits, then finds it read and adds its place.
            claimed.queue()
                    .exclusively(
                            "sha256/" + job.sha256(),
                            () -> services.queuedFileIngester(one)
                                    .run(List.of(input), job.sourceName(), job.received()));
            claimed.queue().done(job.id(), owner);
            done.incrementAndGet();
        } catch (IOException | RuntimeException e) {
            // Stopped because another thread of this worker failed, or Ctrl-C: not the file's fault. Its lease
            // expires and another worker reads it.
            if (Thread.currentThread().isInterrupted()) throw new IOException("the worker was stopped", e);
            // The reason is the failed step's message (a path, a reader's complaint), never the file's text.
            claimed.queue().failed(job.id(), owner, e.getClass().getSimpleName() + ": " + e.getMessage());
            failed.incrementAndGet();
        } finally {
            renewal.cancel(false);
            if (jobDir != null) deleteTree(jobDir);
        }
        QueuedProductions.sign(services, claimed.queue(), job.sourceName());
    }

    private static void renewQuietly(FileQueue queue, FileQueue.Job job, String owner) {
        try {
            queue.renew(job.id(), owner, LEASE);
        } catch (RuntimeException e) {
            // the database is away for a moment: the next renewal, 20 s on, tries again within the lease
        }
    }

    /**
     * The original, copied from the blob store to the job's folder under the path it was queued with, and the input
     * that gives it that path in the case: the file itself, or the top folder of its path.
     */
    static Path original(CaseServices services, FileQueue.Job job, Path jobDir) throws IOException {
        String[] parts = job.displayPath().split("/");
        for (String part : parts)
            if (part.isEmpty() || part.equals(".") || part.equals(".."))
                throw new IOException("the queued path is not a plain relative path");
        Path file = jobDir.resolve(job.displayPath()).normalize();
        if (!file.startsWith(jobDir)) throw new IOException("the queued path is not a plain relative path");
        Files.createDirectories(file.getParent());
        try (InputStream in = services.blobs().open(job.sha256())) {
            Files.copy(in, file);
        }
        return parts.length == 1 ? file : jobDir.resolve(parts[0]);
    }

    private static void deleteTree(Path dir) {
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException e) {
                    // a work file left behind is removed with the next run's; nothing to report
                }
            });
        } catch (IOException e) {
            // as above
        }
    }

    /** Host and process, so a lease says which machine holds it; a random part tells two runs apart. */
    private static String workerName() {
        String host = ManagementFactory.getRuntimeMXBean().getName(); // pid@host
        return host + "/" + UUID.randomUUID().toString().substring(0, 8);
    }
}
