package org.redress.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.redress.store.postgres.PostgresServer;

/** The Markdown of {@link ServerBenchmark}: each part's table and what its figures say, in the order measured. */
final class ServerReport {
    private final StringBuilder md = new StringBuilder();
    private final int cores = Runtime.getRuntime().availableProcessors();

    void machine(BenchServer server) throws IOException {
        md.append("### Machine and services\n\n");
        md.append("- CPU: ")
                .append(cpuModel())
                .append(", nproc = ")
                .append(cores)
                .append('\n');
        md.append("- memory: ").append(memTotal()).append('\n');
        md.append("- Java: ")
                .append(System.getProperty("java.vm.name"))
                .append(' ')
                .append(System.getProperty("java.runtime.version"))
                .append(" (this JVM: -Xmx")
                .append(Runtime.getRuntime().maxMemory() >> 20)
                .append(" MB)\n");
        md.append("- ")
                .append(server.postgresVersion())
                .append(", at ")
                .append(server.config().dbUrl())
                .append('\n');
        md.append("- ")
                .append(server.openSearchVersion())
                .append(", one node at ")
                .append(server.searchUrl())
                .append("; both services run on this same machine\n\n");
        md.append("**The machine was shared**: other helpers' builds and test suites ran on the same ")
                .append(cores)
                .append(" cores (load averages below; above ")
                .append(cores)
                .append(" means work queued for the cores). The CPU columns say how busy the cores were and who used"
                        + " them; compare figures measured in the same run.\n\n");
    }

    void workers(
            CorpusGenerator.Corpus corpus,
            boolean given,
            int batch,
            List<WorkerRuns.Row> rows,
            List<String> loads,
            List<String> jobFailures,
            List<GoldenQueries.Comparison> golden) {
        md.append("### Ingest workers (1, 2, 4 threads) against the embedded ingest\n\n");
        md.append("Production: ")
                .append(corpus.describe())
                .append(
                        given
                                ? ", every file under `" + corpus.folder() + "`, as it is (nothing generated)."
                                : ", written by `ProductionShapes` (plain-text emails of about 3 KB in twelve release"
                                        + " folders, shaped like the FOIA text sample).")
                .append(" Every run starts from an empty case.\n\n");
        md.append("- **embedded**: `redress ingest --case DIR` in this JVM (`CaseServices.ingester`, threads as"
                        + " given: the same pipeline, screening, marks and reuse comparison as the command).\n")
                .append("- **server**: queued as `redress ingest --server FILE --case NAME` does"
                        + " (`IngestQueueing`: hash, original into the blob store, one job per file), then read by one"
                        + " worker of N threads as `redress worker --server FILE --case NAME --threads N --once` does"
                        + " (its `QueueWorker`, in this JVM, with `--batch " + batch + "`: up to " + batch
                        + " files claimed at once and read in one ingest run; every thread opens the case with its own connections, as another"
                        + " machine would). Reading time is the worker's, from start to empty queue.\n\n");
        md.append("| mode | threads | queueing | reading (wall) | files/s | pages/s | documents | pages | failures"
                + " | pages in the index | jobs done / failed | CPU while reading | load at start |\n"
                + "|---|---|---|---|---|---|---|---|---|---|---|---|---|\n");
        for (int i = 0; i < rows.size(); i++) {
            WorkerRuns.Row r = rows.get(i);
            md.append(String.format(
                    Locale.ROOT,
                    "| %s | %d | %s | %.1f s | **%.1f** | %.1f | %,d | %,d | %d | %,d | %s | %s | %s |%n",
                    r.mode(),
                    r.threads(),
                    r.mode().equals("server") ? Machine.f1(r.queueSeconds()) + " s" : "-",
                    r.readSeconds(),
                    r.filesPerSecond(),
                    r.pagesPerSecond(),
                    r.documents(),
                    r.pages(),
                    r.failures(),
                    r.indexedPages(),
                    r.mode().equals("server") ? r.jobsDone() + " / " + r.jobsFailed() : "-",
                    r.cpu().describe(cores),
                    loads.get(i)));
        }
        boolean same = rows.stream().allMatch(r -> r.sameCountsAs(rows.get(0)));
        md.append(String.format(
                Locale.ROOT,
                "%n**Counts of the case: %s** (%,d documents, %,d pages, every page in the index).%n%n",
                same ? "exact, the same in every run" : "NOT the same in every run, see the table",
                rows.get(0).documents(),
                rows.get(0).pages()));
        if (!jobFailures.isEmpty()) {
            md.append("**Jobs the worker marked failed although their file is in the case** (reason recorded in"
                    + " `file_job.failure`, with the number of jobs):\n\n");
            for (String f : jobFailures)
                md.append("- ").append(f.replace("|", "\\|")).append('\n');
            md.append('\n');
        }
        md.append(WorkerScaling.analysis(rows, cores));
        if (golden != null) {
            md.append("\nGolden queries on this production: the embedded case (2 threads) against the server case"
                    + " read by the 2-thread worker (its OpenSearch index). The production is plain text, so the"
                    + " header-field and date queries find nothing on either side.\n\n");
            md.append(GoldenQueries.table(golden, "embedded", "server"));
        }
        md.append('\n');
    }

