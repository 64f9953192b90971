package org.redress.analysis.deadline;

import java.time.DayOfWeek;
import java.time.LocalDate;

/** Which weekday a holiday falling on a weekend is observed on. */
public enum ObservedRule {
    /** Observed on the day itself, even on a weekend. */
    NONE,
    /** 5 U.S.C. 6103(b) and most state laws: Saturday moves to the Friday before, Sunday to the Monday after. */
    SATURDAY_TO_FRIDAY_SUNDAY_TO_MONDAY,
    /** Only Sunday moves (to Monday); a Saturday holiday is lost (e.g. Inauguration Day, 5 U.S.C. 6103(c)). */
    SUNDAY_TO_MONDAY;

    LocalDate observe(LocalDate actual) {
        DayOfWeek dow = actual.getDayOfWeek();
        return switch (this) {
            case NONE -> actual;
            case SATURDAY_TO_FRIDAY_SUNDAY_TO_MONDAY ->
                dow == DayOfWeek.SATURDAY ? actual.minusDays(1) : dow == DayOfWeek.SUNDAY ? actual.plusDays(1) : actual;
            case SUNDAY_TO_MONDAY -> dow == DayOfWeek.SUNDAY ? actual.plusDays(1) : actual;
        };
    }
}
