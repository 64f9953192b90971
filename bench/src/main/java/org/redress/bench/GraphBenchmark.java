package org.redress.bench;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import org.redress.analysis.mail.Directory;
import org.redress.analysis.mail.Grouping;
import org.redress.analysis.mail.MailGraph;
import org.redress.analysis.mail.MailMessage;
import org.redress.analysis.mail.OrganisationTable;
import org.redress.analysis.mail.Threads;
import org.redress.core.casemodel.CasePerson;
import org.redress.core.casemodel.Role;
import org.redress.core.corpus.Document;
import org.redress.core.corpus.EmailHeaders;
import org.redress.core.corpus.ExtractionStatus;
import org.redress.core.corpus.Sha256;
import org.redress.store.sqlite.SqliteDocumentStore;

/**
 * Who-wrote-to-whom on a generated mailbox set: N messages (default 500,000) among 5,000 addresses in 12 agency
 * domains, a tenth of them produced twice (the same Message-ID in a second mailbox), 40 % replies or forwards with
 * In-Reply-To and References. They are stored in a real case database ({@link SqliteDocumentStore}), then the graph
 * is built as {@code redress graph} builds it: read the emails back, one message per Message-ID, join addresses to
 * people and organisations, count pairs; and threads. Baseline, in the same run: a plain count of sender–recipient
 * pairs over the same stored header strings with a HashMap and a split on commas (no copies, no people, no
 * organisations).
 *
 * <pre>
 * java -Xmx4g -cp ... org.redress.bench.GraphBenchmark --work DIR --report FILE [--messages 500000] [--seed S]
 * </pre>
 */
public final class GraphBenchmark {
    private static final String[] DOMAINS = {
        "dmv.example.gov", "field.ice.example.gov", "area.ice.example.gov", "ice.example.gov", "cbp.example.gov",
        "police.example.gov", "sheriff.example.gov", "state.example.gov", "county.example.gov", "mail.example.com",
        "news.example.org", "group.example.org"
    };

