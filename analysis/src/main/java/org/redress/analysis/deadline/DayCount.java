package org.redress.analysis.deadline;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Counts statutory days. The start day (receipt, determination) is day 0 and day 1 is the next counting
 * day: the day of the event is excluded and the last day included, as in 1 U.S.C. (and e.g. RCW 1.12.040,
 * C.R.S. 2-4-108, Cal. Civ. Proc. Code § 12). Tolled days are never counted.
 *
 * @param skipped     weekday holidays passed over: within the period for business days; for calendar days,
 *                    those the last day was moved over
 * @param tolledDays  days not counted because the clock was stopped
 */
public record DayCount(
        LocalDate start, LocalDate due, int days, CountingDays counting, List<Holiday> skipped, int tolledDays) {

    public static DayCount count(
            LocalDate start,
            int days,
            CountingDays counting,
            boolean endsOnWorkingDay,
            HolidayCalendar calendar,
            List<Tolling> tolled) {
        List<Holiday> skipped = new ArrayList<>();
        int tolledDays = 0;
        int counted = 0;
        LocalDate day = start;
        while (counted < days) {
            day = day.plusDays(1);
            if (isTolled(day, tolled)) {
                tolledDays++;
                continue;
            }
            if (counting == CountingDays.BUSINESS && !calendar.isWorkingDay(day)) {
                noteHoliday(day, calendar, skipped);
                continue;
            }
            counted++;
        }
        if (counting == CountingDays.CALENDAR && endsOnWorkingDay) {
            // the statute moves a last day that is not a working day; a tolled day cannot be the last day either
            while (!calendar.isWorkingDay(day) || isTolled(day, tolled)) {
                noteHoliday(day, calendar, skipped);
                day = day.plusDays(1);
            }
        }
        return new DayCount(start, day, days, counting, List.copyOf(skipped), tolledDays);
    }

    /** Only a holiday on a weekday cost a day: one left on a Saturday (no Saturday rule) is not reported. */
    private static void noteHoliday(LocalDate day, HolidayCalendar calendar, List<Holiday> skipped) {
        if (!HolidayCalendar.isWeekend(day)) calendar.holidayOn(day).ifPresent(skipped::add);
    }

    private static boolean isTolled(LocalDate day, List<Tolling> tolled) {
        for (Tolling t : tolled) if (t.contains(day)) return true;
        return false;
    }
}
