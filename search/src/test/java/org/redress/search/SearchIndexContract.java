package org.redress.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.redress.core.UserMistake;
import org.redress.core.corpus.Document;
import org.redress.core.corpus.EmailHeaders;
import org.redress.core.corpus.ExtractionStatus;
import org.redress.core.corpus.Page;
import org.redress.core.corpus.Sha256;
import org.redress.core.port.SearchIndex;
import org.redress.core.search.IndexedDocument;
import org.redress.core.search.PageRef;
import org.redress.core.search.PageSetField;
import org.redress.core.search.PageSetFields;
import org.redress.core.search.SearchHit;
import org.redress.core.search.SearchQuery;
import org.redress.core.search.SearchResult;

/**
 * What every {@link SearchIndex} promises (issue 13): the query language, accents and stems in English and Spanish,
 * facets, snippets, date order, paging past 10,000 hits, scans, page-set fields ({@code person:}), and replacing a
 * document's pages. Each implementation's test extends it with a fresh, empty index of its own.
 */
public abstract class SearchIndexContract {
    /** A new, empty index whose query language knows {@code fields}. */
    protected abstract SearchIndex open(PageSetFields fields);

    /** Removes what {@link #open} made (the index is closed already). */
    protected void discard() {}

    protected SearchIndex index;
    protected final Map<String, Set<PageRef>> people = new LinkedHashMap<>();
    String memo;
    String mail;
    String carta;

    @BeforeEach
    void indexACase() {
        PageSetFields fields = new PageSetFields();
        fields.register(new PeopleField(people));
        index = open(fields);
        memo = add(
                index,
                "memo",
                "application/pdf",
                null,
                Instant.parse("2016-05-01T00:00:00Z"),
                "prod-1",
                "Memorandum. The field office watched the press conference.",
                "Officers arrested Enrique Balcázar after the march. The DMV gave ICE his address.");
        mail = add(
                index,
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
                index,
                "carta",
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                null,
                Instant.parse("2015-01-10T00:00:00Z"),
                "prod-2",
                "Varios organizadores fueron detenidos por agentes de inmigración. <script>alert(1)</script>");
        index.commit();
        people.put("Enrique Balcázar", Set.of(new PageRef(memo, 2), new PageRef(mail, 1)));
        people.put("Luz Elena Balcázar", Set.of(new PageRef(mail, 1)));
    }

    @AfterEach
    void closeIndex() {
        index.close();
        discard();
    }

    /** A field over a table of names and pages, as the mentions' person: field is over the case database. */
    record PeopleField(Map<String, Set<PageRef>> table) implements PageSetField {
        @Override
        public String name() {
            return "person";
        }

        @Override
        public Set<PageRef> pages(String value) {
            Set<PageRef> pages = table.get(value.strip());
            if (pages == null) throw new UserMistake("person: names no watched person of the case");
            return pages;
        }

        @Override
        public Map<String, Set<PageRef>> values() {
            return table;
        }
    }

