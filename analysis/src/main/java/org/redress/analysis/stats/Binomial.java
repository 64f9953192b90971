package org.redress.analysis.stats;

import org.apache.commons.math3.distribution.BinomialDistribution;

/**
 * Exact binomial tests of k events in n trials against a known probability p, as R's {@code binom.test}.
 * Tails are summed from the probability mass function (never 1 − the other tail), so tiny p-values keep
 * their precision.
 */
public final class Binomial {

    /** R's tolerance for "no more likely than the observed outcome" (binom.test, fisher.test). */
    static final double RELATIVE_TOLERANCE = 1 + 1e-7;

    private Binomial() {}

    /** P(X ≥ k): the one-sided p-value when the alternative is "more events than p predicts". */
    public static double upperTail(int k, int n, double p) {
        check(k, n);
        checkProbability(p);
        if (k == 0) {
            return 1; // exact, where the sum would round to 0.9999999999999999
        }
        BinomialDistribution dist = new BinomialDistribution(null, n, p);
        double sum = 0;
        for (int i = n; i >= k; i--) { // smallest terms first
            sum += dist.probability(i);
        }
        return Math.min(1, sum);
    }

    /** P(X ≤ k): the one-sided p-value when the alternative is "fewer events than p predicts". */
    public static double lowerTail(int k, int n, double p) {
        check(k, n);
        checkProbability(p);
        if (k == n) {
            return 1;
        }
        BinomialDistribution dist = new BinomialDistribution(null, n, p);
        double sum = 0;
        for (int i = 0; i <= k; i++) {
            sum += dist.probability(i);
        }
        return Math.min(1, sum);
    }

    /**
     * Two-sided p-value: the total probability of all outcomes no more likely than the observed one
     * (with R's relative tolerance 1e-7, so that outcomes equally likely up to rounding are included).
     */
    public static double twoSided(int k, int n, double p) {
        check(k, n);
        checkProbability(p);
        if (k == n * p) {
            return 1;
        }
        BinomialDistribution dist = new BinomialDistribution(null, n, p);
        double observed = dist.probability(k) * RELATIVE_TOLERANCE;
        double sum = 0;
        for (int i = 0; i <= n; i++) {
            double d = dist.probability(i);
            if (d <= observed) {
                sum += d;
            }
        }
        return Math.min(1, sum);
    }

    /**
     * Observed minus expected in units of the binomial standard deviation, (k − np) / √(np(1−p)): the measure
     * of Castaneda v. Partida, 430 U.S. 482, 496 n.17 (1977) and Hazelwood School District v. United States,
     * 433 U.S. 299, 308 n.14 (1977). Negative when fewer events than expected.
     */
    public static double standardDeviations(int k, int n, double p) {
        check(k, n);
        if (!(p > 0 && p < 1)) {
            throw new IllegalArgumentException(
                    "standard deviations need a benchmark rate strictly between 0 and 1, was " + p);
        }
        if (n == 0) {
            throw new IllegalArgumentException("standard deviations need a group of at least one");
        }
        return (k - n * p) / Math.sqrt(n * p * (1 - p));
    }

    static void check(int k, int n) {
        if (n < 0 || k < 0 || k > n) {
            throw new IllegalArgumentException("need 0 ≤ events ≤ size, got " + k + " events among " + n);
        }
    }

    static void checkProbability(double p) {
        if (!(p >= 0 && p <= 1)) {
            throw new IllegalArgumentException("a rate must be between 0 and 1, was " + p);
        }
    }
}
