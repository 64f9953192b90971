package org.redress.store.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.redress.core.casemodel.CaseEvent;
import org.redress.core.chronology.EventDate;
import org.redress.core.chronology.EventKind;
import org.redress.core.corpus.Document;
import org.redress.core.corpus.ExtractionStatus;
import org.redress.core.corpus.Location;
import org.redress.core.corpus.Page;
import org.redress.core.corpus.Sha256;
import org.redress.core.entities.EntityType;
import org.redress.core.entities.FoundEntity;
import org.redress.core.entities.PageRef;
import org.redress.store.sqlite.SqliteCaseModelStore;
import org.redress.store.sqlite.SqliteDocumentStore;
import org.redress.store.sqlite.SqliteEntityStore;

/**
 * Two writers of one case at once, each with its own connection, as two workers on two machines are. What a single
 * SQLite writer gives the embedded case must hold here from the database itself: unique keys, ON CONFLICT, and a
 * table lock where a store reads before it writes. Each race is run many times, started together at a barrier.
 */
class ConcurrentWritersTest {
    private static final int ROUNDS = 25;

    @TempDir
    Path dir;

    private ExecutorService two;

    @BeforeEach
    void start() {
        two = Executors.newFixedThreadPool(2);
    }

    @AfterEach
    void stop() {
        two.shutdownNow();
    }

    /** Runs {@code work} on two threads, each given 0 or 1, released together; their answers in that order. */
    private <T> List<T> race(Function<Integer, T> work) throws Exception {
        CyclicBarrier together = new CyclicBarrier(2);
        List<Future<T>> futures = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            int writer = i;
            Callable<T> task = () -> {
                together.await();
                return work.apply(writer);
            };
            futures.add(two.submit(task));
        }
        List<T> answers = new ArrayList<>();
        for (Future<T> f : futures) answers.add(f.get());
        return answers;
    }

    private static Document doc(String content) {
        return new Document(
                Sha256.of(content.getBytes(StandardCharsets.UTF_8)),
                content.length(),
                "text/plain",
                null,
                null,
                null,
                null,
                "eng",
                null,
                ExtractionStatus.DONE,
                null,
                null,
                2);
    }

    @Test
    void twoIdenticalDocumentsOnTwoWritersGiveOneDocumentAndOneDuplicate() throws Exception {
        try (var a = new SqliteDocumentStore(TestServer.database(dir));
                var b = new SqliteDocumentStore(TestServer.database(dir))) {
            List<SqliteDocumentStore> stores = List.of(a, b);
            for (int round = 0; round < ROUNDS; round++) {
                Document d = doc("the same memo, round " + round);
                List<Page> pages = List.of(new Page(d.id(), 1, "one", false), new Page(d.id(), 2, "two", false));
                List<Boolean> added = race(w -> {
                    SqliteDocumentStore store = stores.get(w);
                    long source = store.source("ICE production 1", null).id();
                    store.saveExtraction(d, pages);
                    return store.addLocation(new Location(d.id(), source, null, "memo.pdf"));
                });
                assertThat(added)
                        .as("round %d: one new location, one duplicate", round)
                        .containsExactlyInAnyOrder(true, false);
                assertThat(a.pages(d.id())).extracting(Page::text).containsExactly("one", "two");
                assertThat(a.locations(d.id())).hasSize(1);
            }
            assertThat(a.sources()).hasSize(1);
            assertThat(a.documents()).hasSize(ROUNDS);
            assertThat(b.status().pages()).isEqualTo(2L * ROUNDS);
        }
    }

    @Test
    void eventsAddedAtOnceByTwoWritersAllKeepTheirOwnNumber() throws Exception {
        try (var a = new SqliteCaseModelStore(TestServer.database(dir));
                var b = new SqliteCaseModelStore(TestServer.database(dir))) {
            List<SqliteCaseModelStore> stores = List.of(a, b);
            List<String> ids = new ArrayList<>();
            for (int round = 0; round < ROUNDS; round++) {
                int r = round;
                ids.addAll(race(w -> stores.get(w)
                        .saveAll(
                                List.of(),
                                List.of(),
                                List.of(new CaseEvent(
                                        "",
                                        EventDate.parse("2017-03-0" + (1 + r % 9)),
                                        EventKind.of("protected.protest"),
                                        List.of(),
                                        "",
                                        "writer " + w + " round " + r,
                                        false,
                                        List.of())))
                        .get(0)
                        .id()));
            }
            assertThat(ids).doesNotHaveDuplicates().hasSize(2 * ROUNDS);
            assertThat(b.events()).hasSize(2 * ROUNDS);
        }
    }

    @Test
    void aNewNameSeenByTwoWritersAtOnceIsOneEntity() throws Exception {
        try (var docs = new SqliteDocumentStore(TestServer.database(dir));
                var a = new SqliteEntityStore(TestServer.database(dir));
                var b = new SqliteEntityStore(TestServer.database(dir))) {
            List<SqliteEntityStore> stores = List.of(a, b);
            for (int round = 0; round < ROUNDS; round++) {
                Document d = doc("a page naming someone, round " + round);
                docs.saveExtraction(
                        d, List.of(new Page(d.id(), 1, "Agent Name", false), new Page(d.id(), 2, "Agent Name", false)));
                String name = "Agent " + (char) ('A' + round) + "lvarez";
                race(w -> stores.get(w)
                        .savePage(
                                new PageRef(d.id(), 1 + w),
                                "v1",
                                List.of(new FoundEntity(0, 10, EntityType.PERSON, name))));
            }
            assertThat(a.entities(EntityType.PERSON, true)).hasSize(ROUNDS);
        }
    }
}
