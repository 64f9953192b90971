package org.redress.analysis.stats;

/** A closed interval [low, high]; {@code high} may be {@link Double#POSITIVE_INFINITY}. */
public record Interval(double low, double high) {

    public Interval {
        if (Double.isNaN(low) || Double.isNaN(high) || low > high) {
            throw new IllegalArgumentException("not an interval: [" + low + ", " + high + "]");
        }
    }

    public boolean contains(double x) {
        return low <= x && x <= high;
    }

    /** Both ends multiplied by a positive factor, e.g. to turn a rate interval into a ratio interval. */
    public Interval scaledBy(double factor) {
        return new Interval(low * factor, high * factor);
    }
}
