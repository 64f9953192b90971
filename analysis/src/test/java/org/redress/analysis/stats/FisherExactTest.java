package org.redress.analysis.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.redress.analysis.stats.ClopperPearsonTest.rel;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Reference values: Fisher's tea-tasting, R's fisher.test documentation, and mpmath (see resources). */
class FisherExactTest {

    @Test
    void teaTasting() {
        // Fisher (1935): 3 of 4 milk-first cups identified. Exact: greater = 17/70, two-sided = 34/70.
        assertThat(FisherExact.greater(3, 1, 1, 3)).isCloseTo(17.0 / 70, rel(17.0 / 70));
        assertThat(FisherExact.twoSided(3, 1, 1, 3)).isCloseTo(34.0 / 70, rel(34.0 / 70));
        assertThat(FisherExact.twoSided(3, 1, 1, 3)).isCloseTo(0.4857, within(5e-5));
    }

    @Test
    void rConvictionsExample() {
        // R: fisher.test(matrix(c(2, 10, 15, 3), nrow = 2), alternative = "less") prints p-value = 0.0004652.
        assertThat(FisherExact.less(2, 15, 10, 3)).isCloseTo(0.000465180943362905, rel(0.000465180943362905));
        assertThat(FisherExact.less(2, 15, 10, 3)).isCloseTo(0.0004652, within(5e-8));
    }

    @ParameterizedTest
    @CsvSource({
        "3, 1, 1, 3, 0.242857142857143, 0.985714285714286, 0.485714285714286",
        "8, 2, 1, 5, 0.0244755244755245, 0.999125874125874, 0.034965034965035",
        "2, 15, 10, 3, 0.999984519018686, 0.000465180943362905, 0.000536724119143436",
        "4, 2, 3, 197, 7.03432815089775e-6, 0.999999957553977, 7.03432815089775e-6",
        "6, 0, 20, 980, 1.62328181188219e-10, 1.0, 1.62328181188219e-10",
        "4, 2, 30, 164, 0.00828377744721611, 0.999423174464443, 0.00828377744721611",
    })
    void matchesExactHypergeometricSums(int a, int b, int c, int d, double greater, double less, double two) {
        assertThat(FisherExact.greater(a, b, c, d)).isCloseTo(greater, rel(greater));
        assertThat(FisherExact.less(a, b, c, d)).isCloseTo(less, rel(less));
        assertThat(FisherExact.twoSided(a, b, c, d)).isCloseTo(two, rel(two));
    }

    @Test
    void degenerateTables() {
        // No events anywhere: only one table is possible.
        assertThat(FisherExact.twoSided(0, 5, 0, 50)).isEqualTo(1.0);
        assertThat(FisherExact.greater(1, 0, 0, 0)).isEqualTo(1.0);
        assertThatThrownBy(() -> FisherExact.twoSided(0, 0, 0, 0)).hasMessageContaining("at least one count");
        assertThatThrownBy(() -> FisherExact.twoSided(-1, 0, 0, 0)).hasMessageContaining("zero or more");
    }
}
