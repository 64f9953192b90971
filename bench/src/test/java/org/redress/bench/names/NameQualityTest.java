package org.redress.bench.names;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.redress.analysis.names.Diminutives;
import org.redress.analysis.names.NameMatcher;
import org.redress.analysis.names.WatchListScreen;

/**
 * A small generated, labelled set through the screen and the matcher: floors well below what the benchmark measures
 * (BENCHMARKS.md), which a broken matcher or screen would not reach. No result is written down here: the pages are
 * generated and judged each time.
 */
class NameQualityTest {
    @Test
    void aSmallLabelledSetIsScreenedWithHighPrecisionAndRecall() {
        List<Members.Member> members = Members.generate(7, 40);
        List<LabelledPages.Page> pages = LabelledPages.generate(8, members, 12);
        NameQuality.Result r =
                NameQuality.run(members, pages, new NameMatcher(Diminutives.builtIn()), new WatchListScreen(), true);
        assertThat(r.screenMisses()).as("hits the screen hid").isZero();
        assertThat(r.precision()).as("precision").isGreaterThanOrEqualTo(0.95);
        assertThat(r.recall()).as("recall").isGreaterThanOrEqualTo(0.9);
        for (Variant v : Variant.values()) {
            NameQuality.Tally t = r.byClass().get(v);
            assertThat(t.pages).as("pages of %s", v).isPositive();
            if (v.positive() && v != Variant.OCR)
                assertThat(t.recall()).as("recall of %s", v).isGreaterThanOrEqualTo(0.8);
        }
        assertThat(r.byClass().get(Variant.OCR).recall())
                .as("recall under OCR damage")
                .isGreaterThanOrEqualTo(0.4);
    }
}
