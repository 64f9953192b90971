package org.redress.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Counts agree with their nouns, and their numbers read the same on every machine. */
class CountTest {

    @Test
    void theNounAgreesWithTheCount() {
        assertThat(Count.of(1, "page", "pages")).isEqualTo("1 page");
        assertThat(Count.of(2, "page", "pages")).isEqualTo("2 pages");
        assertThat(Count.of(0, "page", "pages")).isEqualTo("0 pages");
        assertThat(Count.of(1, "entry", "entries")).isEqualTo("1 entry");
        assertThat(Count.of(3, "entry", "entries")).isEqualTo("3 entries");
        assertThat(Count.noun(1, "share", "shares")).isEqualTo("share");
        assertThat(Count.noun(5, "share", "shares")).isEqualTo("shares");
    }

    @Test
    void thousandsAreGroupedWithCommasWhateverTheDefaultLocale() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.GERMANY);
            assertThat(Count.of(1_000, "page", "pages")).isEqualTo("1,000 pages");
            assertThat(Count.of(1_234_567, "file", "files")).isEqualTo("1,234,567 files");
            assertThat(Count.number(999)).isEqualTo("999");
        } finally {
            Locale.setDefault(before);
        }
    }
}