    public static void main(String[] args) throws Exception {
        BenchArgs a = new BenchArgs(args, Set.of("--work", "--report", "--messages", "--seed"));
        Path work = a.path("--work", "bench/target/graph-bench");
        Path report = a.path("--report", "bench/target/results/graph.md");
        int messages = a.integer("--messages", 500_000);
        long seed = a.number("--seed", 20261201L);
        IngestBenchmark.deleteTree(work);
        Files.createDirectories(work);
        SplittableRandom r = new SplittableRandom(seed);
        String[] addresses = new String[5000];
        for (int i = 0; i < addresses.length; i++)
            addresses[i] = "user" + i + "@" + DOMAINS[(int) Math.floorMod((long) i * 7919, DOMAINS.length)];
        OrganisationTable table = OrganisationTable.parse(
                String.join(
                        "\n",
                        "dmv.example.gov = Department of Motor Vehicles, other agency",
                        "field.ice.example.gov = Immigration Agency, field office",
                        "area.ice.example.gov = Immigration Agency, area office",
                        "ice.example.gov = Immigration Agency, headquarters",
                        "police.example.gov = City Police, field office"),
                "organisations.txt");
        List<CasePerson> people = new ArrayList<>();
        for (int i = 0; i < 200; i++)
            people.add(new CasePerson("Person " + i, List.of(addresses[i * 25]), Role.OFFICIAL, null, false, ""));

        log("storing " + messages + " messages (+ copies) in " + work.resolve("case.db"));
        long t0 = System.nanoTime();
        int documents = 0;
        try (SqliteDocumentStore store = SqliteDocumentStore.open(work.resolve("case.db"))) {
            Instant start = Instant.parse("2016-01-01T00:00:00Z");
            for (int m = 0; m < messages; m++) {
                String from = addresses[r.nextInt(addresses.length)];
                List<String> to = new ArrayList<>();
                int n = 1 + r.nextInt(4);
                for (int k = 0; k < n; k++) to.add("User " + k + " <" + addresses[r.nextInt(addresses.length)] + ">");
                Instant sent = start.plusSeconds((long) m * 120 + r.nextInt(100));
                boolean answers = m > 0 && r.nextInt(10) < 4;
                String parent = answers ? "<m" + r.nextInt(m) + "@bench>" : null;
                EmailHeaders h = new EmailHeaders(
                        from,
                        to,
                        List.of(),
                        List.of(),
                        sent,
                        (answers ? "RE: " : "") + "subject " + (m % 9973),
                        "<m" + m + "@bench>",
                        parent,
                        parent == null ? List.of() : EmailHeaders.messageIds(parent));
                int copies = r.nextInt(10) == 0 ? 2 : 1;
                for (int c = 0; c < copies; c++) {
                    String id = Sha256.of(("m" + m + "/" + c).getBytes(StandardCharsets.UTF_8));
                    store.saveExtraction(
                            new Document(
                                    id,
                                    1000,
                                    "message/rfc822",
                                    null,
                                    null,
                                    null,
                                    null,
                                    "en",
                                    h,
                                    ExtractionStatus.DONE,
                                    null,
                                    null,
                                    0),
                            List.of());
                    documents++;
                }
                if ((m + 1) % 100_000 == 0) log("  stored " + (m + 1));
            }
        }
        double storeSeconds = (System.nanoTime() - t0) / 1e9;
        System.gc();

        Map<String, Double> seconds = new HashMap<>();
        Map<String, Long> sizes = new HashMap<>();
        long peakHeap;
        long peakRss;
        String loadBefore = Machine.load();
        try (MemorySampler sampler = new MemorySampler(100);
                SqliteDocumentStore store = SqliteDocumentStore.open(work.resolve("case.db"))) {
            long s = System.nanoTime();
            List<Document> emails = store.emails();
            seconds.put("read", (System.nanoTime() - s) / 1e9);
            s = System.nanoTime();
            long pairs = baseline(emails);
            seconds.put("baseline", (System.nanoTime() - s) / 1e9);
            sizes.put("baselinePairs", pairs);
            s = System.nanoTime();
            List<MailMessage> distinct = MailMessage.distinct(emails);
            seconds.put("distinct", (System.nanoTime() - s) / 1e9);
            sizes.put("messages", (long) distinct.size());
            Directory directory = new Directory(people, table);
            s = System.nanoTime();
            MailGraph byAddress = MailGraph.build(distinct, directory, Grouping.ADDRESS, null, null);
            seconds.put("address", (System.nanoTime() - s) / 1e9);
            sizes.put("edges", (long) byAddress.edges().size());
            sizes.put("nodes", (long) byAddress.nodes().size());
            s = System.nanoTime();
            MailGraph byOrg = MailGraph.build(distinct, directory, Grouping.ORGANISATION, null, null);
            seconds.put("organisation", (System.nanoTime() - s) / 1e9);
            sizes.put("orgEdges", (long) byOrg.edges().size());
            s = System.nanoTime();
            Threads threads = Threads.of(distinct, Threads.DEFAULT_WINDOW);
            seconds.put("threads", (System.nanoTime() - s) / 1e9);
            sizes.put("threads", (long) threads.all().size());
            peakHeap = sampler.max(MemorySampler.Sample::usedHeap);
            peakRss = sampler.max(MemorySampler.Sample::rssKb);
        }
        double graphTotal = seconds.get("read") + seconds.get("distinct") + seconds.get("address");
        String md = String.format(
                Locale.ROOT,
                """
                ### Mail graph (`redress graph`)

                %,d generated messages among 5,000 addresses in 12 domains, %,d documents (a tenth of the messages
                produced twice, same Message-ID), 40 %% replies or forwards; stored in a real case database in %.0f s.
                Load before measuring: %s; after: %s.

                | step | time | result |
                |---|---|---|
                | read the emails back from SQLite (`DocumentStore.emails`) | %.1f s | %,d documents |
                | one message per Message-ID (`MailMessage.distinct`) | %.1f s | %,d messages |
                | graph by address: people, organisations, pairs (`MailGraph.build`) | %.1f s | %,d nodes, %,d edges |
                | **`redress graph --by address`, the three steps above** | **%.1f s** | |
                | graph by organisation | %.1f s | %,d edges |
                | threads (`Threads.of`) | %.1f s | %,d threads |
                | baseline: HashMap of raw From→To strings over the same documents | %.1f s | %,d pairs (copies counted twice) |

                Peak used heap while building (sampled every 100 ms, `-Xmx4g`): %s; peak RSS: %d MB.
                """,
                messages,
                documents,
                storeSeconds,
                loadBefore,
                Machine.load(),
                seconds.get("read"),
                (long) documents,
                seconds.get("distinct"),
                sizes.get("messages"),
                seconds.get("address"),
                sizes.get("nodes"),
                sizes.get("edges"),
                graphTotal,
                seconds.get("organisation"),
                sizes.get("orgEdges"),
                seconds.get("threads"),
                sizes.get("threads"),
                seconds.get("baseline"),
                sizes.get("baselinePairs"),
                Machine.mb(peakHeap),
                peakRss / 1024);
        Files.createDirectories(report.toAbsolutePath().getParent());
        Files.writeString(report, md);
        System.out.println(md);
    }

    /** The naive count: split the stored From and To strings, no Message-ID, no people, no organisations. */
    static long baseline(List<Document> emails) {
        Map<String, Integer> pairs = new HashMap<>();
        for (Document d : emails) {
            String from = d.email().from();
            Set<String> seen = new HashSet<>();
            for (String t : d.email().to())
                for (String one : t.split(",")) if (seen.add(one)) pairs.merge(from + "\u0000" + one, 1, Integer::sum);
        }
        return pairs.size();
    }

    private static void log(String s) {
        System.err.println(s);
    }
}
