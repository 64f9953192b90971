package org.redress.application.mentions;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.redress.analysis.names.Diminutives;
import org.redress.analysis.names.NameMatcher;
import org.redress.analysis.names.WatchListScreen;
import org.redress.core.casemodel.CasePerson;
import org.redress.core.casemodel.Role;
import org.redress.core.corpus.Document;
import org.redress.core.corpus.Page;
import org.redress.core.mentions.Mention;
import org.redress.store.sqlite.SqliteCaseModelStore;
import org.redress.store.sqlite.SqliteDatabase;
import org.redress.store.sqlite.SqliteDocumentStore;
import org.redress.store.sqlite.SqliteMentionStore;
import org.redress.store.sqlite.SqliteRequestStore;

/**
 * Screening reads several documents at once: on three threads it records exactly the hits it records on one, each
 * document once, its progress counted in order on the caller's thread, over a corpus of a few hundred pages that
 * name the watched people plainly, damaged and on OCR'd pages.
 */
class ParallelScreeningTest {
    static final List<String> WATCHED = List.of("José Enrique Balcázar Sánchez", "Zully Palacios", "Mary Fox");
    static final String[] WRITTEN = {
        "BALCAZAR SANCHEZ, JOSE E",
        "Enrique Balcazar",
        "J. Balc?zar",
        "Zully Palacios",
        "Ms. Palacios and Zully",
        "Mary Fox",
        "M. Fox",
        "Enrique Balcázar Sánchez",
        "Enrique Baltazar Sandoval",
        "Rosa Palacios",
        "Fox River"
    };

    @TempDir
    Path dir;

    record Screened(ScreeningResult result, List<String> hits, List<Long> progress, boolean onCallerThread) {}

    @Test
    void threeThreadsRecordWhatOneRecords() {
        Screened one = screen(dir.resolve("one.db"), 1);
        Screened three = screen(dir.resolve("three.db"), 3);

        assertThat(one.hits()).as("the corpus names the watched people").hasSizeGreaterThan(50);
        assertThat(three.hits()).isEqualTo(one.hits());
        assertThat(three.result()).isEqualTo(one.result());
        assertThat(three.result().documentsScreened()).isEqualTo(DOCUMENTS);
        List<Long> expected = new ArrayList<>();
        for (long i = 1; i <= DOCUMENTS; i++) expected.add(i);
        assertThat(three.progress()).isEqualTo(expected);
        assertThat(three.onCallerThread()).isTrue();
    }

    static final int DOCUMENTS = 230;

    private static Screened screen(Path db, int threads) {
        SqliteDatabase database = SqliteDatabase.open(db);
        SqliteDocumentStore documents = new SqliteDocumentStore(database);
        SqliteCaseModelStore people = new SqliteCaseModelStore(database);
        SqliteMentionStore mentions = new SqliteMentionStore(database);
        try {
            corpus(documents);
            for (String name : WATCHED)
                people.savePerson(new CasePerson(name, List.of(), Role.SUBJECT, null, false, null));
            NameMatcher matcher = new NameMatcher(Diminutives.builtIn());
            MentionService service = new MentionService(
                    documents,
                    new SqliteRequestStore(database),
                    people,
                    mentions,
                    new WatchListScreen(),
                    () -> matcher,
                    Clock.systemUTC(),
                    threads);
            Thread caller = Thread.currentThread();
            List<Long> progress = new ArrayList<>();
            boolean[] onCaller = {true};
            ScreeningResult result = service.screen(done -> {
                progress.add(done);
                if (Thread.currentThread() != caller) onCaller[0] = false;
            });
            assertThat(service.screen().documentsScreened())
                    .as("nothing is left to screen")
                    .isZero();
            List<String> hits = new ArrayList<>();
            for (Mention m : mentions.mentions(null, null))
                hits.add(String.join(
                        "|",
                        m.person(),
                        m.documentId(),
                        String.valueOf(m.page()),
                        m.start() + "-" + m.end(),
                        m.matched(),
                        String.valueOf(m.score()),
                        m.rule()));
            hits.sort(null);
            return new Screened(result, hits, progress, onCaller[0]);
        } finally {
            mentions.close();
            people.close();
            documents.close();
        }
    }

    /** The same documents in both cases: a few pages each, some read by OCR, some naming nobody. */
    private static void corpus(SqliteDocumentStore documents) {
        Random r = new Random(20261203);
        for (int d = 0; d < DOCUMENTS; d++) {
            String id = String.format("%064x", d + 1);
            int count = 1 + r.nextInt(3);
            boolean ocr = d % 4 == 0;
            List<Page> pages = new ArrayList<>();
            for (int p = 1; p <= count; p++) {
                StringBuilder text = new StringBuilder("The office reviewed the file on ")
                        .append(d)
                        .append(". ");
                int named = r.nextInt(3);
                for (int n = 0; n < named; n++)
                    text.append("Present: ")
                            .append(WRITTEN[r.nextInt(WRITTEN.length)])
                            .append(". ");
                text.append("Nothing further was noted.");
                pages.add(new Page(id, p, text.toString(), ocr));
            }
            documents.saveExtraction(Document.read(id, 100, "text/plain", "memo " + d, "eng", count), pages);
        }
    }
}
