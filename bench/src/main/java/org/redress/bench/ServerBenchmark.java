package org.redress.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.redress.app.wiring.CaseServices;
import org.redress.core.search.PageSetFields;
import org.redress.core.search.SearchQuery;
import org.redress.search.LuceneSearchIndex;
import org.redress.search.opensearch.CaseIndexName;
import org.redress.search.opensearch.OpenSearchCluster;
import org.redress.search.opensearch.OpenSearchIndex;
import org.redress.store.postgres.CaseName;

/**
 * The team server (issue 13) on the real PostgreSQL and OpenSearch of a server file, each figure beside the embedded
 * mode's in the same run: ingest workers of 1, 2 and 4 threads, the queue alone, search latency with concurrent users
 * on a large index, and the golden queries side by side. Options: {@link ServerBenchOptions#USAGE}. Everything it
 * makes on the shared services is dropped at the end, also when a part fails.
 */
public final class ServerBenchmark {
    private ServerBenchmark() {}

    public static void main(String[] args) throws Exception {
        if (ServerBenchOptions.wantsHelp(args)) {
            System.out.print(ServerBenchOptions.USAGE);
            return;
        }
        ServerBenchOptions o;
        try {
            o = ServerBenchOptions.parse(args, System.getenv());
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage() + "\n\n" + ServerBenchOptions.USAGE);
            System.exit(1);
            return;
        }
        Files.createDirectories(o.work());
        ServerReport report = new ServerReport();
        try (BenchServer server = new BenchServer(o.server(), o.work().resolve("blobs"))) {
            Runtime.getRuntime().addShutdownHook(new Thread(() -> closeQuietly(server)));
            server.dropLeftovers();
            report.machine(server);
            CpuMeter meter = new CpuMeter(server::openSearchCpuMillis);
            double filesPerSecond = Double.NaN;
            if (o.runs("workers")) filesPerSecond = workers(o, server, meter, report);
            if (o.runs("queue")) queue(o, server, meter, report, filesPerSecond);
            if (o.runs("search")) search(o, server, meter, report);
        }
        report.write(o.report());
        System.out.println(report.text());
        log("report written to " + o.report());
    }

    /** Returns the fastest worker's files per second, for the queue's comparison. */
    private static double workers(ServerBenchOptions o, BenchServer server, CpuMeter meter, ServerReport report)
            throws Exception {
        CorpusGenerator.Corpus corpus = o.corpus() != null
                ? CorpusGenerator.Corpus.of(o.corpus())
                : new ProductionShapes(o.seed()).smallText(fresh(o.work().resolve("production")), o.files());
        log("production: " + corpus.describe());
        // The JIT warms up on a small case first, so that the first measured run is not the slowest by that alone.
        CorpusGenerator.Corpus warm =
                new ProductionShapes(o.seed() + 1).smallText(fresh(o.work().resolve("warm-up")), 40);
        WorkerRuns.embedded(warm.folder(), o.work().resolve("warm-up-case"), 2, meter);
        List<WorkerRuns.Row> rows = new ArrayList<>();
        List<String> loads = new ArrayList<>();
        List<String> jobFailures = new ArrayList<>();
        CaseName goldenCase = null;
        Path goldenFolder = null;
        for (int threads : o.workers()) {
            loads.add(Machine.load());
            log("embedded ingest, " + threads + " threads");
            Path folder = o.work().resolve("embedded-" + threads);
            rows.add(WorkerRuns.embedded(corpus.folder(), folder, threads, meter));
            loads.add(Machine.load());
            CaseName name = server.newCase("w" + threads);
            log("server: queue, then a worker of " + threads + " threads");
            WorkerRuns.Row row = WorkerRuns.server(server, name, corpus.folder(), threads, o.batch(), meter);
            rows.add(row);
            if (row.jobsFailed() > 0) jobFailures.add(threads + " threads: " + server.failedJobs(name));
            if (goldenCase == null || threads == 2) {
                if (goldenCase != null) server.drop(goldenCase);
                goldenCase = name;
                goldenFolder = folder;
            } else server.drop(name);
            log("  " + rows.get(rows.size() - 2) + "\n  " + rows.get(rows.size() - 1));
        }
        List<GoldenQueries.Comparison> golden;
        try (CaseServices embedded = CaseServices.open(goldenFolder);
                CaseServices onServer = WorkerRuns.open(server, goldenCase)) {
            golden = GoldenQueries.compare(embedded.index(), onServer.index());
        }
        server.drop(goldenCase);
        report.workers(corpus, o.corpus() != null, o.batch(), rows, loads, jobFailures, golden);
        return rows.stream()
                .filter(r -> r.mode().equals("server"))
                .mapToDouble(WorkerRuns.Row::filesPerSecond)
                .max()
                .orElse(Double.NaN);
    }

    private static void queue(
            ServerBenchOptions o, BenchServer server, CpuMeter meter, ServerReport report, double filesPerSecond)
            throws Exception {
        List<QueueRuns.Row> rows = new ArrayList<>();
        // One job per claim, then a worker's batch: what the claim of several at once saves on the queue alone.
        for (int batch : new java.util.LinkedHashSet<>(List.of(1, o.batch())))
            for (int threads : o.queueThreads()) {
                log("queue: " + o.jobs() + " jobs, " + threads + " threads, " + batch + " per claim");
                CaseName name = server.newCase("q" + threads);
                rows.add(QueueRuns.run(server, name, o.jobs(), threads, batch, meter));
                server.drop(name);
            }
        report.queue(rows);
        double best =
                rows.stream().mapToDouble(QueueRuns.Row::jobsPerSecond).max().orElse(Double.NaN);
        if (!Double.isNaN(filesPerSecond))
            report.append(String.format(
                    Locale.ROOT,
                    "The queue alone moved up to %.0f jobs/s, %.0f times the fastest worker's %.1f files/s above: on"
                            + " this machine the queue is not what limits the workers.%n%n",
                    best,
                    best / filesPerSecond,
                    filesPerSecond));
    }

    private static void search(ServerBenchOptions o, BenchServer server, CpuMeter meter, ServerReport report)
            throws Exception {
        SearchLoad load = new SearchLoad(o.pages(), o.indexThreads(), o.seed());
        CaseName name = server.newCase("search");
        CaseIndexName indexName = CaseIndexName.of(name.value());
        Path luceneFolder = o.work().resolve("lucene-index");
        try (OpenSearchCluster cluster = new OpenSearchCluster(server.searchUrl())) {
            log("OpenSearch: writing " + o.pages() + " pages with " + o.indexThreads() + " senders");
            meter.start();
            SearchLoad.Built remoteBuilt = load.openSearch(server, cluster, indexName);
            CpuMeter.Cpu remoteCpu = meter.stop();
            log("  " + remoteBuilt);
            log("Lucene: writing " + o.pages() + " pages with " + o.indexThreads() + " threads");
            meter.start();
            SearchLoad.Built localBuilt = load.lucene(luceneFolder);
            CpuMeter.Cpu localCpu = meter.stop();
            log("  " + localBuilt);
            OpenSearchIndex remote = OpenSearchIndex.open(cluster, indexName, new PageSetFields(), 0);
            LuceneSearchIndex local = new LuceneSearchIndex(luceneFolder);
            try {
                List<ServerReport.SearchRun> runs = new ArrayList<>();
                for (SearchQueries.Q q : SearchQueries.queries(new Prose(o.seed() + 7), 100)) {
                    quietly(() -> remote.search(q.request(20)));
                    quietly(() -> local.search(q.request(20)));
                }
                List<SearchQuery> measured = SearchQueries.queries(new Prose(o.seed() + 11), o.queries()).stream()
                        .map(q -> q.request(20))
                        .toList();
                List<Long> remoteTotals = null;
                List<Long> localTotals = null;
                for (int users : o.users()) {
                    for (String backend : List.of("OpenSearch", "embedded Lucene")) {
                        log(backend + ": " + measured.size() + " queries, " + users + " users");
                        String before = Machine.load();
                        meter.start();
                        ConcurrentUsers.Outcome out = backend.equals("OpenSearch")
                                ? ConcurrentUsers.run(measured, users, remote::search)
                                : ConcurrentUsers.run(measured, users, local::search);
                        runs.add(new ServerReport.SearchRun(backend, out, meter.stop(), before));
                        if (backend.equals("OpenSearch") && remoteTotals == null) remoteTotals = out.totals();
                        if (!backend.equals("OpenSearch") && localTotals == null) localTotals = out.totals();
                    }
                }
                List<GoldenQueries.Comparison> golden = GoldenQueries.compare(local, remote);
                report.search(
                        o.pages(),
                        remoteBuilt,
                        localBuilt,
                        remoteCpu,
                        localCpu,
                        runs,
                        totalsLine(localTotals, remoteTotals),
                        golden);
            } finally {
                remote.close();
                local.close();
            }
        } finally {
            server.drop(name);
            IngestBenchmark.deleteTree(luceneFolder);
        }
    }

    /** How many of the measured queries found the same number of pages on both backends. */
    static String totalsLine(List<Long> local, List<Long> remote) {
        int same = 0;
        int answered = 0;
        for (int i = 0; i < local.size(); i++) {
            if (local.get(i) < 0 || remote.get(i) < 0) continue;
            answered++;
            if (local.get(i).equals(remote.get(i))) same++;
        }
        return String.format(
                Locale.ROOT,
                "**Totals of the measured queries: %d of %d answered on both sides are the same on both backends%s.**",
                same,
                answered,
                same == answered ? "" : " (the others differ: see the golden queries for the kind)");
    }

    private static void quietly(Runnable r) {
        try {
            r.run();
        } catch (RuntimeException | StackOverflowError e) {
            // a warm-up query that fails is counted when it is measured
        }
    }

    private static Path fresh(Path dir) throws java.io.IOException {
        IngestBenchmark.deleteTree(dir);
        return Files.createDirectories(dir);
    }

    private static void closeQuietly(BenchServer server) {
        try {
            server.close();
        } catch (java.io.IOException | RuntimeException e) {
            System.err.println("could not drop every benchmark case: " + e.getMessage());
        }
    }

    static void log(String message) {
        System.err.printf(
                Locale.ROOT,
                "[server-bench %s | load %s] %s%n",
                java.time.LocalTime.now().withNano(0),
                Machine.load(),
                message);
    }
}
