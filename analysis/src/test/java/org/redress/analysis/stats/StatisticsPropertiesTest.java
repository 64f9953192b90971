package org.redress.analysis.stats;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Scale;

class StatisticsPropertiesTest {

    @Property
    void binomialPValuesAreProbabilities(
            @ForAll @IntRange(min = 1, max = 400) int n,
            @ForAll @IntRange(max = 400) int k,
            @ForAll @DoubleRange(min = 0.001, max = 0.999) @Scale(4) double p) {
        int events = k % (n + 1);
        double upper = Binomial.upperTail(events, n, p);
        double lower = Binomial.lowerTail(events, n, p);
        double two = Binomial.twoSided(events, n, p);
        assertThat(upper).isBetween(0.0, 1.0);
        assertThat(lower).isBetween(0.0, 1.0);
        assertThat(two).isBetween(0.0, 1.0);
        // The two tails overlap at the observed outcome, so together they cover everything.
        assertThat(upper + lower).isGreaterThanOrEqualTo(1 - 1e-12);
        // The observed tail is made of outcomes no more likely than the observed one.
        assertThat(two).isGreaterThanOrEqualTo(Math.min(upper, lower) * (1 - 1e-9));
    }

    @Property
    void clopperPearsonContainsTheEstimate(
            @ForAll @IntRange(min = 1, max = 2000) int n,
            @ForAll @IntRange(max = 2000) int k,
            @ForAll @DoubleRange(min = 0.5, max = 0.999) @Scale(4) double confidence) {
        int events = k % (n + 1);
        Interval ci = ClopperPearson.interval(events, n, confidence);
        assertThat(ci.low()).isBetween(0.0, 1.0);
        assertThat(ci.high()).isBetween(0.0, 1.0);
        assertThat(ci.contains((double) events / n)).isTrue();
    }

    @Property
    void clopperPearsonEndsAreWhereTheTailsEqualHalfAlpha(
            @ForAll @IntRange(min = 1, max = 300) int n, @ForAll @IntRange(max = 300) int k) {
        int events = k % (n + 1);
        Interval ci = ClopperPearson.interval95(events, n);
        // The defining property: at the lower end P(X >= k) = 0.025, at the upper end P(X <= k) = 0.025.
        if (events > 0) {
            assertThat(Binomial.upperTail(events, n, ci.low()))
                    .isCloseTo(0.025, org.assertj.core.api.Assertions.within(1e-9));
        }
        if (events < n) {
            assertThat(Binomial.lowerTail(events, n, ci.high()))
                    .isCloseTo(0.025, org.assertj.core.api.Assertions.within(1e-9));
        }
    }

    @Property
    void fisherPValuesAreProbabilities(
            @ForAll @IntRange(max = 40) int a,
            @ForAll @IntRange(max = 40) int b,
            @ForAll @IntRange(max = 40) int c,
            @ForAll @IntRange(min = 1, max = 40) int d) {
        double greater = FisherExact.greater(a, b, c, d);
        double less = FisherExact.less(a, b, c, d);
        double two = FisherExact.twoSided(a, b, c, d);
        assertThat(greater).isBetween(0.0, 1.0);
        assertThat(less).isBetween(0.0, 1.0);
        assertThat(two).isBetween(0.0, 1.0);
        assertThat(greater + less).isGreaterThanOrEqualTo(1 - 1e-12);
        assertThat(two).isGreaterThanOrEqualTo(Math.min(greater, less) * (1 - 1e-9));
        // Swapping the rows swaps the one-sided alternatives.
        assertThat(FisherExact.less(c, d, a, b)).isCloseTo(greater, org.assertj.core.api.Assertions.within(1e-12));
    }
}
