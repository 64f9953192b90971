package org.redress.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.redress.core.search.SearchHit;
import org.redress.core.search.SearchQuery;
import org.redress.core.search.SearchResult;

/**
 * An index of several slices searched on the pool gives what one thread gives: the same total, hits in the same order,
 * the same facets, by relevance and by date.
 */
class SearchThreadsTest {
    @TempDir
    Path dir;

    @Test
    void aSlicedIndexSearchedInParallelAnswersAsOneThreadDoes() throws Exception {
        try (LuceneSearchIndex writing = new LuceneSearchIndex(dir)) {
            // Eight commits of a few pages each: eight segments (fewer than a merge needs), two slices of at most five.
            for (int c = 0; c < 8; c++) {
                for (int d = 0; d < 3; d++)
                    SearchIndexContract.add(
                            writing,
                            "memo-" + c + "-" + d,
                            d == 0 ? "message/rfc822" : "application/pdf",
                            null,
                            null,
                            "production-" + (c % 3),
                            "Memo " + c + " of the field office about the arrest of Balcázar, copy " + d + ".");
                writing.commit();
            }
        }
        try (var reader = DirectoryReader.open(FSDirectory.open(dir))) {
            assertThat(new IndexSearcher(reader, Runnable::run).getSlices().length)
                    .as("the test needs an index of several slices")
                    .isGreaterThan(1);
        }
        try (LuceneSearchIndex parallel = opened(2);
                LuceneSearchIndex single = opened(1)) {
            for (SearchQuery.Sort sort : SearchQuery.Sort.values()) {
                SearchQuery q = new SearchQuery("arrest balcazar", 15, 5, sort, java.util.Map.of());
                SearchResult a = parallel.search(q);
                SearchResult b = single.search(q);
                assertThat(a.total()).isEqualTo(b.total()).isEqualTo(24);
                assertThat(ids(a.hits())).isEqualTo(ids(b.hits())).hasSize(15);
                assertThat(a.facets()).isEqualTo(b.facets());
            }
        }
    }

    private LuceneSearchIndex opened(int threads) {
        System.setProperty("redress.search.threads", Integer.toString(threads));
        try {
            return new LuceneSearchIndex(dir);
        } finally {
            System.clearProperty("redress.search.threads");
        }
    }

    private static List<String> ids(List<SearchHit> hits) {
        return hits.stream().map(h -> h.documentId() + "#" + h.page()).toList();
    }
}
