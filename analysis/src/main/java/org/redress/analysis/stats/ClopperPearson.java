package org.redress.analysis.stats;

import org.apache.commons.math3.special.Beta;

/**
 * The exact (Clopper–Pearson, 1934) confidence interval for a binomial proportion: the set of p for which
 * neither one-sided binomial test rejects at (1 − confidence)/2. Its ends are beta quantiles,
 * lower = B⁻¹(α/2; k, n−k+1) and upper = B⁻¹(1−α/2; k+1, n−k), the same as R's {@code binom.test}.
 * Courts favour it because it never covers less than its nominal level.
 */
public final class ClopperPearson {

    private ClopperPearson() {}

    public static Interval interval(int k, int n, double confidence) {
        Binomial.check(k, n);
        if (!(confidence > 0 && confidence < 1)) {
            throw new IllegalArgumentException("confidence must be between 0 and 1, was " + confidence);
        }
        if (n == 0) {
            throw new IllegalArgumentException("a proportion needs at least one trial (n was 0)");
        }
        double alpha = 1 - confidence;
        // k = 0 and k = n have closed forms; using them avoids solving against a degenerate beta.
        double low = k == 0 ? 0 : inverseRegularizedBeta(alpha / 2, k, n - k + 1.0);
        double high = k == n ? 1 : inverseRegularizedBeta(1 - alpha / 2, k + 1.0, n - k);
        return new Interval(low, high);
    }

    /** 95% interval. */
    public static Interval interval95(int k, int n) {
        return interval(k, n, 0.95);
    }

    /**
     * x with I_x(a, b) = target, by bisection to the last representable double. I_x is increasing in x,
     * so bisection cannot fail; commons-math's own inverse stops at an absolute 1e-9, too coarse for
     * small proportions.
     */
    static double inverseRegularizedBeta(double target, double a, double b) {
        double lo = 0;
        double hi = 1;
        for (int i = 0; i < 2000; i++) {
            double mid = lo + (hi - lo) / 2;
            if (mid <= lo || mid >= hi) {
                break;
            }
            if (Beta.regularizedBeta(mid, a, b, 1e-15, Integer.MAX_VALUE) < target) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        return lo + (hi - lo) / 2;
    }
}
