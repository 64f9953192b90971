package org.redress.search.opensearch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.redress.core.corpus.Document;
import org.redress.core.corpus.EmailHeaders;
import org.redress.core.corpus.ExtractionStatus;
import org.redress.core.corpus.Page;
import org.redress.core.corpus.Sha256;
import org.redress.core.search.IndexedDocument;
import org.redress.core.search.PageSetFields;
import org.redress.core.search.SearchHit;
import org.redress.core.search.SearchQuery;
import org.redress.core.search.SearchResult;
import org.redress.search.LuceneSearchIndex;

/**
 * The golden queries on real mail (the Enron maildir sample of ../shared/corpora/email): the same totals, facets and
 * top hits, with the same snippets, from the embedded Lucene index and the OpenSearch index over the same pages.
 * Scores differ by a constant factor (OpenSearch's BM25 keeps Lucene's old (k1 + 1) numerator) and ties are broken
 * differently (Lucene by insertion, OpenSearch by page id), so the top ten are compared as a set, hits tied with the
 * eleventh left to either index's choice.
 */
class GoldenQueriesTest {
    static final Path CORPUS = Path.of("../../shared/corpora/email/enron-maildir-dev");
    static final List<String> GOLDEN = List.of(
            "enron",
            "california AND power",
            "\"natural gas\"",
            "\"power plant\"~3",
            "regulat*",
            "meetng~",
            "energy NOT california",
            "(price OR prices) AND electricity",
            "from:enron.com AND subject:meeting",
            "to:skean",
            "date:[2001-01-01 TO 2001-06-30]",
            "market AND date:[* TO 2001-12-31]",
            "ferc OR \"federal energy\"",
            "*");

    @TempDir
    static Path lucenePath;

    static OpenSearchCluster cluster;
    static OpenSearchIndex remote;
    static LuceneSearchIndex local;

    @BeforeAll
    static void indexTheSampleTwice() throws IOException {
        assumeTrue(Files.isDirectory(CORPUS), "skipped: " + CORPUS + " is absent (the shared test corpora)");
        cluster = TestCluster.connect();
        remote = OpenSearchIndex.open(
                cluster, CaseIndexName.of("golden-" + Long.toHexString(System.nanoTime())), new PageSetFields(), 0);
        local = new LuceneSearchIndex(lucenePath);
        try (Stream<Path> files = Files.walk(CORPUS)) {
            for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
                IndexedDocument d = message(f);
                remote.index(d);
                local.index(d);
            }
        }
        remote.commit();
        local.commit();
    }

    @AfterAll
    static void dropIt() {
        if (remote != null) {
            remote.close();
            remote.drop();
        }
        if (local != null) local.close();
        if (cluster != null) cluster.close();
    }

    @Test
    void bothIndexesHoldTheSamePages() {
        assertThat(remote.pageCount()).isEqualTo(local.pageCount()).isGreaterThan(200);
    }

    @Test
    void goldenQueriesGiveTheSameTotalsFacetsAndTopHits() {
        for (String q : GOLDEN) {
            for (SearchQuery.Sort sort : SearchQuery.Sort.values()) {
                SearchQuery query = new SearchQuery(q, 10, 0, sort, Map.of());
                SearchResult embedded = local.search(query);
                SearchResult server = remote.search(query);
                assertThat(embedded.total())
                        .as("a golden query finds something: %s", q)
                        .isPositive();
                assertThat(server.total()).as("total of %s (%s)", q, sort).isEqualTo(embedded.total());
                assertThat(server.facets()).as("facets of %s", q).isEqualTo(embedded.facets());
                assertThat(ids(server.hits()))
                        .as("top hits of %s (%s)", q, sort)
                        .containsExactlyInAnyOrderElementsOf(sureTop(
                                embedded.hits(),
                                local.search(new SearchQuery(q, 11, 0, sort, Map.of()))
                                        .hits(),
                                ids(server.hits()),
                                sort));
                for (SearchHit s : server.hits())
                    embedded.hits().stream()
                            .filter(e -> e.documentId().equals(s.documentId()) && e.page() == s.page())
                            .forEach(e -> assertThat(s.snippet())
                                    .as("snippet for %s", q)
                                    .isEqualTo(e.snippet()));
            }
        }
    }

    /**
     * Lucene's top ten, except that hits tied with the eleventh (which either index may place inside or outside the
     * ten) are taken from the server's answer when it has them.
     */
    private static List<String> sureTop(
            List<SearchHit> ten, List<SearchHit> eleven, List<String> server, SearchQuery.Sort sort) {
        if (eleven.size() <= 10) return ids(ten);
        SearchHit cut = eleven.get(10);
        List<String> sure = new ArrayList<>();
        List<String> tied = new ArrayList<>();
        for (SearchHit h : ten) {
            boolean tie = h.score() == cut.score()
                    && (sort == SearchQuery.Sort.RELEVANCE || java.util.Objects.equals(h.date(), cut.date()));
            (tie ? tied : sure).add(h.documentId() + "/" + h.page());
        }
        List<String> out = new ArrayList<>(sure);
        for (String s : server) if (!out.contains(s) && out.size() < 10) out.add(s);
        assertThat(out.size() - sure.size()).isEqualTo(tied.size());
        return out;
    }

    private static List<String> ids(List<SearchHit> hits) {
        return hits.stream().map(h -> h.documentId() + "/" + h.page()).toList();
    }

    /** A maildir message: its headers, and its body in pages of about 2,000 characters. */
    static IndexedDocument message(Path file) throws IOException {
        String raw = Files.readString(file, StandardCharsets.ISO_8859_1);
        int split = raw.indexOf("\n\n");
        String head = split < 0 ? raw : raw.substring(0, split);
        String body = split < 0 ? "" : raw.substring(split + 2);
        String id = Sha256.of(CORPUS.relativize(file).toString().getBytes(StandardCharsets.UTF_8));
        Instant date = date(header(head, "Date"));
        EmailHeaders email = new EmailHeaders(
                header(head, "From"),
                list(header(head, "To")),
                list(header(head, "Cc")),
                List.of(),
                date,
                header(head, "Subject"),
                header(head, "Message-ID"),
                null);
        List<Page> pages = new ArrayList<>();
        for (int from = 0, n = 1; from < body.length() || n == 1; n++) {
            int to = Math.min(body.length(), from + 2000);
            while (to < body.length() && !Character.isWhitespace(body.charAt(to))) to++;
            pages.add(new Page(id, n, body.substring(from, to), false));
            from = to;
        }
        Document d = new Document(
                id,
                raw.length(),
                "message/rfc822",
                null,
                null,
                date,
                null,
                "eng",
                email,
                ExtractionStatus.DONE,
                null,
                null,
                pages.size());
        return new IndexedDocument(
                d,
                pages,
                List.of(file.getParent().getParent().getFileName().toString()),
                CORPUS.relativize(file).toString());
    }

    private static String header(String head, String name) {
        for (String line : head.split("\n", -1))
            if (line.regionMatches(true, 0, name + ":", 0, name.length() + 1))
                return line.substring(name.length() + 1).strip();
        return null;
    }

    private static List<String> list(String value) {
        if (value == null || value.isBlank()) return List.of();
        return Stream.of(value.split(",", -1))
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .toList();
    }

    private static Instant date(String value) {
        if (value == null) return null;
        try {
            return ZonedDateTime.parse(value.replaceAll("\\s*\\(.*\\)$", ""), DateTimeFormatter.RFC_1123_DATE_TIME)
                    .toInstant();
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
