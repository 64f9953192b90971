package org.redress.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.redress.core.corpus.Document;
import org.redress.core.corpus.ExtractionStatus;
import org.redress.core.corpus.Sha256;
import org.redress.core.search.IndexedDocument;
import org.redress.core.search.SearchQuery;

/** What only the embedded Lucene index does (readers beside a writer, no index yet); the rest is SearchIndexContract. */
class LuceneSearchIndexTest {
    @TempDir
    Path dir;

    LuceneSearchIndex index;

    @BeforeEach
    void indexACase() {
        index = new LuceneSearchIndex(dir);
        SearchIndexContract.add(
                index, "memo", "application/pdf", null, null, "prod-1", "Enrique Balcázar was arrested.");
        SearchIndexContract.add(index, "mail", "message/rfc822", null, null, "prod-2", "Photos of Enrique Balcazar.");
        index.commit();
    }

    @AfterEach
    void close() {
        index.close();
    }

    @Test
    void anotherProcessSearchesWhileOneWritesAndASecondWriterIsTurnedAway() {
        try (LuceneSearchIndex reader = new LuceneSearchIndex(dir)) {
            assertThat(reader.search(SearchQuery.of("balcazar", 10)).total()).isEqualTo(2);
            SearchIndexContract.add(index, "later", "text/plain", null, null, "prod-3", "A later page about Balcázar.");
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
