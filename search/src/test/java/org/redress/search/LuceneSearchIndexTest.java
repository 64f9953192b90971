package org.redress.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.redress.core.corpus.Document;
import org.redress.core.corpus.EmailHeaders;
import org.redress.core.corpus.ExtractionStatus;
import org.redress.core.corpus.Page;
import org.redress.core.corpus.Sha256;
import org.redress.core.search.IndexedDocument;
import org.redress.core.search.SearchHit;
import org.redress.core.search.SearchQuery;
import org.redress.core.search.SearchResult;

/** The query language and analysis people rely on, against a real Lucene index. */
class LuceneSearchIndexTest {
    @TempDir
    Path dir;

    LuceneSearchIndex index;
    String memo;
    String mail;
    String carta;

    @BeforeEach
    void indexACase() {
        index = new LuceneSearchIndex(dir);
        memo = add(
                "memo",
                "application/pdf",
                null,
                Instant.parse("2016-05-01T00:00:00Z"),
                "prod-1",
                "Memorandum. The field office watched the press conference.",
                "Officers arrested Enrique Balcázar after the march. The DMV gave ICE his address.");
        mail = add(
                "mail",
                "message/rfc822",
                new EmailHeaders(
                        "Dana Kimball <dkimball@dmv.example.gov>",
                        List.of("robert.whitcomb@ice.example.gov"),
                        List.of(),
                        List.of(),
                        Instant.parse("2017-03-02T14:14:00Z"),
                        "Photos and addresses",
                        "<m1@dmv>",
                        null),
                Instant.parse("2017-03-02T14:14:00Z"),
                "prod-2",
                "Attached are the photos of the organizers Luz Elena Balcazar and Enrique Balcazar.");
        carta = add(
                "carta",
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                null,
                Instant.parse("2015-01-10T00:00:00Z"),
                "prod-2",
                "Varios organizadores fueron detenidos por agentes de inmigración. <script>alert(1)</script>");
        index.commit();
    }

    @AfterEach
    void close() {
        index.close();
    }

    private String add(String seed, String type, EmailHeaders email, Instant created, String source, String... pages) {
        String id = Sha256.of(seed.getBytes());
        Document d = new Document(
                id,
                10,
                type,
                "Title " + seed,
                null,
                created,
                null,
                "eng",
                email,
                ExtractionStatus.DONE,
                null,
                null,
                pages.length);
        List<Page> list = new java.util.ArrayList<>();
        for (int i = 0; i < pages.length; i++) list.add(new Page(id, i + 1, pages[i], false));
        index.index(new IndexedDocument(d, list, List.of(source), source + "/" + seed));
        return id;
    }

    private SearchResult search(String q) {
        return index.search(SearchQuery.of(q, 10));
    }

    private List<String> docs(String q) {
        return search(q).hits().stream().map(SearchHit::documentId).distinct().toList();
    }

    @Test
    void accentsDoNotMatterEitherWay() {
        assertThat(docs("balcazar")).containsExactlyInAnyOrder(memo, mail);
        assertThat(docs("Balcázar")).containsExactlyInAnyOrder(memo, mail);
        assertThat(docs("inmigracion")).containsExactly(carta);
    }

    @Test
    void aHitIsAPageOfADocument() {
        SearchResult r = search("arrested");
        assertThat(r.total()).isEqualTo(1);
        assertThat(r.hits().get(0).documentId()).isEqualTo(memo);
        assertThat(r.hits().get(0).page()).isEqualTo(2);
    }

    @Test
    void stemsFindOtherFormsInEnglishAndSpanish() {
        assertThat(docs("arrests")).containsExactly(memo);
        assertThat(docs("detenido")).containsExactly(carta);
    }

    @Test
    void phrasesProximityWildcardsAndFuzzy() {
        assertThat(docs("\"press conference\"")).containsExactly(memo);
        assertThat(docs("\"conference press\"")).isEmpty();
        assertThat(docs("\"dmv address\"~5")).containsExactly(memo);
        assertThat(docs("\"dmv address\"~1")).isEmpty();
        assertThat(docs("organi*")).containsExactlyInAnyOrder(mail, carta);
        assertThat(docs("Balcasar~")).containsExactlyInAnyOrder(memo, mail);
    }

    @Test
    void booleanOperators() {
        assertThat(docs("balcazar AND photos")).containsExactly(mail);
        assertThat(docs("balcazar NOT photos")).containsExactly(memo);
        assertThat(docs("photos OR detenidos")).containsExactlyInAnyOrder(mail, carta);
    }

    @Test
    void fieldsOfEmailsAndDocuments() {
        assertThat(docs("from:dmv")).containsExactly(mail);
        assertThat(docs("from:dkimball@dmv.example.gov")).containsExactly(mail);
        assertThat(docs("to:whitcomb")).containsExactly(mail);
        assertThat(docs("subject:photos")).containsExactly(mail);
        assertThat(docs("type:email")).containsExactly(mail);
        assertThat(docs("type:PDF")).containsExactly(memo);
        assertThat(docs("source:prod-2")).containsExactlyInAnyOrder(mail, carta);
    }

    @Test
    void dateRanges() {
        assertThat(docs("date:[2016-01-01 TO 2016-12-31]")).containsExactly(memo);
        assertThat(docs("date:[2015 TO 2016]")).containsExactlyInAnyOrder(memo, carta);
        assertThat(docs("date:2017-03")).containsExactly(mail);
        assertThat(docs("balcazar AND date:[2017-01-01 TO *]")).containsExactly(mail);
        assertThatThrownBy(() -> search("date:[yesterday TO 2016]"))
                .isInstanceOf(InvalidQueryException.class)
                .hasMessageContaining("is not a date");
    }

