package org.redress.app.wiring;

import java.time.Duration;
import org.redress.store.postgres.FileQueue;

/**
 * Where a team server's workers stand on a case's files, from any machine: how many wait, are being read, were read
 * and could not be read, and, from the files finished over the last {@link #PACE_WINDOW}, their pace and the time
 * left.
 */
public record Workers(FileQueue.Counts counts, FileQueue.Pace pace) {
    public static final Duration PACE_WINDOW = Duration.ofMinutes(10);

    /** Files waiting or being read. */
    public long remaining() {
        return counts.queued() + counts.running();
    }

    public boolean busy() {
        return remaining() > 0;
    }

    /** The time the remaining files take at the recent pace: 0 when none remains, -1 while it cannot be said. */
    public long secondsLeft() {
        return pace.secondsLeft(remaining());
    }
}
