package org.redress.bench;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A small run of the reuse benchmark's generated set (60 references, each quoted at 0–20 % CER, reworded, and with a
 * look-alike). The floors sit below the benchmark's figures, above anything a broken matcher reaches: one that
 * matched nothing, matched every look-alike, or lost its seeds under OCR noise fails.
 */
class ReuseQualityTest {
    @Test
    void passagesOfFortyWordsAreFoundUpToFifteenPercentCharacterErrorsAndLookAlikesAreNot() {
        ReuseQuality.Result r = ReuseQuality.run(7L, 60, 40);

        assertThat(r.minRecallTo15())
                .as("lowest recall up to 15 %% CER: %s", r.rows())
                .isGreaterThanOrEqualTo(0.9);
        assertThat(r.minPrecisionTo15()).as("lowest precision: %s", r.rows()).isGreaterThanOrEqualTo(0.95);
        ReuseQuality.Row verbatim = r.rows().get(0);
        assertThat(verbatim.kinds()).as("every clean quote is verbatim").startsWith("60 / 0 / 0");
        ReuseQuality.Row lookAlikes = r.rows().get(r.rows().size() - 1);
        assertThat(lookAlikes.passages())
                .as("passages in records that quote nothing")
                .isLessThanOrEqualTo(1);
    }
}
