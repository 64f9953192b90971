package org.redress.analysis.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.redress.analysis.stats.ClopperPearsonTest.rel;

import org.junit.jupiter.api.Test;

/** Reference values: R's binom.test documentation, the two Supreme Court cases, and mpmath (see resources). */
class BinomialTest {

    @Test
    void rBinomTestDocumentationExample() {
        // R: binom.test(c(682, 243), p = 3/4) prints p-value = 0.3825.
        assertThat(Binomial.twoSided(682, 925, 0.75)).isCloseTo(0.382491559574852, rel(0.382491559574852));
        assertThat(Binomial.twoSided(682, 925, 0.75)).isCloseTo(0.3825, within(5e-5));
        assertThat(Binomial.upperTail(682, 925, 0.75)).isCloseTo(0.824089122352423, rel(0.824089122352423));
        assertThat(Binomial.lowerTail(682, 925, 0.75)).isCloseTo(0.196009267053883, rel(0.196009267053883));
    }

    @Test
    void castanedaVPartida() {
        // 430 U.S. 482, 496 n.17: 79.1% Mexican-American population, 339 of 870 grand jurors;
        // expected about 688, "approximately 29 standard deviations".
        assertThat(870 * 0.791).isCloseTo(688.17, within(1e-9));
        double sd = Binomial.standardDeviations(339, 870, 0.791);
        assertThat(sd).isCloseTo(-29.1149408274475, rel(29.1149408274475));
        assertThat(Math.round(-sd)).isEqualTo(29);
        assertThat(Binomial.lowerTail(339, 870, 0.791)).isCloseTo(4.18060775542092e-145, rel(4.18060775542092e-145));
        assertThat(Binomial.twoSided(339, 870, 0.791)).isCloseTo(4.18060775542092e-145, rel(4.18060775542092e-145));
    }

    @Test
    void hazelwood() {
        // 433 U.S. 299, 308-311 & nn.14, 17: 15 Black teachers among 405 hired; labour market 15.4% Black
        // with St. Louis city ("more than six standard deviations"), 5.7% without it.
        assertThat(Binomial.standardDeviations(15, 405, 0.154)).isCloseTo(-6.52124221363304, rel(6.52124221363304));
        assertThat(Binomial.standardDeviations(15, 405, 0.057)).isCloseTo(-1.73284308827007, rel(1.73284308827007));
        assertThat(Binomial.lowerTail(15, 405, 0.154)).isCloseTo(2.9468708439615e-14, rel(2.9468708439615e-14));
        assertThat(Binomial.twoSided(15, 405, 0.154)).isCloseTo(5.68915603155544e-14, rel(5.68915603155544e-14));
    }

    @Test
    void smallGroupHandCheckable() {
        // P(X >= 4 | n=6, p=0.1) = 15·1e-4·0.81 + 6·1e-5·0.9 + 1e-6 = 0.001215 + 0.000054 + 0.000001 = 0.00127
        assertThat(Binomial.upperTail(4, 6, 0.1)).isCloseTo(0.00127, rel(0.00127));
        assertThat(Binomial.twoSided(4, 6, 0.1)).isCloseTo(0.00127, rel(0.00127));
    }

    @Test
    void edgeCases() {
        assertThat(Binomial.upperTail(0, 10, 0.3)).isEqualTo(1.0);
        assertThat(Binomial.upperTail(10, 10, 0.3)).isCloseTo(Math.pow(0.3, 10), rel(Math.pow(0.3, 10)));
        assertThat(Binomial.lowerTail(0, 10, 0.3)).isCloseTo(Math.pow(0.7, 10), rel(Math.pow(0.7, 10)));
        assertThat(Binomial.twoSided(5, 10, 0.5)).isEqualTo(1.0);
        assertThat(Binomial.upperTail(1, 1, 0.2)).isCloseTo(0.2, rel(0.2));
        // A rate of 0 makes any event impossible; a rate of 1 makes every trial an event.
        assertThat(Binomial.upperTail(1, 5, 0)).isZero();
        assertThat(Binomial.twoSided(0, 5, 0)).isEqualTo(1.0);
        assertThat(Binomial.twoSided(5, 5, 1)).isEqualTo(1.0);
        assertThatThrownBy(() -> Binomial.standardDeviations(1, 5, 0)).hasMessageContaining("strictly between 0 and 1");
        assertThatThrownBy(() -> Binomial.upperTail(1, 5, 1.5)).hasMessageContaining("between 0 and 1");
    }
}
