package org.redress.app.json;

import org.redress.store.postgres.FileQueue;

/**
 * A team server's workers on the case's files, the same in {@code redress status --json}, {@code GET /api/v1/status}
 * and {@code GET /api/v1/ingest/progress}.
 *
 * @param queued           files waiting for a worker (a lease that expired waits again)
 * @param running          files a worker is reading now
 * @param done             files finished: read into the case, or listed among its failures with the reason (a
 *                         broken file, as an inline ingest lists it)
 * @param failed           files given up: the pipeline could not finish them, or they stopped every worker that
 *                         read them
 * @param finishedRecently files done or failed over the last ten minutes, which the pace is measured on
 * @param filesPerMinute   the workers' pace over those minutes, from the first moment a file finished in them (0
 *                         until files have finished at two moments)
 * @param secondsLeft      the time the queued and running files take at that pace; 0 when none remains, -1 while
 *                         it cannot be said
 */
public record WorkersJson(
        long queued,
        long running,
        long done,
        long failed,
        long finishedRecently,
        double filesPerMinute,
        long secondsLeft) {

    public static WorkersJson of(FileQueue.Counts counts, FileQueue.Pace pace) {
        return new WorkersJson(
                counts.queued(),
                counts.running(),
                counts.done(),
                counts.failed(),
                pace.finished(),
                Math.round(pace.filesPerMinute() * 10) / 10.0,
                pace.secondsLeft(counts.queued() + counts.running()));
    }

    public boolean busy() {
        return queued + running > 0;
    }
}