    void queue(List<QueueRuns.Row> rows) {
        md.append("### The queue alone\n\n");
        md.append("Jobs with no work: added one by one (`FileQueue.add`, as `redress ingest --server` adds files),"
                + " then leased and completed (`claim` then `done`, each its own transaction, B jobs per claim as a"
                + " worker's `--batch B`) by T threads sharing one `PostgresServer`, on a fresh case schema each time."
                + " Every job must end done exactly once.\n\n");
        md.append("""
                | threads | jobs per claim | jobs | adding | lease + complete | lost or repeated | CPU while draining |
                |---|---|---|---|---|---|---|
                """);
        for (QueueRuns.Row r : rows)
            md.append(String.format(
                    Locale.ROOT,
                    "| %d | %d | %,d | %.0f jobs/s | **%.0f jobs/s** (%.1f s) | %d | %s |%n",
                    r.threads(),
                    r.batch(),
                    r.jobs(),
                    r.addsPerSecond(),
                    r.jobsPerSecond(),
                    r.drain().wall(),
                    r.lost() + r.left(),
                    r.drain().describe(cores)));
        md.append("\nEvery statement of `FileQueue` borrows a connection from the `PostgresServer`'s pool (HikariCP,"
                + " at most " + PostgresServer.DEFAULT_CONNECTIONS + " connections) and gives it back.\n\n");
    }

    /** One measured backend and number of users, with the CPU while it ran. */
    record SearchRun(String backend, ConcurrentUsers.Outcome outcome, CpuMeter.Cpu cpu, String load) {}

