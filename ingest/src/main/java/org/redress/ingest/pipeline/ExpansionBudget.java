package org.redress.ingest.pipeline;

/**
 * How many bytes everything inside one input file may expand to, all levels together. A zip
 * bomb (a few kilobytes that unpack to petabytes, or to a million nested archives) stops at the
 * allowance and is recorded as such, instead of filling the disk.
 */
final class ExpansionBudget {
    /** A container may unpack to this many times its own size, and at least this many bytes. */
    static final long RATIO = 100;

    static final long FLOOR = 512L << 20;
    private long remaining;

    ExpansionBudget(long total) {
        this.remaining = total;
    }

    synchronized long allowanceFor(long containerSize) {
        long perContainer =
                Math.max(FLOOR, containerSize > Long.MAX_VALUE / RATIO ? Long.MAX_VALUE : containerSize * RATIO);
        return Math.max(0, Math.min(perContainer, remaining));
    }

    synchronized void spend(long bytes) {
        remaining -= bytes;
    }
}
