package org.redress.analysis.stats;

import org.apache.commons.math3.distribution.HypergeometricDistribution;

/**
 * Fisher's exact test for a 2×2 table, built on the hypergeometric distribution (commons-math has none):
 *
 * <pre>
 *               event   no event
 *   group         a        b
 *   comparison    c        d
 * </pre>
 *
 * Conditional on the margins, a is hypergeometric: population a+b+c+d, a+c "successes", a+b drawn. The
 * one-sided p-value is for "the group has more events" (P(A ≥ a)), and the two-sided p-value sums every
 * table no more likely than the observed one with R's relative tolerance 1e-7, as R's {@code fisher.test}.
 */
public final class FisherExact {

    private FisherExact() {}

    /** P(A ≥ a): alternative "the group's odds of an event are higher" (R: alternative = "greater"). */
    public static double greater(int a, int b, int c, int d) {
        HypergeometricDistribution h = distribution(a, b, c, d);
        double sum = 0;
        for (int x = h.getSupportUpperBound(); x >= a; x--) {
            sum += probability(h, x);
        }
        return Math.min(1, sum);
    }

    /** P(A ≤ a): alternative "the group's odds of an event are lower" (R: alternative = "less"). */
    public static double less(int a, int b, int c, int d) {
        HypergeometricDistribution h = distribution(a, b, c, d);
        double sum = 0;
        for (int x = h.getSupportLowerBound(); x <= a; x++) {
            sum += probability(h, x);
        }
        return Math.min(1, sum);
    }

    public static double twoSided(int a, int b, int c, int d) {
        HypergeometricDistribution h = distribution(a, b, c, d);
        double observed = probability(h, a) * Binomial.RELATIVE_TOLERANCE;
        double sum = 0;
        for (int x = h.getSupportLowerBound(); x <= h.getSupportUpperBound(); x++) {
            double p = probability(h, x);
            if (p <= observed) {
                sum += p;
            }
        }
        return Math.min(1, sum);
    }

    /**
     * commons-math returns 0 instead of 1 when the margins allow only one table (its saddle-point
     * expansion divides by a zero probability), so that case is answered here.
     */
    private static double probability(HypergeometricDistribution h, int x) {
        if (h.getSupportLowerBound() == h.getSupportUpperBound()) {
            return x == h.getSupportLowerBound() ? 1 : 0;
        }
        return h.probability(x);
    }

    private static HypergeometricDistribution distribution(int a, int b, int c, int d) {
        if (a < 0 || b < 0 || c < 0 || d < 0) {
            throw new IllegalArgumentException(
                    "a 2×2 table needs counts of zero or more, got " + a + ", " + b + ", " + c + ", " + d);
        }
        int total = Math.addExact(Math.addExact(a, b), Math.addExact(c, d));
        if (total == 0) {
            throw new IllegalArgumentException("a 2×2 table needs at least one count");
        }
        return new HypergeometricDistribution(null, total, a + c, a + b);
    }
}
