package org.redress.analysis.deadline;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.Objects;
import java.util.Optional;

/**
 * How one holiday falls in a year, as the statute that creates it says.
 *
 * @param name      the holiday's name in the statute
 * @param statute   the provision that makes it a holiday
 * @param kind      FIXED (month/day), NTH_WEEKDAY (nth weekday of month) or LAST_WEEKDAY (last weekday of month)
 * @param fromYear  first year in force (inclusive), null for no limit
 * @param toYear    last year in force (inclusive), null for no limit
 * @param every     in force only every n years counted from fromYear (Inauguration Day: 4); null or 1 for yearly
 * @param offsetDays days added after the rule's day is found ("Tuesday after the first Monday": NTH_WEEKDAY
 *                  Monday 1 with offset 1; "day after Thanksgiving": 4th Thursday with offset 1)
 * @param observed  weekend rule; null means NONE
 * @param option    if set, the holiday applies only when the caller enables this calendar option
 * @param note      free text: doubts, sources, history
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record HolidayRule(
        String name,
        String statute,
        Kind kind,
        Integer month,
        Integer day,
        DayOfWeek weekday,
        Integer nth,
        Integer offsetDays,
        Integer fromYear,
        Integer toYear,
        Integer every,
        ObservedRule observed,
        String option,
        String note) {

    public enum Kind {
        FIXED,
        NTH_WEEKDAY,
        LAST_WEEKDAY
    }

    public HolidayRule {
        Objects.requireNonNull(name, "holiday name");
        Objects.requireNonNull(kind, () -> "kind of holiday " + name);
        Objects.requireNonNull(month, () -> "month of holiday " + name);
        if (kind == Kind.FIXED && day == null) throw new IllegalArgumentException("FIXED holiday needs day: " + name);
        if (kind != Kind.FIXED && weekday == null)
            throw new IllegalArgumentException(kind + " holiday needs weekday: " + name);
        if (kind == Kind.NTH_WEEKDAY && (nth == null || nth < 1 || nth > 5))
            throw new IllegalArgumentException("NTH_WEEKDAY holiday needs nth 1..5: " + name);
        if (every != null && every > 1 && fromYear == null)
            throw new IllegalArgumentException("'every' needs fromYear: " + name);
        if (observed == null) observed = ObservedRule.NONE;
    }

    public boolean appliesIn(int year) {
        if (fromYear != null && year < fromYear) return false;
        if (toYear != null && year > toYear) return false;
        return every == null || every <= 1 || (year - fromYear) % every == 0;
    }

    /** The occurrence in {@code year}, or empty when the rule is not in force that year. */
    public Optional<Holiday> occurrence(int year) {
        if (!appliesIn(year)) return Optional.empty();
        LocalDate first = LocalDate.of(year, month, 1);
        LocalDate actual = switch (kind) {
            case FIXED -> LocalDate.of(year, month, day);
            case NTH_WEEKDAY -> first.with(TemporalAdjusters.dayOfWeekInMonth(nth, weekday));
            case LAST_WEEKDAY -> first.with(TemporalAdjusters.lastInMonth(weekday));
        };
        if (actual.getMonthValue() != month) return Optional.empty(); // a 5th weekday that does not exist
        if (offsetDays != null) actual = actual.plusDays(offsetDays);
        return Optional.of(new Holiday(observed.observe(actual), actual, name, statute));
    }
}