    static String add(
            SearchIndex index,
            String seed,
            String type,
            EmailHeaders email,
            Instant created,
            String source,
            String... pages) {
        String id = Sha256.of(seed.getBytes(java.nio.charset.StandardCharsets.UTF_8));
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
        List<Page> list = new ArrayList<>();
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
    void excludedDocumentsAreLeftOutOfHitsTotalsFacetsAndScans() {
        SearchQuery all = SearchQuery.of("balcazar", 10);
        SearchResult seen = index.search(all);
        assertThat(seen.total()).isEqualTo(2);
        SearchResult hidden = index.search(all.excluding(Set.of(memo)));
        assertThat(hidden.total()).isEqualTo(1);
        assertThat(hidden.hits()).extracting(SearchHit::documentId).containsOnly(mail);
        assertThat(hidden.facets().get("source"))
                .extracting(SearchResult.FacetCount::value)
                .containsExactly("prod-2");
        assertThat(hidden.facets().get("person"))
                .extracting(f -> f.value() + "=" + f.count())
                .containsExactlyInAnyOrder("Enrique Balcázar=1", "Luz Elena Balcázar=1");
        SearchQuery everything = new SearchQuery("*", 10, 0, SearchQuery.Sort.DATE_ASC, Map.of("type", "pdf"));
        assertThat(index.search(everything).total()).isEqualTo(2);
        assertThat(index.search(everything.excluding(Set.of(memo))).total()).isZero();
        List<String> scanned = new ArrayList<>();
        index.scan(
                SearchQuery.of("*", 10).excluding(Set.of(memo, carta)),
                1,
                false,
                hits -> hits.forEach(h -> scanned.add(h.documentId())));
        assertThat(scanned).containsOnly(mail).isNotEmpty();
    }

    @Test
    void accentsDoNotMatterEitherWay() {
        assertThat(docs("balcazar")).containsExactlyInAnyOrder(memo, mail);
        assertThat(docs("Balcázar")).containsExactlyInAnyOrder(memo, mail);
        assertThat(docs("inmigracion")).containsExactly(carta);
        assertThat(docs("INMIGRACIÓN")).containsExactly(carta);
    }

    @Test
    void aHitIsAPageOfADocument() {
        SearchResult r = search("arrested");
        assertThat(r.total()).isEqualTo(1);
        assertThat(r.hits().get(0).documentId()).isEqualTo(memo);
        assertThat(r.hits().get(0).page()).isEqualTo(2);
        assertThat(r.hits().get(0).title()).isEqualTo("Title memo");
        assertThat(r.hits().get(0).path()).isEqualTo("prod-1/memo");
        assertThat(r.hits().get(0).type()).isEqualTo("pdf");
        assertThat(r.hits().get(0).date()).isEqualTo(Instant.parse("2016-05-01T00:00:00Z"));
    }

    @Test
    void stemsFindOtherFormsInEnglishAndSpanish() {
        assertThat(docs("arrests")).containsExactly(memo);
        assertThat(docs("officer")).containsExactly(memo);
        assertThat(docs("detenido")).containsExactly(carta);
        assertThat(docs("organizador")).containsExactly(carta);
    }

    @Test
    void phrasesProximityWildcardsAndFuzzy() {
        assertThat(docs("\"press conference\"")).containsExactly(memo);
        assertThat(docs("\"conference press\"")).isEmpty();
        assertThat(docs("\"dmv address\"~5")).containsExactly(memo);
        assertThat(docs("\"dmv address\"~1")).isEmpty();
        assertThat(docs("organi*")).containsExactlyInAnyOrder(mail, carta);
        assertThat(docs("org?nizers")).containsExactly(mail);
        assertThat(docs("Balcasar~")).containsExactlyInAnyOrder(memo, mail);
    }

    @Test
    void booleanOperators() {
        assertThat(docs("balcazar AND photos")).containsExactly(mail);
        assertThat(docs("balcazar photos")).containsExactly(mail); // AND is the default
        assertThat(docs("balcazar NOT photos")).containsExactly(memo);
        assertThat(docs("balcazar -photos")).containsExactly(memo);
        assertThat(docs("photos OR detenidos")).containsExactlyInAnyOrder(mail, carta);
        assertThat(docs("(photos OR detenidos) AND balcazar")).containsExactly(mail);
        assertThat(docs("NOT photos")).isEmpty(); // exclusions alone match nothing, as in Lucene
    }

    @Test
    void fieldsOfEmailsAndDocuments() {
        assertThat(docs("from:dmv")).containsExactly(mail);
        assertThat(docs("from:dkimball@dmv.example.gov")).containsExactly(mail);
        assertThat(docs("to:whitcomb")).containsExactly(mail);
        assertThat(docs("cc:whitcomb")).containsExactly(mail);
        assertThat(docs("subject:photos")).containsExactly(mail);
        assertThat(docs("type:email")).containsExactly(mail);
        assertThat(docs("type:PDF")).containsExactly(memo);
        assertThat(docs("source:prod-2")).containsExactlyInAnyOrder(mail, carta);
        assertThat(docs("content:memorandum")).containsExactly(memo);
    }

    @Test
    void dateRanges() {
        assertThat(docs("date:[2016-01-01 TO 2016-12-31]")).containsExactly(memo);
        assertThat(docs("date:[2015 TO 2016]")).containsExactlyInAnyOrder(memo, carta);
        assertThat(docs("date:2017-03")).containsExactly(mail);
        assertThat(docs("year:2015")).containsExactly(carta);
        assertThat(docs("balcazar AND date:[2017-01-01 TO *]")).containsExactly(mail);
        assertThat(docs("date:{2015-01-10 TO 2017-03-02}")).containsExactly(memo);
        assertThatThrownBy(() -> search("date:[yesterday TO 2016]"))
                .isInstanceOf(InvalidQueryException.class)
                .hasMessageContaining("is not a date");
    }

    @Test
    void aBrokenQuerySaysSoPlainly() {
        assertThatThrownBy(() -> search("\"unclosed"))
                .isInstanceOf(InvalidQueryException.class)
                .hasMessageContaining("could not be understood");
        assertThatThrownBy(() -> search("*leading")).isInstanceOf(InvalidQueryException.class);
    }

    @Test
    void facetsCountAndFilter() {
        SearchResult all = index.search(new SearchQuery("*", 10, 0, SearchQuery.Sort.RELEVANCE, Map.of()));
        assertThat(all.total()).isEqualTo(4);
        assertThat(all.facets().keySet()).containsExactly("type", "source", "domain", "year", "person");
        assertThat(all.facets().get("type"))
                .containsExactly(
                        new SearchResult.FacetCount("pdf", 2),
                        new SearchResult.FacetCount("email", 1),
                        new SearchResult.FacetCount("word", 1));
        assertThat(all.facets().get("source"))
                .containsExactly(new SearchResult.FacetCount("prod-1", 2), new SearchResult.FacetCount("prod-2", 2));
        assertThat(all.facets().get("domain")).containsExactly(new SearchResult.FacetCount("dmv.example.gov", 1));
        assertThat(all.facets().get("year"))
                .containsExactly(
                        new SearchResult.FacetCount("2016", 2),
                        new SearchResult.FacetCount("2015", 1),
                        new SearchResult.FacetCount("2017", 1));
        assertThat(all.facets().get("person"))
                .containsExactly(
                        new SearchResult.FacetCount("Enrique Balcázar", 2),
                        new SearchResult.FacetCount("Luz Elena Balcázar", 1));
        SearchResult only2016 =
                index.search(new SearchQuery("*", 10, 0, SearchQuery.Sort.RELEVANCE, Map.of("year", "2016")));
        assertThat(only2016.total()).isEqualTo(2);
        assertThat(only2016.hits()).extracting(SearchHit::documentId).containsOnly(memo);
        assertThat(only2016.facets().get("type")).containsExactly(new SearchResult.FacetCount("pdf", 2));
    }

    @Test
    void aCountAloneGivesTheSameTotalAndFacetsAsASearchWithHits() {
        for (String text : List.of("*", "balcazar", "\"vigil\" OR march")) {
            for (Map<String, String> filters : List.of(Map.<String, String>of(), Map.of("year", "2016"))) {
                SearchResult withHits = index.search(new SearchQuery(text, 10, 0, SearchQuery.Sort.RELEVANCE, filters));
                SearchResult counted = index.search(new SearchQuery(text, 0, 0, SearchQuery.Sort.RELEVANCE, filters));
                assertThat(counted.hits()).as(text).isEmpty();
                assertThat(counted.total()).as(text).isEqualTo(withHits.total());
                assertThat(counted.facets()).as(text).isEqualTo(withHits.facets());
            }
        }
    }

    @Test
    void aPageSetFieldWithNoValuesYetCountsAnEmptyFacet() {
        people.clear(); // a new case: nobody watched yet (OpenSearch refused an empty filters aggregation)
        SearchResult all = index.search(new SearchQuery("*", 10, 0, SearchQuery.Sort.RELEVANCE, Map.of()));
        assertThat(all.total()).isEqualTo(4);
        assertThat(all.facets().get("person")).isEmpty();
        people.put("Nobody Paged", Set.of()); // a watched name with no page yet
        assertThat(index.search(new SearchQuery("balcazar", 10, 0, SearchQuery.Sort.RELEVANCE, Map.of()))
                        .facets()
                        .get("person"))
                .isEmpty();
    }

    @Test
    void pageSetFieldsFilterAndCombine() {
        assertThat(search("person:\"Luz Elena Balcázar\"").hits())
                .extracting(h -> h.documentId() + "/" + h.page())
                .containsExactly(mail + "/1");
        assertThat(docs("person:\"Enrique Balcázar\" AND arrested")).containsExactly(memo);
        SearchResult filtered = index.search(
                new SearchQuery("balcazar", 10, 0, SearchQuery.Sort.RELEVANCE, Map.of("person", "Luz Elena Balcázar")));
        assertThat(filtered.total()).isEqualTo(1);
        assertThatThrownBy(() -> search("person:\"Nobody\"")).isInstanceOf(UserMistake.class);
    }

    @Test
    void sortsByDateBothWaysWithUndatedPagesLast() {
        add(index, "undated", "text/plain", null, null, "prod-3", "An undated note.");
        index.commit();
        var oldest = index.search(new SearchQuery("*", 10, 0, SearchQuery.Sort.DATE_ASC, Map.of()));
        assertThat(oldest.hits()).extracting(SearchHit::documentId).startsWith(carta, memo, memo, mail);
        assertThat(oldest.hits().get(4).date()).isNull();
        var newest = index.search(new SearchQuery("*", 10, 0, SearchQuery.Sort.DATE_DESC, Map.of()));
        assertThat(newest.hits()).extracting(SearchHit::documentId).startsWith(mail, memo, memo, carta);
        assertThat(newest.hits().get(4).date()).isNull();
    }

    @Test
    void snippetsMarkMatchesStemsAndKeepHostileTextInert() {
        SearchHit hit = search("balcazar AND photos").hits().get(0);
        assertThat(hit.snippet().toHtml()).contains("<mark>Balcazar</mark>").contains("<mark>photos</mark>");
        assertThat(search("arrests").hits().get(0).snippet().toHtml()).contains("<mark>arrested</mark>");
        SearchHit hostile = search("detenidos").hits().get(0);
        assertThat(hostile.snippet().toHtml()).doesNotContain("<script>");
        assertThat(search("type:word").hits().get(0).snippet().segments()).noneMatch(s -> s.match());
        assertThat(index.mark("script", "<script>alert(1)</script>").toHtml())
                .isEqualTo("&lt;<mark>script</mark>&gt;alert(1)&lt;/<mark>script</mark>&gt;");
        assertThat(index.mark("balcazar AND arrests", "Speakers included Enrique Balcázar.")
                        .toHtml())
                .contains("<mark>Balcázar</mark>");
    }

    @Test
    void reindexingADocumentReplacesItsPages() {
        add(index, "memo", "application/pdf", null, null, "prod-1", "Only one page now.");
        index.commit();
        assertThat(index.pageCount()).isEqualTo(3);
        assertThat(docs("arrested")).isEmpty();
        index.deleteAll();
        index.commit();
        assertThat(index.pageCount()).isZero();
    }

    @Test
    void pagesAndScansReachPastTenThousandHits() {
        String[] pages = new String[10_050];
        for (int i = 0; i < pages.length; i++) pages[i] = "Line " + i + " about the surveillance van.";
        add(index, "long", "text/plain", null, Instant.parse("2018-01-01T00:00:00Z"), "prod-3", pages);
        index.commit();

        SearchResult deep =
                index.search(new SearchQuery("surveillance", 20, 10_020, SearchQuery.Sort.RELEVANCE, Map.of()));
        assertThat(deep.total()).isEqualTo(10_050);
        assertThat(deep.hits()).hasSize(20);
        SearchResult across =
                index.search(new SearchQuery("surveillance", 50, 9_990, SearchQuery.Sort.DATE_DESC, Map.of()));
        assertThat(across.hits()).hasSize(50);
        SearchResult last =
                index.search(new SearchQuery("surveillance", 100, 10_000, SearchQuery.Sort.DATE_DESC, Map.of()));
        assertThat(last.hits()).hasSize(50);
        assertThat(index.search(new SearchQuery("surveillance", 10, 20_000, SearchQuery.Sort.RELEVANCE, Map.of()))
                        .hits())
                .isEmpty();

        // Every page once, in the same order as the pages of hits.
        List<String> scanned = new ArrayList<>();
        List<Integer> batches = new ArrayList<>();
        SearchQuery query = new SearchQuery("surveillance", 10, 0, SearchQuery.Sort.DATE_DESC, Map.of());
        index.scan(query, 1000, false, hits -> {
            batches.add(hits.size());
            hits.forEach(h -> scanned.add(h.documentId() + "/" + h.page()));
            assertThat(hits).allSatisfy(h -> assertThat(h.snippet().segments()).noneMatch(s -> s.match()));
        });
        assertThat(new HashSet<>(scanned)).hasSize(10_050);
        assertThat(batches).hasSize(11).startsWith(1000).endsWith(50);
        assertThat(across.hits())
                .extracting(h -> h.documentId() + "/" + h.page())
                .containsExactlyElementsOf(scanned.subList(9_990, 10_040));
        assertThat(last.hits())
                .extracting(h -> h.documentId() + "/" + h.page())
                .containsExactlyElementsOf(scanned.subList(10_000, 10_050));
        List<String> withSnippets = new ArrayList<>();
        index.scan(new SearchQuery("van", 10, 0, SearchQuery.Sort.RELEVANCE, Map.of()), 4000, true, hits -> {
            assertThat(hits).allSatisfy(h -> assertThat(h.snippet().toHtml()).contains("<mark>van</mark>"));
            hits.forEach(h -> withSnippets.add(h.documentId()));
        });
        assertThat(withSnippets).hasSize(10_050);
    }
}
