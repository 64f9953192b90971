package org.redress.app.wiring;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.redress.application.entities.EntityRecognition;
import org.redress.ingest.extract.Extractor;
import org.redress.store.postgres.FileQueue;

/**
 * Reads a batch of jobs one worker thread has claimed: its files copied from the blob store into a folder of their
 * own, then read by one ingest run of the case (one run per production, and settings, in the batch), so the run's setup, its index
 * commit (an OpenSearch refresh) and the standing analyses are paid once per batch instead of once per file. The
 * jobs are marked done together once the run has returned; until then their leases are renewed, and a worker killed
 * meanwhile leaves every one of them to expire and be taken again. A run that fails is read again file by file, so a
 * failure is recorded against the file that caused it and the others are done.
 */
final class BatchReader implements AutoCloseable {
    private final String owner;
    /**
     * This thread's reader processes, kept from one batch to the next (starting one costs seconds, and a batch of
     * Word and PDF files would otherwise start its own): one per case and reading limits.
     */
    private final Map<String, Extractor> readers = new HashMap<>();

    private final ScheduledExecutorService renewals;
    private final AtomicLong done;
    private final AtomicLong failed;

    BatchReader(String owner, ScheduledExecutorService renewals, AtomicLong done, AtomicLong failed) {
        this.owner = owner;
        this.renewals = renewals;
        this.done = done;
        this.failed = failed;
    }

    /** Reads the claimed {@code jobs} of {@code queue}'s case, then signs the manifests of the productions it settled. */
    void read(CaseServices services, FileQueue queue, List<FileQueue.Job> jobs) throws IOException {
        Set<Long> held = ConcurrentHashMap.newKeySet();
        jobs.forEach(j -> held.add(j.id()));
        long every = QueueWorker.LEASE.toMillis() / 3;
        // A renewal that throws would silently end every later one (scheduleAtFixedRate's rule), so none may throw.
        ScheduledFuture<?> renewal =
                renewals.scheduleAtFixedRate(() -> renewQuietly(queue, held), every, every, TimeUnit.MILLISECONDS);
        try {
            for (List<FileQueue.Job> run : runs(jobs)) readRun(services, queue, run, held);
        } finally {
            renewal.cancel(false);
        }
        for (String source :
                new LinkedHashSet<>(jobs.stream().map(FileQueue.Job::sourceName).toList()))
            QueuedProductions.sign(services, queue, source);
    }

    private void readRun(CaseServices services, FileQueue queue, List<FileQueue.Job> run, Set<Long> held)
            throws IOException {
        List<Long> ids = run.stream().map(FileQueue.Job::id).toList();
        try {
            ingest(services, queue, run);
            queue.done(ids, owner);
            done.addAndGet(run.size());
            if (QueuedSettings.parse(run.get(0).settings()).entities()) findEntities(services, queue);
        } catch (IOException | RuntimeException e) {
            // Stopped because another thread of this worker failed, or Ctrl-C: not the files' fault. Their leases
            // expire and another worker reads them.
            if (Thread.currentThread().isInterrupted()) throw new IOException("the worker was stopped", e);
            if (run.size() > 1) {
                // Which file failed the run is not known: each is read again alone (idempotent by content hash).
                for (FileQueue.Job job : run) readRun(services, queue, List.of(job), held);
                return;
            }
            // The reason is the failed step's message (a path, a reader's complaint), never the file's text.
            queue.failed(ids.get(0), owner, e.getClass().getSimpleName() + ": " + e.getMessage());
            failed.incrementAndGet();
        }
        ids.forEach(held::remove);
    }

    /**
     * {@code ingest --entities}: the stage over every page not yet read, once the run's files are done, one worker at a
     * time (it adds to the case's entities, which two at once would both add). It failing is not the files' fault:
     * they stay done, and the pages wait for the next run of the stage, or {@code redress entities}.
     */
    private static void findEntities(CaseServices services, FileQueue queue) {
        try {
            queue.exclusively("entities", () -> services.entityRecognition().run(EntityRecognition.Listener.NONE));
        } catch (RuntimeException e) {
            // the class only: a recogniser's message could quote a page
            System.err.println("Entities of case " + queue.caseName() + " not found this time ("
                    + e.getClass().getSimpleName() + "); the pages wait for the next run, or redress entities.");
        }
    }

