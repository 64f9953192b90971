package org.redress.app.cli;

import java.util.Locale;
import org.redress.app.wiring.Workers;
import org.redress.core.Count;
import org.redress.core.PlainDuration;

/** The plain-language line of where a team server's workers stand on a case's files. */
final class WorkersReport {
    private WorkersReport() {}

    static String plain(Workers w) {
        String waiting = Count.of(w.counts().queued(), "file", "files") + " queued for the workers, "
                + w.counts().running() + " being read now";
        long minutes = Workers.PACE_WINDOW.toMinutes();
        if (w.pace().finished() == 0) return waiting + "; none finished in the last " + minutes + " minutes.";
        String pace = w.pace().paced() == 0
                ? String.format(
                        Locale.ROOT,
                        "; %d finished in the last %d minutes",
                        w.pace().finished(),
                        minutes)
                : String.format(
                        Locale.ROOT,
                        "; %d finished in the last %d minutes (%.1f a minute)",
                        w.pace().finished(),
                        minutes,
                        w.pace().filesPerMinute());
        long left = w.secondsLeft();
        return waiting + pace + (left < 0 ? "." : ": about " + PlainDuration.of(left) + " left.");
    }
}
