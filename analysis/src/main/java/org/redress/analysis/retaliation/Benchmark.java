package org.redress.analysis.retaliation;

import java.util.Objects;

/**
 * The comparison for a rate analysis: similarly situated people, given as counts (size and how many of them
 * had the adverse action) or as a published rate. Counts allow Fisher's exact test; a rate alone does not.
 * {@code size} and {@code events} are null for a rate.
 */
public record Benchmark(String name, Integer size, Integer events, double rate) {

    public Benchmark {
        Objects.requireNonNull(name, "name");
    }

    public static Benchmark counts(String name, int size, int events) {
        if (size < 1) {
            throw new org.redress.core.UserMistake(
                    "the benchmark '" + name + "' needs at least one person, was " + size);
        }
        if (events < 0 || events > size) {
            throw new org.redress.core.UserMistake("the benchmark '" + name + "' has " + events + " events among "
                    + size + " people; it needs between 0 and " + size);
        }
        return new Benchmark(name, size, events, (double) events / size);
    }

    /**
     * A published rate strictly between 0 and 1. A rate of 0 or 1 would make every ratio infinite or
     * undefined and every binomial test degenerate, so it is refused; give counts instead.
     */
    public static Benchmark rate(String name, double rate) {
        if (!(rate > 0 && rate < 1)) {
            throw new org.redress.core.UserMistake("the benchmark rate for '" + name
                    + "' must be strictly between 0 and 1"
                    + " (was " + rate + "): a rate of 0 or 1 makes the rate ratio and the binomial test meaningless;"
                    + " give the benchmark as counts (people and events) so that Fisher's exact test can be used");
        }
        return new Benchmark(name, null, null, rate);
    }

    public boolean hasCounts() {
        return size != null;
    }
}
