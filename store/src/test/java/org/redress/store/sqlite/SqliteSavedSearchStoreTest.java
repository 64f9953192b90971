package org.redress.store.sqlite;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.redress.core.corpus.Document;
import org.redress.core.corpus.ExtractionStatus;
import org.redress.core.corpus.Page;
import org.redress.core.corpus.Sha256;
import org.redress.core.search.PageRef;
import org.redress.core.searches.SavedSearch;

/** Public, with its database a {@link CaseDatabase}: the PostgreSQL stores (store-postgres) run it too. */
public class SqliteSavedSearchStoreTest {
    @TempDir
    Path dir;

    private SqliteDocumentStore documents;
    private SqliteSavedSearchStore searches;

    /** The case database; an encrypted case's in {@link EncryptedStoresTest}. */
    protected CaseDatabase database(Path file) {
        return SqliteDatabase.open(file);
    }

    @BeforeEach
    void open() {
        documents = new SqliteDocumentStore(database(dir.resolve("case.db")));
        searches = new SqliteSavedSearchStore(database(dir.resolve("case.db")));
    }

    @AfterEach
    void close() {
        searches.close();
        documents.close();
    }

    private String document(String text, int pages) {
        String id = Sha256.of(text.getBytes(StandardCharsets.UTF_8));
        List<Page> list = new java.util.ArrayList<>();
        for (int i = 1; i <= pages; i++) list.add(new Page(id, i, text + " page " + i, false));
        documents.saveExtraction(
                new Document(
                        id,
                        1,
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
                        pages),
                list);
        return id;
    }

    @Test
    void aSavedSearchKeepsItsWordsAndFiltersAndOnlyLaterPagesAreNew() {
        String memo = document("memo", 3);
        String letter = document("letter", 1);
        Map<String, String> filters = new LinkedHashMap<>();
        filters.put("type", "email");
        filters.put("source", "ICE production #2 & 3=yes");
        SavedSearch saved = searches.save(
                "Kike's arrest", "\"Enrique Balcázar\" AND arrest*", filters, List.of(new PageRef(memo, 1)));

        SavedSearch back = searches.find(saved.id()).orElseThrow();
        assertThat(back.name()).isEqualTo("Kike's arrest");
        assertThat(back.query()).isEqualTo("\"Enrique Balcázar\" AND arrest*");
        assertThat(back.filters())
                .containsExactly(Map.entry("type", "email"), Map.entry("source", "ICE production #2 & 3=yes"));
        assertThat(searches.known(saved.id())).containsExactly(new PageRef(memo, 1));
        assertThat(searches.newHits(saved.id())).isEmpty();

        // Known pages stay as they are; the others are new, in the order found.
        int added = searches.addNew(
                saved.id(), List.of(new PageRef(memo, 1), new PageRef(letter, 1), new PageRef(memo, 3)));
        assertThat(added).isEqualTo(2);
        assertThat(searches.newHits(saved.id())).containsExactly(new PageRef(letter, 1), new PageRef(memo, 3));
        assertThat(searches.newCounts()).containsExactly(Map.entry(saved.id(), 2));
        assertThat(searches.addNew(saved.id(), List.of(new PageRef(letter, 1)))).isZero();

        assertThat(searches.markSeen(saved.id(), List.of(new PageRef(memo, 3)))).isEqualTo(1);
        assertThat(searches.newHits(saved.id())).containsExactly(new PageRef(letter, 1));
        assertThat(searches.markSeen(saved.id(), null)).isEqualTo(1);
        assertThat(searches.newCounts()).isEmpty();
        assertThat(searches.known(saved.id())).hasSize(3);
    }

    @Test
    void searchesAreListedOldestFirstAndDeletedWithTheirHits() {
        String memo = document("memo", 1);
        SavedSearch first = searches.save("zeta", "ice", Map.of(), List.of());
        SavedSearch second = searches.save("alpha", "dmv", Map.of(), List.of(new PageRef(memo, 1)));
        searches.addNew(first.id(), List.of(new PageRef(memo, 1)));
        assertThat(searches.all()).extracting(SavedSearch::name).containsExactly("zeta", "alpha");
        assertThat(searches.all().get(0).filters()).isEmpty();

        assertThat(searches.delete(first.id())).isTrue();
        assertThat(searches.delete(first.id())).isFalse();
        assertThat(searches.find(first.id())).isEmpty();
        assertThat(searches.newCounts()).isEmpty();
        assertThat(searches.known(second.id())).containsExactly(new PageRef(memo, 1));
    }

    @Test
    void savedSearchesSurviveReopening() {
        SavedSearch saved = searches.save("vans", "van OR vehicle", Map.of("year", "2017"), List.of());
        close();
        open();
        assertThat(searches.find(saved.id()).orElseThrow().filters()).containsEntry("year", "2017");
    }
}
