package org.redress.bench;

import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.redress.app.wiring.QueueWorker;

/** What {@link ServerBenchmark} measures and on what, from its command line (see {@link #USAGE}). */
record ServerBenchOptions(
        Path work,
        Path report,
        Path server,
        int files,
        List<Integer> workers,
        int batch,
        int jobs,
        List<Integer> queueThreads,
        long pages,
        int queries,
        List<Integer> users,
        int indexThreads,
        Set<String> parts,
        long seed,
        Path corpus) {

    static final Set<String> PARTS = Set.of("workers", "queue", "search");
    static final Set<String> OPTIONS = Set.of(
            "--work",
            "--report",
            "--server",
            "--files",
            "--workers",
            "--batch",
            "--jobs",
            "--queue-threads",
            "--pages",
            "--queries",
            "--users",
            "--index-threads",
            "--parts",
            "--seed",
            "--corpus");
    static final String DEFAULT_SERVER = "/var/lib/redress/server/team.properties";

    static final String USAGE = """
            usage: java -Xmx3g -cp 'bench/target/classes:bench/target/lib/*' org.redress.bench.ServerBenchmark [options]
            The team server (issue 13) measured on the real PostgreSQL and OpenSearch of a server file, beside the
            embedded mode in the same run. Every case, schema and index it makes is dropped again at the end.
              --work DIR            work folder: corpus, blob store, embedded cases (bench/target/server-bench)
              --report FILE         the Markdown figures (bench/target/results/server.md)
              --server FILE         server file whose db.* and search.url are used; its blobs.dir is not: originals
                                    go under --work (default $REDRESS_SERVER, else %s)
              --files N             files of the generated production for the workers (400)
              --corpus DIR          the workers read this folder instead (every file under it, e.g.
                                    ../shared/corpora/tika-test-documents); --files is then not used
              --workers LIST        worker threads per drain, e.g. 1,2,4 (1,2,4)
              --batch N             files a worker thread reads in one ingest run, as redress worker --batch (%d)
              --jobs N              empty jobs through the queue per thread count (2000)
              --queue-threads LIST  threads leasing and completing those jobs (1,2,4)
              --pages N             generated pages indexed into OpenSearch and Lucene (1000000)
              --queries N           measured queries per backend and number of users (1000)
              --users LIST          concurrent users (10,50)
              --index-threads N     threads sending pages to each index (2)
              --parts LIST          which parts: workers,queue,search (all three)
              --seed S              generator seed (20261203)
              --help                this text
            """.formatted(DEFAULT_SERVER, QueueWorker.DEFAULT_BATCH);

    static ServerBenchOptions parse(String[] args, Map<String, String> env) {
        BenchArgs a = new BenchArgs(args, OPTIONS);
        String envServer = env.get("REDRESS_SERVER");
        String server = envServer == null || envServer.isBlank() ? DEFAULT_SERVER : envServer;
        Set<String> parts = new LinkedHashSet<>();
        for (String p : a.string("--parts", "workers,queue,search").split(",", -1)) {
            String part = p.strip();
            if (!PARTS.contains(part))
                throw new IllegalArgumentException("--parts takes workers, queue and search, not: " + part);
            parts.add(part);
        }
        ServerBenchOptions o = new ServerBenchOptions(
                a.path("--work", "bench/target/server-bench"),
                a.path("--report", "bench/target/results/server.md"),
                a.path("--server", server),
                a.integer("--files", 400),
                a.integers("--workers", List.of(1, 2, 4)),
                a.integer("--batch", QueueWorker.DEFAULT_BATCH),
                a.integer("--jobs", 2000),
                a.integers("--queue-threads", List.of(1, 2, 4)),
                a.number("--pages", 1_000_000),
                a.integer("--queries", 1000),
                a.integers("--users", List.of(10, 50)),
                a.integer("--index-threads", 2),
                Set.copyOf(parts),
                a.number("--seed", 20261203L),
                a.string("--corpus", null) == null ? null : a.path("--corpus", "."));
        if (o.files < 1 || o.batch < 1 || o.jobs < 1 || o.pages < 1 || o.queries < 1 || o.indexThreads < 1)
            throw new IllegalArgumentException(
                    "--files, --batch, --jobs, --pages, --queries and --index-threads are at least 1");
        return o;
    }

    static boolean wantsHelp(String[] args) {
        return List.of(args).contains("--help") || List.of(args).contains("-h");
    }

    boolean runs(String part) {
        return parts.contains(part);
    }
}
