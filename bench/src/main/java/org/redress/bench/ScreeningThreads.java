package org.redress.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.redress.analysis.names.Diminutives;
import org.redress.analysis.names.NameMatcher;
import org.redress.analysis.names.WatchListScreen;
import org.redress.application.mentions.MentionService;
import org.redress.application.mentions.ScreeningResult;
import org.redress.core.casemodel.CasePerson;
import org.redress.core.casemodel.Role;
import org.redress.core.corpus.Document;
import org.redress.core.corpus.Page;
import org.redress.store.sqlite.SqliteCaseModelStore;
import org.redress.store.sqlite.SqliteDatabase;
import org.redress.store.sqlite.SqliteDocumentStore;
import org.redress.store.sqlite.SqliteMentionStore;
import org.redress.store.sqlite.SqliteRequestStore;

/**
 * Screening (`MentionService.screen`, as `redress ingest` runs it after reading) on one thread and on several, over
 * the same SQLite case of generated documents: agency-like prose, one page in twenty naming a watched person, one
 * document in five read by OCR. The rounds alternate between the two, each on a new copy of the case, in one JVM,
 * so the first rounds show the cold cost (the matcher's code not yet compiled) and the last the warm one.
 *
 * <pre>
 * java -Xmx512m -cp ... org.redress.bench.ScreeningThreads --work DIR --documents 2000 --rounds 3 --threads 2
 * </pre>
 */
public final class ScreeningThreads {
    static final int WATCHED = 50;

    private ScreeningThreads() {}

    public static void main(String[] args) throws Exception {
        BenchArgs a = new BenchArgs(args, Set.of("--work", "--documents", "--rounds", "--threads", "--report"));
        Path work = a.path("--work", "bench/target/screening-threads");
        int documents = a.integer("--documents", 2000);
        int rounds = a.integer("--rounds", 3);
        int threads = a.integer("--threads", 2);
        IngestBenchmark.deleteTree(work);
        Files.createDirectories(work);
        List<String> watched = watchList();
        StringBuilder md = new StringBuilder("| round | 1 thread | ")
                .append(threads)
                .append(" threads | ratio | load at start |\n|---|---|---|---|---|\n");
        for (int r = 1; r <= rounds; r++) {
            String load = Machine.load();
            double one = screen(work.resolve("one-" + r + ".db"), documents, watched, 1);
            double many = screen(work.resolve("many-" + r + ".db"), documents, watched, threads);
            md.append(String.format(
                    Locale.ROOT, "| %d | %.2f s | %.2f s | %.2fx | %s |%n", r, one, many, one / many, load));
            IngestBenchmark.log(
                    String.format(Locale.ROOT, "round %d: 1 thread %.2f s, %d threads %.2f s", r, one, threads, many));
        }
        System.out.print(md);
        Path report = a.path("--report", work.resolve("screening-threads.md").toString());
        Files.createDirectories(report.toAbsolutePath().getParent());
        Files.writeString(report, md.toString());
        IngestBenchmark.deleteTree(work);
    }

    /** Half of the people are named in the corpus, half are not (names no page has). */
    private static List<String> watchList() {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < WATCHED; i++) {
            int k = i / 2;
            out.add(
                    i % 2 == 0
                            ? Prose.FIRST[k % Prose.FIRST.length] + " " + Prose.LAST[k % Prose.LAST.length]
                            : Prose.FIRST[k % Prose.FIRST.length] + " Zzyxwell" + (char) ('a' + k % 26) + " Quorvath");
        }
        return out;
    }

    private static double screen(Path db, int documents, List<String> watched, int threads) {
        SqliteDatabase database = SqliteDatabase.open(db);
        SqliteDocumentStore store = new SqliteDocumentStore(database);
        SqliteCaseModelStore people = new SqliteCaseModelStore(database);
        SqliteMentionStore mentions = new SqliteMentionStore(database);
        try {
            corpus(store, documents, watched);
            for (String name : watched)
                people.savePerson(new CasePerson(name, List.of(), Role.SUBJECT, null, false, null));
            NameMatcher matcher = new NameMatcher(Diminutives.builtIn());
            MentionService service = new MentionService(
                    store,
                    new SqliteRequestStore(database),
                    people,
                    mentions,
                    new WatchListScreen(),
                    () -> matcher,
                    Clock.systemUTC(),
                    threads);
            long t0 = System.nanoTime();
            ScreeningResult result = service.screen();
            double seconds = (System.nanoTime() - t0) / 1e9;
            if (result.documentsScreened() != documents)
                throw new IllegalStateException("screened " + result.documentsScreened() + " of " + documents);
            return seconds;
        } finally {
            mentions.close();
            people.close();
            store.close();
        }
    }

    /** The same documents every time (a fixed seed). */
    private static void corpus(SqliteDocumentStore store, int documents, List<String> watched) {
        Prose prose = new Prose(20261203L);
        for (int d = 0; d < documents; d++) {
            String id = String.format(Locale.ROOT, "%064x", d + 1);
            int count = 1 + prose.random().nextInt(4);
            List<Page> pages = new ArrayList<>();
            for (int p = 1; p <= count; p++) {
                String text = prose.text(250, prose.spanish());
                if (prose.random().nextInt(20) == 0)
                    text = text + "\n" + watched.get(2 * prose.random().nextInt(WATCHED / 2)) + " was present.";
                pages.add(new Page(id, p, text, d % 5 == 0));
            }
            store.saveExtraction(Document.read(id, 100, "text/plain", "memo " + d, "eng", count), pages);
        }
    }
}
