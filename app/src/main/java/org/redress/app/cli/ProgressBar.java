package org.redress.app.cli;

import java.io.PrintStream;
import org.redress.application.entities.EntityRecognition;
import org.redress.ingest.pipeline.IngestListener;

/** A one-line progress bar on the terminal: files, pages, rate and time left (or pages alone: {@link #pages}). */
final class ProgressBar implements IngestListener, AutoCloseable {
    private static final int WIDTH = 30;
    private final PrintStream out;
    private final long start = System.nanoTime();
    private volatile long total;
    private volatile boolean pagesOnly;

    ProgressBar(PrintStream out) {
        this.out = out;
    }

    @Override
    public void started(long files) {
        total = files;
        draw(0, 0);
    }

    @Override
    public synchronized void fileFinished(String path, long pagesSoFar, long filesDone) {
        draw(filesDone, pagesSoFar);
    }

    /** After the files: the analysis under way and its documents, on the same line. */
    @Override
    public synchronized void analysing(String stage, long done, long total) {
        String of = total >= 0 ? done + "/" + total : Long.toString(done);
        out.printf(
                "\r%-" + (WIDTH + 2) + "s %s %s documents%s", "[" + "#".repeat(WIDTH) + "]", stage, of, " ".repeat(20));
        out.flush();
    }

    /** The same bar counting pages, for a stage that reads pages (the named entities). */
    EntityRecognition.Listener pages() {
        pagesOnly = true;
        return new EntityRecognition.Listener() {
            @Override
            public void started(long pages) {
                ProgressBar.this.started(pages);
            }

            @Override
            public void pageDone(long done, long all) {
                synchronized (ProgressBar.this) {
                    total = all;
                    draw(done, done);
                }
            }
        };
    }

    private void draw(long done, long pages) {
        double seconds = Math.max(0.001, (System.nanoTime() - start) / 1e9);
        double fraction = total == 0 ? 1 : (double) done / total;
        int filled = (int) Math.round(fraction * WIDTH);
        double rate = pages / seconds;
        String left = done == 0 ? "?" : formatSeconds(seconds / done * (total - done));
        String bar = "#".repeat(filled) + " ".repeat(WIDTH - filled);
        if (pagesOnly) out.printf("\r[%s] %d/%d pages  %.1f pages/s  %s left   ", bar, done, total, rate, left);
        else out.printf("\r[%s] %d/%d files  %d pages  %.1f pages/s  %s left   ", bar, done, total, pages, rate, left);
        out.flush();
    }

    private static String formatSeconds(double s) {
        long t = Math.round(s);
        return t >= 3600 ? String.format("%dh%02dm", t / 3600, t / 60 % 60) : String.format("%dm%02ds", t / 60, t % 60);
    }

    @Override
    public void close() {
        out.println();
    }
}
