package org.redress.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.redress.app.wiring.CaseServices;
import org.redress.app.wiring.IngestQueueing;
import org.redress.app.wiring.IngestSettings;
import org.redress.app.wiring.Intake;
import org.redress.app.wiring.QueueWorker;
import org.redress.app.wiring.ServerCase;
import org.redress.core.corpus.CaseStatus;
import org.redress.core.corpus.IngestSummary;
import org.redress.ingest.pipeline.IngestListener;
import org.redress.store.postgres.CaseName;
import org.redress.store.postgres.FileQueue;

/**
 * One production read into a fresh case, the two ways the product does it: inline into a case folder
 * ({@code redress ingest --case DIR}, the embedded baseline), or queued on the server ({@code redress ingest --server
 * FILE --case NAME}) and drained by one worker process of N threads ({@code redress worker --threads N --once}, here
 * its {@link QueueWorker} in this JVM). What the case holds afterwards is counted from the case itself.
 */
final class WorkerRuns {
    static final String SOURCE = "bench production";
    static final LocalDate RECEIVED = LocalDate.of(2026, 12, 3);

    /** One run: how long queueing and reading took, and what the case holds afterwards. */
    record Row(
            String mode,
            int threads,
            double queueSeconds,
            double readSeconds,
            long files,
            long documents,
            long pages,
            long failures,
            long indexedPages,
            long jobsDone,
            long jobsFailed,
            CpuMeter.Cpu cpu) {
        double filesPerSecond() {
            return files / readSeconds;
        }

        double pagesPerSecond() {
            return pages / readSeconds;
        }

        /** The same case contents as {@code other}: documents, pages and failures, and every page in the index. */
        boolean sameCountsAs(Row other) {
            return documents == other.documents
                    && pages == other.pages
                    && failures == other.failures
                    && indexedPages == other.indexedPages
                    && indexedPages == pages;
        }
    }

    private WorkerRuns() {}

    /** The inline ingest of {@code corpus} into a new case folder, with {@code threads} files read at once. */
    static Row embedded(Path corpus, Path caseDir, int threads, CpuMeter meter) throws IOException {
        IngestBenchmark.deleteTree(caseDir);
        IngestSettings settings = new IngestSettings(
                List.of(),
                IngestSettings.DEFAULT_TIMEOUT,
                IngestSettings.DEFAULT_WORKER_MEMORY_MB,
                threads,
                IngestListener.NONE);
        meter.start();
        IngestSummary summary;
        try (CaseServices c = CaseServices.init(caseDir)) {
            summary = c.ingester(settings).run(List.of(corpus), SOURCE, RECEIVED);
        }
        CpuMeter.Cpu cpu = meter.stop();
        try (CaseServices c = CaseServices.open(caseDir)) {
            CaseStatus s = c.documents().status();
            return new Row(
                    "embedded",
                    threads,
                    0,
                    cpu.wall(),
                    summary.filesSeen(),
                    s.documents(),
                    s.pages(),
                    s.failures(),
                    c.index().pageCount(),
                    0,
                    0,
                    cpu);
        }
    }

    /**
     * {@code corpus} queued on a new server case, then drained by a worker of {@code threads} threads, each reading
     * {@code batch} files per ingest run.
     */
    static Row server(BenchServer server, CaseName name, Path corpus, int threads, int batch, CpuMeter meter)
            throws IOException {
        long t0 = System.nanoTime();
        Intake.Queued queued;
        try (CaseServices c = CaseServices.init(server.config(), name)) {
            queued = IngestQueueing.queue((ServerCase) c.folder(), List.of(corpus), SOURCE, RECEIVED);
        }
        double queueSeconds = (System.nanoTime() - t0) / 1e9;
        meter.start();
        QueueWorker.Result result = new QueueWorker(server.config(), name, threads, true, batch).run();
        CpuMeter.Cpu cpu = meter.stop();
        try (CaseServices c = CaseServices.open(server.config(), name)) {
            CaseStatus s = c.documents().status();
            FileQueue.Counts q = c.queueCounts();
            if (q.queued() + q.running() > 0 || q.done() + q.failed() != queued.queued())
                throw new IllegalStateException("the queue did not drain: " + q + " of " + queued);
            return new Row(
                    "server",
                    threads,
                    queueSeconds,
                    cpu.wall(),
                    queued.files(),
                    s.documents(),
                    s.pages(),
                    s.failures(),
                    c.index().pageCount(),
                    result.done(),
                    result.failed(),
                    cpu);
        }
    }

    /** An open case on the server, for the golden queries once its files are read. */
    static CaseServices open(BenchServer server, CaseName name) throws IOException {
        return CaseServices.open(server.config(), name);
    }
}
