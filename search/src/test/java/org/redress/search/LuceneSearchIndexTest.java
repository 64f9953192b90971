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

/** What only the embedded Lucene index does (readers beside a writer, no index yet); the rest is SearchIndexContract. */
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
}
