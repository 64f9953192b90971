package org.redress.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.redress.core.search.SearchHit;

class GoldenQueriesSideBySideTest {
    private static SearchHit hit(String doc, float score) {
        return new SearchHit(doc, 1, "p", null, null, "pdf", null, score);
    }

    private static List<SearchHit> hits(String docs, float... scores) {
        String[] d = docs.split(" ");
        java.util.ArrayList<SearchHit> out = new java.util.ArrayList<>();
        for (int i = 0; i < d.length; i++) out.add(hit(d[i], scores[i]));
        return out;
    }

    @Test
    void theSameFiveInAnotherOrderAgree() {
        assertThat(GoldenQueries.sameTop(hits("a b c d e f", 9, 8, 7, 6, 5, 4), hits("b a c e d", 1, 1, 1, 1, 1)))
                .isTrue();
    }

    @Test
    void aHitTiedWithTheSixthMayBeSwappedButAClearOneMayNot() {
        List<SearchHit> embedded = hits("a b c d e f", 9, 8, 7, 5, 5, 5);
        assertThat(GoldenQueries.sameTop(embedded, hits("a b c d f", 1, 1, 1, 1, 1)))
                .as("e and f tie with the sixth")
                .isTrue();
        assertThat(GoldenQueries.sameTop(embedded, hits("a b x d e", 1, 1, 1, 1, 1)))
                .as("c scores above the sixth: it must be there")
                .isFalse();
    }

    @Test
    void fewerHitsMustBeTheSameHitsAndNoneAgreesWithNone() {
        assertThat(GoldenQueries.sameTop(hits("a b", 2, 1), hits("b a", 1, 1))).isTrue();
        assertThat(GoldenQueries.sameTop(hits("a b", 2, 1), hits("a", 1))).isFalse();
        assertThat(GoldenQueries.sameTop(List.of(), List.of())).isTrue();
    }

    @Test
    void agreementNeedsTheSameTotalAsWellAndTheTableSaysSo() {
        var same = new GoldenQueries.Comparison("q", 2, 2, hits("a b", 2, 1), hits("a b", 2, 1));
        var other = new GoldenQueries.Comparison("r", 3, 2, hits("a b", 2, 1), hits("a b", 2, 1));

        assertThat(same.agrees()).isTrue();
        assertThat(other.agrees()).isFalse();
        assertThat(GoldenQueries.table(List.of(same, other), "embedded", "server"))
                .contains("| `q` | 2 | 2 |")
                .contains("**no**")
                .contains("1 of 2 golden queries");
    }

    @Test
    void generatedDocumentsShowTheirNumberAndOthersTheirHashsStart() {
        String generated = java.util.HexFormat.of().toHexDigits(26L) + "0".repeat(48);
        assertThat(GoldenQueries.shortId(generated)).isEqualTo("d26");
        assertThat(GoldenQueries.shortId("ab".repeat(32))).isEqualTo("ababababab");
    }

    @Test
    void theTotalsLineCountsOnlyQueriesAnsweredOnBothSides() {
        assertThat(ServerBenchmark.totalsLine(List.of(1L, 2L, -1L, 4L), List.of(1L, 3L, 5L, 4L)))
                .contains("2 of 3 answered");
    }
}