    @Test
    void facetsCountAndFilter() {
        SearchResult all = index.search(new SearchQuery("*", 10, 0, SearchQuery.Sort.RELEVANCE, Map.of()));
        assertThat(all.total()).isEqualTo(4);
        assertThat(all.facets().get("type"))
                .extracting(SearchResult.FacetCount::value)
                .contains("pdf", "email", "word");
        assertThat(all.facets().get("domain")).containsExactly(new SearchResult.FacetCount("dmv.example.gov", 1));
        assertThat(all.facets().get("year"))
                .extracting(SearchResult.FacetCount::value)
                .containsExactlyInAnyOrder("2015", "2016", "2017");
        SearchResult only2016 =
                index.search(new SearchQuery("*", 10, 0, SearchQuery.Sort.RELEVANCE, Map.of("year", "2016")));
        assertThat(only2016.hits()).extracting(SearchHit::documentId).containsOnly(memo);
    }

    @Test
    void sortsByDateBothWays() {
        var oldest = index.search(new SearchQuery("*", 10, 0, SearchQuery.Sort.DATE_ASC, Map.of()));
        assertThat(oldest.hits().get(0).documentId()).isEqualTo(carta);
        var newest = index.search(new SearchQuery("*", 10, 0, SearchQuery.Sort.DATE_DESC, Map.of()));
        assertThat(newest.hits().get(0).documentId()).isEqualTo(mail);
    }

    @Test
    void snippetsMarkMatchesAndKeepHostileTextInert() {
        SearchHit hit = search("balcazar AND photos").hits().get(0);
        assertThat(hit.snippet().toHtml()).contains("<mark>Balcazar</mark>");
        SearchHit hostile = search("detenidos").hits().get(0);
        assertThat(hostile.snippet().toHtml()).doesNotContain("<script>");
        assertThat(index.mark("script", "<script>alert(1)</script>").toHtml())
                .isEqualTo("&lt;<mark>script</mark>&gt;alert(1)&lt;/<mark>script</mark>&gt;");
    }

    @Test
    void aPageIsMarkedForEveryQueryWordItHoldsEvenIfItLacksOthers() {
        String marked = index.mark("balcazar AND arrests", "Speakers included Enrique Balcázar.")
                .toHtml();
        assertThat(marked).contains("<mark>Balcázar</mark>");
        assertThat(index.mark("\"press conference\"", "a press release; the conference")
                        .toHtml())
                .doesNotContain("<mark>");
    }

    @Test
    void reindexingADocumentReplacesItsPages() {
        add("memo", "application/pdf", null, null, "prod-1", "Only one page now.");
        index.commit();
        assertThat(index.pageCount()).isEqualTo(3);
        assertThat(docs("arrested")).isEmpty();
    }

    @Test
    void anotherProcessSearchesWhileOneWritesAndASecondWriterIsTurnedAway() {
        try (LuceneSearchIndex reader = new LuceneSearchIndex(dir)) {
            assertThat(reader.search(SearchQuery.of("balcazar", 10)).total()).isEqualTo(2);
            add("later", "text/plain", null, null, "prod-3", "A later page about Balcázar.");
            index.commit();
            assertThat(reader.search(SearchQuery.of("balcazar", 10)).total()).isEqualTo(3); // sees the new commit
            assertThatThrownBy(() -> reader.index(new IndexedDocument(
                            new Document(
                                    Sha256.of("x".getBytes()),
                                    1,
                                    "text/plain",
                                    null,
                                    null,
                                    null,
                                    null,
                                    null,
                                    null,
                                    ExtractionStatus.DONE,
                                    null,
                                    null,
                                    1),
                            List.of(),
                            List.of(),
                            "x")))
                    .isInstanceOf(IndexBusyException.class)
                    .hasMessageContaining("Another Redress process");
        }
    }

    @Test
    void aCaseWithNoIndexYetFindsNothingAndSaysNothingIsWrong(@TempDir Path empty) {
        try (LuceneSearchIndex none = new LuceneSearchIndex(empty)) {
            assertThat(none.search(SearchQuery.of("anything", 10)).total()).isZero();
            assertThat(none.pageCount()).isZero();
        }
    }

    @Test
    void aBrokenQuerySaysSoPlainly() {
        assertThatThrownBy(() -> search("\"unclosed"))
                .isInstanceOf(InvalidQueryException.class)
                .hasMessageContaining("could not be understood");
        assertThatThrownBy(() -> search("*leading")).isInstanceOf(InvalidQueryException.class);
    }

    @Test
    void scanPagesThroughEveryHitPastTenThousand() {
        String[] pages = new String[10_050];
        for (int i = 0; i < pages.length; i++) pages[i] = "Line " + i + " about the surveillance van.";
        add("long", "text/plain", null, Instant.parse("2018-01-01T00:00:00Z"), "prod-3", pages);
        index.commit();
        SearchQuery query = new SearchQuery("surveillance", 10, 0, SearchQuery.Sort.DATE_ASC, Map.of());
        List<Integer> batches = new java.util.ArrayList<>();
        java.util.Set<String> seen = new java.util.HashSet<>();
        index.scan(query, 1000, false, hits -> {
            batches.add(hits.size());
            hits.forEach(h -> seen.add(h.documentId() + "/" + h.page()));
            assertThat(hits).allSatisfy(h -> assertThat(h.snippet().segments()).noneMatch(s -> s.match()));
        });
        assertThat(seen).hasSize(10_050);
        assertThat(batches).hasSize(11).startsWith(1000).endsWith(50);

        List<SearchHit> marked = new java.util.ArrayList<>();
        index.scan(SearchQuery.of("arrested OR surveillance", 1), 500, true, marked::addAll);
        assertThat(marked).hasSize(10_051);
        assertThat(marked.get(0).snippet().toHtml()).contains("<mark>");
    }
}