    /** One ingest run over the files of {@code run}, each under the path it was queued with. */
    private void ingest(CaseServices services, FileQueue queue, List<FileQueue.Job> run) throws IOException {
        Path folder = null;
        try {
            Path work = Files.createDirectories(services.folder().workDir());
            folder = Files.createTempDirectory(work, "job-");
            Set<Path> inputs = new LinkedHashSet<>();
            for (FileQueue.Job job : run) inputs.add(original(services, job, folder));
            FileQueue.Job first = run.get(0);
            QueuedSettings chosen = QueuedSettings.parse(first.settings());
            IngestSettings one = chosen.ingestSettings((ServerCase) services.folder());
            Extractor reader = readerFor(services, queue, one);
            // The same content in two productions is two jobs: the second waits, then finds it read and adds its place.
            queue.exclusively(
                    run.stream().map(j -> "sha256/" + j.sha256()).toList(),
                    () -> services.queuedFileIngester(one, reader)
                            .run(List.copyOf(inputs), first.sourceName(), first.received()));
        } finally {
            if (folder != null) deleteTree(folder);
        }
    }

    private Extractor readerFor(CaseServices services, FileQueue queue, IngestSettings settings) throws IOException {
        String key = queue.caseName() + "/" + settings.timeout() + "/" + settings.workerMemoryMb();
        Extractor kept = readers.get(key);
        if (kept == null) {
            kept = services.newReader(settings);
            readers.put(key, kept);
        }
        return kept;
    }

    /** Stops this thread's reader processes: before its cases close, since an encrypted case's readers write there. */
    @Override
    public void close() {
        readers.values().forEach(Extractor::close);
        readers.clear();
    }

    /**
     * The ingest runs a batch is read in, in the order claimed: jobs of one production (its name and date received),
     * no two of whose paths collide in one folder (the same path twice, or a file where another has a folder).
     */
    static List<List<FileQueue.Job>> runs(List<FileQueue.Job> batch) {
        List<List<FileQueue.Job>> runs = new ArrayList<>();
        for (FileQueue.Job job : batch) {
            List<FileQueue.Job> home =
                    runs.stream().filter(run -> fits(run, job)).findFirst().orElse(null);
            if (home == null) {
                home = new ArrayList<>();
                runs.add(home);
            }
            home.add(job);
        }
        return runs;
    }

    private static boolean fits(List<FileQueue.Job> run, FileQueue.Job job) {
        FileQueue.Job first = run.get(0);
        if (!first.sourceName().equals(job.sourceName())
                || !Objects.equals(first.received(), job.received())
                || !Objects.equals(first.settings(), job.settings())) return false;
        return run.stream().noneMatch(other -> collide(other.displayPath(), job.displayPath()));
    }

    private static boolean collide(String a, String b) {
        return a.equals(b) || a.startsWith(b + "/") || b.startsWith(a + "/");
    }

    private void renewQuietly(FileQueue queue, Set<Long> held) {
        try {
            queue.renew(List.copyOf(held), owner, QueueWorker.LEASE);
        } catch (RuntimeException e) {
            // the database is away for a moment: the next renewal, 20 s on, tries again within the lease
        }
    }

    /**
     * The original, copied from the blob store to the batch's folder under the path it was queued with, and the input
     * that gives it that path in the case: the file itself, or the top folder of its path.
     */
    static Path original(CaseServices services, FileQueue.Job job, Path folder) throws IOException {
        String[] parts = job.displayPath().split("/", -1); // "a//b" and "a/" are refused too
        for (String part : parts)
            if (part.isEmpty() || part.equals(".") || part.equals(".."))
                throw new IOException("the queued path is not a plain relative path");
        Path file = folder.resolve(job.displayPath()).normalize();
        if (!file.startsWith(folder)) throw new IOException("the queued path is not a plain relative path");
        Files.createDirectories(file.getParent());
        try (InputStream in = services.blobs().open(job.sha256())) {
            Files.copy(in, file);
        }
        return parts.length == 1 ? file : folder.resolve(parts[0]);
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
}
