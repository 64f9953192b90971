package org.redress.app.web.background;

import java.util.concurrent.atomic.AtomicLong;

/**
 * How far one piece of long work has come, written by its threads and read by any request: items done of items in
 * all (files of an ingest, documents of a screening), pages, pages read by OCR and failures so far. The rate is in
 * pages a second when the work counts pages, else in items; the time left is the time so far per item done, times
 * the items still to do, as the command line's progress bar reckons it.
 */
public final class Progress {
    private final long startNanos = System.nanoTime();
    private final AtomicLong total = new AtomicLong(-1);
    private final AtomicLong done = new AtomicLong();
    private final AtomicLong pages = new AtomicLong();
    private final AtomicLong ocrPages = new AtomicLong();
    private final AtomicLong failures = new AtomicLong();
    private volatile long endNanos;
    private volatile Stage stage = new Stage(null, 0, -1);

    /**
     * The step after the items themselves (an ingest's screening, marking, comparing), with its documents done of
     * {@code total} (-1 when not known ahead); {@code name} null while the items are still being worked through.
     */
    public record Stage(String name, long done, long total) {}

    /** What the meter reads at one moment; {@code total} is -1 until known, {@code secondsLeft} -1 when unknown. */
    public record Reading(
            long total,
            long done,
            long pages,
            long ocrPages,
            long failures,
            double seconds,
            double rate,
            long secondsLeft,
            Stage stage) {}

    public void total(long n) {
        total.set(n);
    }

    public void done(long n) {
        done.set(n);
    }

    public void counts(long pagesSoFar, long ocrPagesSoFar, long failuresSoFar) {
        pages.set(pagesSoFar);
        ocrPages.set(ocrPagesSoFar);
        failures.set(failuresSoFar);
    }

    /** The work has moved on to {@code name}, with {@code done} of {@code total} of its documents. */
    public void stage(String name, long done, long total) {
        stage = new Stage(name, done, total);
    }

    /** Stops the clock: the elapsed time of finished work no longer grows. */
    void stop() {
        endNanos = System.nanoTime();
    }

    public Reading read() {
        long end = endNanos == 0 ? System.nanoTime() : endNanos;
        double seconds = Math.max(0.001, (end - startNanos) / 1e9);
        long t = total.get();
        long d = done.get();
        long p = pages.get();
        double rate = (p > 0 ? p : d) / seconds;
        long left = t < 0 || d == 0 ? -1 : Math.round(seconds / d * Math.max(0, t - d));
        return new Reading(t, d, p, ocrPages.get(), failures.get(), seconds, rate, left, stage);
    }

    /** A duration as people read it: "1 h 05 min", "3 min 07 s", "12 s". */
    public static String plain(long seconds) {
        return org.redress.core.PlainDuration.of(seconds);
    }
}
