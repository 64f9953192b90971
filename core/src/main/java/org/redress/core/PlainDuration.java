package org.redress.core;

import java.time.Duration;

/** A length of time as people read it on a progress line: "2 h 05 min", "3 min 07 s", "12 s", or "?" unknown. */
public final class PlainDuration {
    private PlainDuration() {}

    public static String of(long seconds) {
        if (seconds < 0) return "?";
        Duration d = Duration.ofSeconds(seconds);
        if (d.toHours() > 0) return String.format("%d h %02d min", d.toHours(), d.toMinutesPart());
        if (d.toMinutes() > 0) return String.format("%d min %02d s", d.toMinutes(), d.toSecondsPart());
        return d.getSeconds() + " s";
    }
}
