package org.redress.bench;

import java.util.Arrays;
import java.util.Collection;

/** Response times in milliseconds, sorted once, with nearest-rank percentiles (p50 of 1..100 is 50, p95 is 95). */
final class Latencies {
    private final double[] sortedMs;

    Latencies(double[] ms) {
        this.sortedMs = ms.clone();
        Arrays.sort(sortedMs);
    }

    static Latencies of(Collection<Double> ms) {
        return new Latencies(ms.stream().mapToDouble(Double::doubleValue).toArray());
    }

    int count() {
        return sortedMs.length;
    }

    /** The q-th percentile (0 < q <= 100), nearest rank; NaN when there is no value. */
    double percentile(double q) {
        if (q <= 0 || q > 100) throw new IllegalArgumentException("a percentile is above 0 and at most 100: " + q);
        return Machine.percentile(sortedMs, q);
    }

    double max() {
        return sortedMs.length == 0 ? Double.NaN : sortedMs[sortedMs.length - 1];
    }

    double mean() {
        return Arrays.stream(sortedMs).average().orElse(Double.NaN);
    }
}
