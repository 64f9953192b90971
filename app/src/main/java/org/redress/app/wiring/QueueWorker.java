package org.redress.app.wiring;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.atomic.AtomicLong;
import org.redress.store.postgres.CaseName;
import org.redress.store.postgres.FileQueue;
import org.redress.store.postgres.PostgresServer;

/**
 * {@code redress worker} (issue 13): threads that each lease a batch of queued files of one of the server's cases, read
 * their originals from the blob store and run the case's usual ingest on them (the same pipeline and standing analyses
 * as an inline ingest, once per batch: {@link BatchReader}), then mark the jobs done, or failed with their reasons; the
 * worker that finishes a production's last file signs its custody manifest. The leases are renewed while the files are
 * read; a worker killed leaves leases that expire and other workers take the jobs again, which is safe because every
 * step of the pipeline is keyed by the content hash, and one content is read by one worker at a time. Each thread
 * opens its own copy of a case (its own connections), as separate machines would.
 */
public final class QueueWorker {
    /** How long a lease lasts without renewal; renewed every third of it. */
    static final Duration LEASE = Duration.ofSeconds(60);
    /** Files read in one ingest run when the command names no number. */
    public static final int DEFAULT_BATCH = 10;
    /** How long an idle worker waits before it looks at the queue again. */
    private static final Duration IDLE = Duration.ofSeconds(2);

    /** What a worker did: files done and failed. */
    public record Result(long done, long failed) {}

    private final ServerConfig config;
    private final CaseName only;
    private final int threads;
    private final boolean once;
    private final int batch;
    private final String name = workerName();
    private final AtomicLong done = new AtomicLong();
    private final AtomicLong failed = new AtomicLong();
    private final Map<CaseName, FileQueue> queues = new ConcurrentHashMap<>();
    private final Set<CaseName> skipped = ConcurrentHashMap.newKeySet();
    private PostgresServer server;

    /** A worker reading {@link #DEFAULT_BATCH} files per ingest run. */
    public QueueWorker(ServerConfig config, CaseName only, int threads, boolean once) {
        this(config, only, threads, once, DEFAULT_BATCH);
    }

    /**
     * @param only the one case to serve, or null for every case of the server
     * @param batch files claimed at once and read in one ingest run
     */
    public QueueWorker(ServerConfig config, CaseName only, int threads, boolean once, int batch) {
        if (threads < 1) throw new CaseException("--threads must be at least 1");
        if (batch < 1) throw new CaseException("--batch must be at least 1");
        this.config = config;
        this.only = only;
        this.threads = threads;
        this.once = once;
        this.batch = batch;
    }

    /** Runs until the queue is empty ({@code once}) or the process is stopped. */
    public Result run() throws IOException {
        // A pool of its own, as large as the threads need: a statement at a time each, and the lease renewals.
        server = PostgresServer.connect(config.dbUrl(), config.dbUser(), config.dbPassword(), threads + 2);
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
            awaitQuietly(pool); // no thread may still use the pool once it is closed
            server.close();
        }
        return new Result(done.get(), failed.get());
    }

    private void work(String owner, ScheduledExecutorService renewals) throws IOException, InterruptedException {
        BatchReader reader = new BatchReader(owner, renewals, done, failed);
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
                reader.read(services, c.queue(), c.jobs());
            }
        } finally {
            try {
                reader.close();
            } finally {
                opened.values().forEach(CaseServices::close);
            }
        }
    }

    private record Claimed(FileQueue queue, List<FileQueue.Job> jobs) {}

    /** The next free jobs of the cases served, looked for case by case: up to a batch of one case's. */
    private Optional<Claimed> claim(String owner) {
        List<CaseName> cases = only != null ? List.of(only) : ServerCase.casesOn(config, server);
        for (CaseName name : cases) {
            FileQueue queue = queueOf(name);
            if (queue == null) continue;
            List<FileQueue.Job> jobs = queue.claim(owner, LEASE, batch);
            if (!jobs.isEmpty()) return Optional.of(new Claimed(queue, jobs));
        }
        return Optional.empty();
    }

    /**
     * The queue of a case, or null for an encrypted case this machine cannot open (it has no copy of the server's
     * secrets key): the other cases are still served, and the case is named once on standard error.
     */
    private FileQueue queueOf(CaseName name) {
        try {
            return queues.computeIfAbsent(name, n -> ServerCase.queueOf(config, server, n));
        } catch (CaseException e) {
            if (name.equals(only)) throw e;
            if (skipped.add(name)) System.err.println("Case " + name + " is not served here: " + e.getMessage());
            return null;
        }
    }

    private static void awaitQuietly(ExecutorService pool) {
        try {
            pool.awaitTermination(1, java.util.concurrent.TimeUnit.MINUTES);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Host and process, so a lease says which machine holds it; a random part tells two runs apart. */
    private static String workerName() {
        String host = ManagementFactory.getRuntimeMXBean().getName(); // pid@host
        return host + "/" + UUID.randomUUID().toString().substring(0, 8);
    }
}
