package org.redress.analysis.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Reference values: closed forms where they exist; otherwise R's binom.test documentation example and
 * mpmath at 50 digits (src/test/resources/reference/reference_values.py).
 */
class ClopperPearsonTest {

    /** Relative tolerance of 1e-9 is well beyond the 6 significant digits required. */
    static Offset<Double> rel(double expected) {
        return within(Math.abs(expected) * 1e-9 + 1e-300);
    }

    @Test
    void noEventsHasTheClosedFormUpperBound() {
        for (int n : new int[] {1, 2, 10, 57, 1000}) {
            Interval ci = ClopperPearson.interval95(0, n);
            assertThat(ci.low()).isZero();
            assertThat(ci.high()).isCloseTo(1 - Math.pow(0.025, 1.0 / n), rel(1 - Math.pow(0.025, 1.0 / n)));
        }
        assertThat(ClopperPearson.interval95(0, 10).high()).isCloseTo(0.308497107818761, rel(0.308497107818761));
    }

    @Test
    void allEventsHasTheClosedFormLowerBound() {
        for (int n : new int[] {1, 2, 10, 57, 1000}) {
            Interval ci = ClopperPearson.interval95(n, n);
            assertThat(ci.high()).isEqualTo(1.0);
            assertThat(ci.low()).isCloseTo(Math.pow(0.025, 1.0 / n), rel(Math.pow(0.025, 1.0 / n)));
        }
        assertThat(ClopperPearson.interval95(10, 10).low()).isCloseTo(0.691502892181239, rel(0.691502892181239));
    }

    @Test
    void singleTrial() {
        assertThat(ClopperPearson.interval95(1, 1).low()).isCloseTo(0.025, rel(0.025));
        assertThat(ClopperPearson.interval95(0, 1).high()).isCloseTo(0.975, rel(0.975));
    }

    @Test
    void rBinomTestDocumentationExample() {
        // R: binom.test(c(682, 243), p = 3/4) prints 95 percent CI 0.7076683 0.7654066.
        Interval ci = ClopperPearson.interval95(682, 925);
        assertThat(ci.low()).isCloseTo(0.707668264079039, rel(0.707668264079039));
        assertThat(ci.high()).isCloseTo(0.765406558241525, rel(0.765406558241525));
        assertThat(ci.low()).isCloseTo(0.7076683, within(5e-8));
        assertThat(ci.high()).isCloseTo(0.7654066, within(5e-8));
    }

    @ParameterizedTest
    @CsvSource({
        "5, 10, 0.187086028447399, 0.812913971552601",
        "339, 870, 0.357095880762042, 0.422964513089487",
        "3, 1000, 0.000619099931649571, 0.0087420232384783",
        "4, 6, 0.222778095503512, 0.956728131707258",
    })
    void matchesIndependentlyComputedBetaQuantiles(int k, int n, double low, double high) {
        Interval ci = ClopperPearson.interval95(k, n);
        assertThat(ci.low()).isCloseTo(low, rel(low));
        assertThat(ci.high()).isCloseTo(high, rel(high));
    }

    @Test
    void rejectsImpossibleCounts() {
        assertThatThrownBy(() -> ClopperPearson.interval95(3, 2)).hasMessageContaining("3 events among 2");
        assertThatThrownBy(() -> ClopperPearson.interval95(0, 0)).hasMessageContaining("at least one trial");
        assertThatThrownBy(() -> ClopperPearson.interval(1, 2, 1.0)).hasMessageContaining("confidence");
    }
}
