package org.redress.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.redress.app.wiring.CaseServices;
import org.redress.app.wiring.IngestSettings;
import org.redress.core.corpus.IngestSummary;
import org.redress.search.LuceneSearchIndex;
import org.redress.store.crypto.CaseKey;
import org.redress.store.crypto.KeyUse;

/**
 * What encryption at rest costs, in one run: the same generated corpus ingested into a plain case and into an
 * {@code init --encrypt} case (the real pipeline: isolated readers, column encryption, encrypted originals and index,
 * work files in memory), alternated plain, encrypted, encrypted, plain so that the shared machine's load falls on
 * both; then the same pages indexed into a plain and an encrypted Lucene directory and the same queries run against
 * both, alternating query by query. The passphrase comes from {@code REDRESS_PASSPHRASE} ({@code bench/run} sets one).
 *
 * <pre>
 * java -cp ... org.redress.bench.EncryptionBenchmark --work DIR --report FILE
 *      [--files 200] [--pages 100000] [--queries 500] [--threads 2] [--seed S]
 * </pre>
 */
public final class EncryptionBenchmark {
    private EncryptionBenchmark() {}

    public static void main(String[] args) throws Exception {
        BenchArgs a = new BenchArgs(
                args, java.util.Set.of("--work", "--report", "--files", "--pages", "--queries", "--threads", "--seed"));
        Path work = a.path("--work", "bench/target/encryption-bench");
        Path report = a.path("--report", "bench/target/encryption-report.md");
        long files = a.number("--files", 200);
        long pages = a.number("--pages", 100_000);
        int queries = a.integer("--queries", 500);
        int threads = a.integer("--threads", 2);
        long seed = a.number("--seed", 20261129L);
        if (System.getenv("REDRESS_PASSPHRASE") == null) throw new IllegalStateException("set REDRESS_PASSPHRASE");
        IngestBenchmark.deleteTree(work);
        Files.createDirectories(work);
        CorpusGenerator.Corpus corpus = new CorpusGenerator(seed, CorpusGenerator.Mix.TEXT)
                .write(work.resolve("corpus"), files, Long.MAX_VALUE);
        SearchBenchmark.log("corpus: " + corpus.describe());

        // ---- ingest: plain, encrypted, encrypted, plain ----
        List<Double> plainIngest = new ArrayList<>();
        List<Double> encryptedIngest = new ArrayList<>();
        List<Double> unlock = new ArrayList<>();
        String loadIngest = Machine.load();
        long pagesIngested = 0;
        boolean[] order = {false, true, true, false};
        for (int run = 0; run < order.length; run++) {
            boolean encrypt = order[run];
            Path dir = work.resolve("case-" + run + (encrypt ? "-encrypted" : "-plain"));
            long open0 = System.nanoTime();
            try (CaseServices c = CaseServices.init(dir, encrypt)) {
                if (encrypt) unlock.add((System.nanoTime() - open0) / 1e9);
                IngestSettings settings = new IngestSettings(
                        List.of(),
                        IngestSettings.DEFAULT_TIMEOUT,
                        IngestSettings.DEFAULT_WORKER_MEMORY_MB,
                        threads,
                        null);
                long t0 = System.nanoTime();
                IngestSummary s = c.ingester(settings).run(List.of(corpus.folder()), "Bench", null);
                double seconds = (System.nanoTime() - t0) / 1e9;
                (encrypt ? encryptedIngest : plainIngest).add(seconds);
                pagesIngested = s.pages();
                SearchBenchmark.log((encrypt ? "encrypted" : "plain") + " ingest: " + Machine.f1(seconds) + " s, "
                        + s.pages() + " pages");
            }
            org.redress.app.wiring.CaseKeyring.forgetAll();
        }

        // ---- search: the same pages in a plain and an encrypted index ----
        String loadIndex = Machine.load();
        byte[] indexKey;
        try (CaseKey key = CaseKey.generate(new SecureRandom())) {
            indexKey = key.subkey(KeyUse.INDEX);
        }
        Path plainDir = work.resolve("index-plain");
        Path encryptedDir = work.resolve("index-encrypted");
        double plainIndexing = index(new LuceneSearchIndex(plainDir), seed, pages);
        double encryptedIndexing = index(new LuceneSearchIndex(encryptedDir, indexKey), seed, pages);
        SearchBenchmark.log("indexed " + pages + " pages: plain " + Machine.f1(plainIndexing) + " s, encrypted "
                + Machine.f1(encryptedIndexing) + " s");
        List<SearchQueries.Q> warm = SearchQueries.queries(new Prose(seed + 7), 100);
        List<SearchQueries.Q> measured = SearchQueries.queries(new Prose(seed + 11), queries);
        String loadSearch = Machine.load();
        double[] plainMs = new double[measured.size()];
        double[] encryptedMs = new double[measured.size()];
        try (LuceneSearchIndex plain = new LuceneSearchIndex(plainDir);
                LuceneSearchIndex encrypted = new LuceneSearchIndex(encryptedDir, indexKey)) {
            for (SearchQueries.Q q : warm) {
                quietly(plain, q);
                quietly(encrypted, q);
            }
            for (int i = 0; i < measured.size(); i++) {
                SearchQueries.Q q = measured.get(i);
                if (i % 2 == 0) {
                    plainMs[i] = timed(plain, q);
                    encryptedMs[i] = timed(encrypted, q);
                } else {
                    encryptedMs[i] = timed(encrypted, q);
                    plainMs[i] = timed(plain, q);
                }
            }
        }
        java.util.Arrays.fill(indexKey, (byte) 0);

        double plainIngestBest =
                plainIngest.stream().mapToDouble(Double::doubleValue).min().orElseThrow();
        double encryptedIngestBest =
                encryptedIngest.stream().mapToDouble(Double::doubleValue).min().orElseThrow();
        double ingestRatio = encryptedIngestBest / plainIngestBest;
        double p95Plain = Machine.percentile(plainMs, 95);
        double p95Encrypted = Machine.percentile(encryptedMs, 95);
        double searchRatio = p95Encrypted / p95Plain;
        StringBuilder md = new StringBuilder();
        md.append("### Encryption at rest: an encrypted case against the same case plain\n\n");
        md.append(String.format(
                Locale.ROOT,
                "Corpus: %s; %d pages ingested per case, %d threads. Ingest runs alternated plain, encrypted,"
                        + " encrypted, plain (each into a new case); the best of each is compared. Search: %d"
                        + " generated pages (as the search benchmark makes them) indexed into a plain and an"
                        + " encrypted directory, %d queries of every kind (limit 20: hits, snippets, facets),"
                        + " alternating plain and encrypted query by query, after 100 warm-up queries on each."
                        + " Target: at most 1.15x.%n%n",
                corpus.describe(),
                pagesIngested,
                threads,
                pages,
                measured.size()));
        md.append(
                "| measurement | plain | encrypted | encrypted / plain | target met | load at start (1, 5, 15 min) |\n");
        md.append("|---|---|---|---|---|---|\n");
        md.append(String.format(
                Locale.ROOT,
                "| ingest wall time (runs: plain %s; encrypted %s) | %s s | %s s | %.3fx | %s | %s |%n",
                list(plainIngest),
                list(encryptedIngest),
                Machine.f1(plainIngestBest),
                Machine.f1(encryptedIngestBest),
                ingestRatio,
                ingestRatio <= 1.15 ? "yes" : "**no**",
                loadIngest));
        md.append(String.format(
                Locale.ROOT,
                "| search p95 | %s ms | %s ms | %.3fx | %s | %s |%n",
                Machine.f2(p95Plain),
                Machine.f2(p95Encrypted),
                searchRatio,
                searchRatio <= 1.15 ? "yes" : "**no**",
                loadSearch));
        md.append(String.format(
                Locale.ROOT,
                "| search p50 | %s ms | %s ms | %.3fx | | |%n",
                Machine.f2(Machine.percentile(plainMs, 50)),
                Machine.f2(Machine.percentile(encryptedMs, 50)),
                Machine.percentile(encryptedMs, 50) / Machine.percentile(plainMs, 50)));
        md.append(String.format(
                Locale.ROOT,
                "| search p99 | %s ms | %s ms | %.3fx | | |%n",
                Machine.f2(Machine.percentile(plainMs, 99)),
                Machine.f2(Machine.percentile(encryptedMs, 99)),
                Machine.percentile(encryptedMs, 99) / Machine.percentile(plainMs, 99)));
        md.append(String.format(
                Locale.ROOT,
                "| indexing the %d search pages | %s s | %s s | %.3fx | | %s |%n",
                pages,
                Machine.f1(plainIndexing),
                Machine.f1(encryptedIndexing),
                encryptedIndexing / plainIndexing,
                loadIndex));
        md.append(String.format(
                Locale.ROOT,
                "%nNot in the ratios: an encrypted case pays Argon2id once per command when it is unlocked (here,"
                        + " making the key at init took %s s each time: tuning to about a second, then one"
                        + " derivation), so a one-off command such as `redress search` takes about a second more on an"
                        + " encrypted case; `serve` pays it once.%n",
                list(unlock)));
        Files.createDirectories(report.toAbsolutePath().getParent());
        Files.writeString(report, md);
        System.out.print(md);
    }

    private static double index(LuceneSearchIndex index, long seed, long pages) {
        long t0 = System.nanoTime();
        try (index) {
            SplittableRandom shape = new SplittableRandom(seed);
            int slot = 0;
            for (int d = 0; slot < pages; d++) {
                int n = (int) Math.min(1 + shape.nextInt(10), pages - slot);
                index.index(SearchCorpus.document(seed, d, n));
                slot += n;
            }
            index.commit();
        }
        return (System.nanoTime() - t0) / 1e9;
    }

    private static double timed(LuceneSearchIndex index, SearchQueries.Q q) {
        long t0 = System.nanoTime();
        quietly(index, q);
        return (System.nanoTime() - t0) / 1e6;
    }

    /** A query the parser refuses costs what it costs on both sides; its failure is not the measurement. */
    private static void quietly(LuceneSearchIndex index, SearchQueries.Q q) {
        try {
            index.search(q.request(20));
        } catch (RuntimeException refused) {
            // counted in its time, as the search benchmark counts it
        }
    }

    private static String list(List<Double> seconds) {
        return String.join(", ", seconds.stream().map(Machine::f1).toList());
    }
}
