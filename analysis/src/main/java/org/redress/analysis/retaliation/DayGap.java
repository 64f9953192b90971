package org.redress.analysis.retaliation;

import java.time.temporal.ChronoUnit;
import org.redress.core.chronology.EventDate;

/**
 * Days from an earlier event to a later one, as a range when either date is imprecise: {@code min} is
 * the shortest possible gap (never below 0) and {@code max} the longest, null when one date is open-ended
 * (e.g. "before 2017-03-17"), meaning no upper bound.
 */
record DayGap(long min, Long max) {

    static DayGap between(EventDate earlier, EventDate later) {
        long min = 0;
        if (earlier.latest().isPresent() && later.earliest().isPresent()) {
            min = Math.max(
                    0,
                    ChronoUnit.DAYS.between(
                            earlier.latest().get(), later.earliest().get()));
        }
        Long max = null;
        if (earlier.earliest().isPresent() && later.latest().isPresent()) {
            max = Math.max(
                    min,
                    ChronoUnit.DAYS.between(
                            earlier.earliest().get(), later.latest().get()));
        }
        return new DayGap(min, max);
    }
}