    void search(
            long requestedPages,
            SearchLoad.Built openSearch,
            SearchLoad.Built lucene,
            CpuMeter.Cpu openSearchCpu,
            CpuMeter.Cpu luceneCpu,
            List<SearchRun> runs,
            String totalsLine,
            List<GoldenQueries.Comparison> golden) {
        md.append("### Search: ")
                .append(String.format(Locale.ROOT, "%,d", openSearch.pages()))
                .append(" pages\n\n");
        if (requestedPages != 1_000_000)
            md.append(String.format(
                    Locale.ROOT,
                    "**Measured on %,d pages, not the 1,000,000 the issue names** (`--pages %d`); nothing below is"
                            + " extrapolated to 1,000,000.%n%n",
                    requestedPages,
                    requestedPages));
        md.append(String.format(
                Locale.ROOT,
                "Pages: %,d in %,d documents generated by `SearchCorpus` (the pages of `SearchBenchmark`: 1-10 pages"
                        + " per document, about 200 words per page, 70 %% English / 30 %% Spanish, mail, PDF and Word),"
                        + " written into both indexes the way the product writes them, one commit at the end.%n%n",
                openSearch.pages(),
                openSearch.documents()));
        md.append("| index | writing | commit | pages/s | on disk | pages counted | CPU while writing |\n"
                + "|---|---|---|---|---|---|---|\n");
        md.append(built(
                "OpenSearch (`OpenSearchIndex`, bulk requests of 500 pages, one sender per thread, 1 shard, 0"
                        + " replicas; on disk = primary store after the refresh)",
                openSearch,
                openSearchCpu));
        md.append(built("embedded Lucene (`LuceneSearchIndex`, the same threads)", lucene, luceneCpu));
        md.append("\nLatency: every user sends its next query as soon as the last one answered (no pause), all users"
                + " on one index object as one web server holds it; the mix is `SearchQueries`' ten kinds (words, phrase,"
                + " proximity, wildcard, fuzzy, field, date range, facet filter, name), limit 20 with snippets and"
                + " facets, after 100 warm-up queries per backend. The OpenSearch client opens at most 10 connections"
                + " to the node (its default), so with 50 users the others wait in the client: that wait is in the"
                + " times, as a web server would see it.\n\n");
        md.append("| backend | users | queries | p50 | p95 | p99 | max | queries/s | failed | CPU | load at start |\n"
                + "|---|---|---|---|---|---|---|---|---|---|---|\n");
        for (SearchRun r : runs) {
            ConcurrentUsers.Outcome o = r.outcome();
            Latencies l = o.latencies();
            md.append(String.format(
                    Locale.ROOT,
                    "| %s | %d | %,d | %.1f ms | **%.1f ms** | %.1f ms | %.1f ms | %.1f | %d%s | %s | %s |%n",
                    r.backend(),
                    o.users(),
                    o.totals().size(),
                    l.percentile(50),
                    l.percentile(95),
                    l.percentile(99),
                    l.max(),
                    o.queriesPerSecond(),
                    o.failures(),
                    o.firstFailure() == null ? "" : " (" + o.firstFailure() + ")",
                    r.cpu().describe(cores),
                    r.load()));
        }
        md.append('\n')
                .append(totalsLine)
                .append("\n\nGolden queries on these pages (embedded Lucene against" + " OpenSearch):\n\n");
        md.append(GoldenQueries.table(golden, "embedded", "OpenSearch")).append('\n');
    }

    private String built(String label, SearchLoad.Built b, CpuMeter.Cpu cpu) {
        return String.format(
                Locale.ROOT,
                "| %s | %.1f s | %.1f s | **%.0f** | %s | %,d | %s |%n",
                label,
                b.writeSeconds(),
                b.commitSeconds(),
                b.pagesPerSecond(),
                Machine.mb(b.bytes()),
                b.counted(),
                cpu.describe(cores));
    }

    void append(String text) {
        md.append(text);
    }

    String text() {
        return md.toString();
    }

    void write(Path file) throws IOException {
        if (file.getParent() != null) Files.createDirectories(file.getParent());
        Files.writeString(file, md.toString());
    }

    private static String cpuModel() {
        try {
            return Files.readAllLines(Path.of("/proc/cpuinfo")).stream()
                    .filter(l -> l.startsWith("model name"))
                    .findFirst()
                    .map(l -> l.substring(l.indexOf(':') + 1).strip())
                    .orElse("unknown");
        } catch (IOException e) {
            return "unknown";
        }
    }

    private static String memTotal() {
        try {
            for (String l : Files.readAllLines(Path.of("/proc/meminfo")))
                if (l.startsWith("MemTotal:")) return Long.parseLong(l.replaceAll("[^0-9]", "")) / 1024 + " MB total";
        } catch (IOException | RuntimeException e) {
            // below
        }
        return "unknown";
    }
}
