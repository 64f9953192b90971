package org.redress.ingest.pipeline;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.redress.core.corpus.IngestSummary;
import org.redress.core.corpus.Source;
import org.redress.core.port.BlobStore;
import org.redress.core.port.DocumentStore;
import org.redress.core.port.SearchIndex;
import org.redress.ingest.extract.Extractor;
import org.redress.ingest.ocr.Tesseract;

/**
 * Ingests a production: every file of the inputs, and recursively everything inside them,
 * through store original → extract → pages → persist → index. Each step is keyed by the
 * SHA-256 of the bytes, so a re-run after a crash, or over the same folder, finishes the work
 * without losing or duplicating a document.
 */
public final class Ingest implements org.redress.core.port.Ingester {
    private final DocumentStore store;
    private final BlobStore blobs;
    private final SearchIndex index;
    private final Supplier<Extractor> extractors;
    private final IngestOptions options;
    private final IngestListener listener;
    /** The contents being read by other runs at once (a worker's threads), or null: this run's own. */
    private final InFlight shared;

    public Ingest(
            DocumentStore store,
            BlobStore blobs,
            SearchIndex index,
            Supplier<Extractor> extractors,
            IngestOptions options,
            IngestListener listener) {
        this(store, blobs, index, extractors, options, listener, null);
    }

    /**
     * An ingest run that reads a content at most once at a time with the other runs given the same {@code inFlight}
     * (the threads of a worker, each with a run of its own), as the threads of one run do: the second meets it as a
     * document already read, nested or not.
     */
    public Ingest(
            DocumentStore store,
            BlobStore blobs,
            SearchIndex index,
            Supplier<Extractor> extractors,
            IngestOptions options,
            IngestListener listener,
            InFlight inFlight) {
        this.store = store;
        this.blobs = blobs;
        this.index = index;
        this.extractors = extractors;
        this.options = options;
        this.listener = listener;
        this.shared = inFlight;
    }

    @Override
    public IngestSummary run(List<Path> inputs, String sourceName, LocalDate received) throws IOException {
        long startNanos = System.nanoTime();
        index.commit(); // takes the index's write lock now: a second ingest on the case stops here, before any work
        List<InputFiles.InputFile> files = InputFiles.list(inputs);
        Source source = store.source(sourceName, received);
        var run = store.startRun(source.id(), runKey(inputs));
        Tally tally = new Tally();
        Indexer indexer = new Indexer(store, index);
        indexer.catchUp(); // documents a crashed run stored but never indexed
        listener.started(files.size());

        List<Extractor> opened = Collections.synchronizedList(new ArrayList<>());
        ThreadLocal<Extractor> extractor = ThreadLocal.withInitial(() -> {
            Extractor e = extractors.get();
            opened.add(e);
            return e;
        });
        Path work = Files.createDirectories(options.workDir());
        InFlight inFlight = shared != null ? shared : new InFlight(false);
        Rework rework = new Rework(
                options.ocr() && Tesseract.find().isPresent(),
                !options.passwords().isEmpty());
        AtomicLong done = new AtomicLong();
        store.startBatch(); // the small writes of many files in one transaction; a crash loses at most that group
        // A group is otherwise committed only by the next write: while one long file is read, it would hold SQLite's
        // write lock and keep every other connection (the web, the analyses) waiting.
        ScheduledExecutorService flusher = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "store-batch-commit");
            t.setDaemon(true);
            return t;
        });
        flusher.scheduleWithFixedDelay(() -> commitQuietly(store), 1, 1, TimeUnit.SECONDS);
        ExecutorService pool = Executors.newFixedThreadPool(options.threads());
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (InputFiles.InputFile file : files) {
                futures.add(pool.submit(() -> {
                    DocumentSteps steps = new DocumentSteps(
                            store, blobs, extractor.get(), options, source, tally, indexer, inFlight, work, rework);
                    steps.topLevel(file.file(), file.displayPath());
                    listener.counts(tally.pages.get(), tally.ocrPages.get(), tally.failures.size());
                    listener.fileFinished(file.displayPath(), tally.pages.get(), done.incrementAndGet());
                    return null;
                }));
            }
            for (Future<?> f : futures) {
                try {
                    f.get();
                } catch (java.util.concurrent.ExecutionException e) {
                    if (e.getCause() instanceof org.redress.ingest.extract.ExtractorUnavailableException unavailable) {
                        throw new IngestStoppedException(
                                "Ingest stopped: " + unavailable.getMessage()
                                        + ". Nothing already stored is lost; run the same command again once this is fixed.",
                                unavailable);
                    }
                    throw new IOException("ingest stopped by an internal error: " + e.getCause(), e.getCause());
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("ingest was interrupted", e);
        } finally {
            pool.shutdownNow();
            awaitQuietly(pool); // no task of this run may still write once it has returned
            synchronized (opened) {
                opened.forEach(Extractor::close);
            }
            flusher.shutdownNow();
            awaitQuietly(flusher);
            store.endBatch();
        }
        indexer.finish();
        store.finishRun(run.id());
        return tally.summary((System.nanoTime() - startNanos) / 1e9);
    }

    /** A timed commit of the store's group; a failure here is met again, and reported, by the next write. */
    private static void commitQuietly(DocumentStore store) {
        try {
            store.commitBatch();
        } catch (RuntimeException e) {
            // the next write or the index commit commits the group, and fails loudly if the database does
        }
    }

    private static void awaitQuietly(ExecutorService pool) {
        try {
            pool.awaitTermination(5, java.util.concurrent.TimeUnit.MINUTES);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Identifies "the same command" for resuming: the inputs as given. */
    private static String runKey(List<Path> inputs) {
        return String.join(
                "\n",
                inputs.stream()
                        .map(p -> p.toAbsolutePath().normalize().toString())
                        .toList());
    }
}
