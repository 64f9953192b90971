package org.redress.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.redress.core.UserMistake;
import org.redress.core.corpus.Document;
import org.redress.core.corpus.ExtractionStatus;
import org.redress.core.corpus.Page;
import org.redress.core.corpus.Sha256;
import org.redress.core.search.IndexedDocument;
import org.redress.core.search.PageRef;
import org.redress.core.search.PageSetFields;
import org.redress.core.search.SearchHit;
import org.redress.core.search.SearchQuery;
import org.redress.core.search.SearchResult;

/**
 * The page-set hook of the query language ({@code person:"NAME"}) against a real Lucene index, with a field whose
 * pages come from a table beside the index, as the mentions' pages come from the case database.
 */
class PageSetFieldTest {
    @TempDir
    Path dir;

    LuceneSearchIndex index;
    String memo;
    String mail;
    final Map<String, Set<PageRef>> table = new LinkedHashMap<>();

    @BeforeEach
    void indexACase() {
        PageSetFields fields = new PageSetFields();
        fields.register(new SearchIndexContract.PeopleField(table)); // an unknown value is the user's mistake
        index = new LuceneSearchIndex(dir, fields);
        memo = add("memo", "The field office watched the march.", "The DMV gave ICE his address after the march.");
        mail = add("mail", "Photos of the organizers from the march.");
        index.commit();
        table.put("Enrique Balcázar", Set.of(new PageRef(memo, 2), new PageRef(mail, 1)));
        table.put("Zully Palacios", Set.of(new PageRef(memo, 1)));
        table.put("Nobody Named", Set.of());
    }

    @AfterEach
    void close() {
        index.close();
    }

    private String add(String seed, String... pages) {
        String id = Sha256.of(seed.getBytes());
        Document d = new Document(
                id,
                10,
                "text/plain",
                "Title " + seed,
                null,
                Instant.parse("2017-01-01T00:00:00Z"),
                null,
                "eng",
                null,
                ExtractionStatus.DONE,
                null,
                null,
                pages.length);
        List<Page> list = new java.util.ArrayList<>();
        for (int i = 0; i < pages.length; i++) list.add(new Page(id, i + 1, pages[i], false));
        index.index(new IndexedDocument(d, list, List.of("prod"), "prod/" + seed));
        return id;
    }

    private List<String> pages(String q) {
        return index.search(SearchQuery.of(q, 10)).hits().stream()
                .map(h -> h.documentId().substring(0, 4) + "#" + h.page())
                .sorted()
                .toList();
    }

    private static String p(String id, int page) {
        return id.substring(0, 4) + "#" + page;
    }

    @Test
    void aPageSetFieldFindsThePagesItsStoreNames() {
        assertThat(pages("person:\"Enrique Balcázar\"")).containsExactlyInAnyOrder(p(memo, 2), p(mail, 1));
        assertThat(pages("person:\"Zully Palacios\"")).containsExactly(p(memo, 1));
        assertThat(pages("person:\"Nobody Named\"")).isEmpty();
        // the field name as people type it
        assertThat(pages("Person:\"Zully Palacios\"")).containsExactly(p(memo, 1));
    }

    @Test
    void itCombinesWithWordsAndBooleanLogicLikeAnyOtherClause() {
        assertThat(pages("person:\"Enrique Balcázar\" address")).containsExactly(p(memo, 2));
        assertThat(pages("march AND NOT person:\"Enrique Balcázar\"")).containsExactly(p(memo, 1));
        assertThat(pages("person:\"Zully Palacios\" OR person:\"Enrique Balcázar\""))
                .containsExactlyInAnyOrder(p(memo, 1), p(memo, 2), p(mail, 1));
        assertThat(pages("(person:\"Zully Palacios\" OR photos) AND march"))
                .containsExactlyInAnyOrder(p(memo, 1), p(mail, 1));
    }

    @Test
    void anUnknownValueIsTheUsersMistakeAndItsMessageDoesNotRepeatIt() {
        assertThatThrownBy(() -> pages("person:\"Rosa Secreta\""))
                .isInstanceOf(UserMistake.class)
                .hasMessageContaining("no watched person")
                .hasMessageNotContaining("Rosa");
    }

    @Test
    void theFacetCountsEachValuesPagesAmongTheHitsAndAFilterKeepsThem() {
        SearchResult all = index.search(SearchQuery.of("march", 10));
        assertThat(all.facets().get("person"))
                .containsExactly(
                        new SearchResult.FacetCount("Enrique Balcázar", 2),
                        new SearchResult.FacetCount("Zully Palacios", 1));
        assertThat(all.facets()).containsKeys("type", "source", "domain", "year");

        SearchResult photos = index.search(SearchQuery.of("photos", 10));
        assertThat(photos.facets().get("person")).containsExactly(new SearchResult.FacetCount("Enrique Balcázar", 1));

        SearchResult kept = index.search(
                new SearchQuery("march", 10, 0, SearchQuery.Sort.RELEVANCE, Map.of("person", "Zully Palacios")));
        assertThat(kept.hits()).extracting(SearchHit::documentId).containsExactly(memo);
        assertThat(kept.total()).isEqualTo(1);
    }

    @Test
    void theStoreIsAskedAtEverySearchSoAChangeShowsAtOnce() {
        assertThat(pages("person:\"Zully Palacios\"")).containsExactly(p(memo, 1));
        table.put("Zully Palacios", Set.of(new PageRef(mail, 1)));
        assertThat(pages("person:\"Zully Palacios\"")).containsExactly(p(mail, 1));
    }

    @Test
    void anIndexWithoutTheFieldKeepsTheOldMeaning() {
        index.close();
        index = new LuceneSearchIndex(dir);
        assertThat(pages("person:\"Zully Palacios\"")).isEmpty();
        assertThat(index.search(SearchQuery.of("march", 10)).facets()).doesNotContainKey("person");
    }
}
