package org.redress.analysis.deadline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Properties of the count, checked for every received day 2010-2035 on every shipped calendar. */
class DayCountInvariantsTest {

    private final LawLibrary library = LawLibrary.builtIn();

    @Test
    void businessDayCountLandsOnTheNthWorkingDay() {
        for (HolidayCalendar cal : library.calendars()) {
            for (LocalDate r = LocalDate.of(2010, 1, 1); r.getYear() <= 2035; r = r.plusDays(1)) {
                DayCount c = DayCount.count(r, 5, CountingDays.BUSINESS, false, cal, List.of());
                assertThat(cal.isWorkingDay(c.due())).as("%s %s", cal.id(), r).isTrue();
                int working = 0;
                for (LocalDate d = r.plusDays(1); !d.isAfter(c.due()); d = d.plusDays(1))
                    if (cal.isWorkingDay(d)) working++;
                assertThat(working).as("%s %s", cal.id(), r).isEqualTo(5);
                // every weekday holiday in the period is reported, and nothing else
                long weekdayHolidays = cal.holidaysBetween(r.plusDays(1), c.due()).stream()
                        .filter(h -> !HolidayCalendar.isWeekend(h.date()))
                        .map(Holiday::date)
                        .distinct()
                        .count();
                assertThat(c.skipped().stream().map(Holiday::date).distinct().count())
                        .isEqualTo(weekdayHolidays);
            }
        }
    }

    @Test
    void tollingNeverMakesADeadlineEarlierAndMovedCalendarDeadlinesEndOnWorkingDays() {
        HolidayCalendar cal = library.requireCalendar("us-ca");
        for (LocalDate r = LocalDate.of(2010, 1, 1); r.getYear() <= 2035; r = r.plusDays(1)) {
            DayCount plain = DayCount.count(r, 10, CountingDays.CALENDAR, true, cal, List.of());
            assertThat(cal.isWorkingDay(plain.due())).isTrue();
            assertThat(plain.due()).isBetween(r.plusDays(10), r.plusDays(14));
            DayCount tolled = DayCount.count(
                    r, 10, CountingDays.CALENDAR, true, cal, List.of(new Tolling(r.plusDays(2), r.plusDays(4))));
            assertThat(tolled.due()).isAfterOrEqualTo(plain.due());
            assertThat(tolled.due()).isAfterOrEqualTo(r.plusDays(13)); // 10 counted days plus 3 tolled
            assertThat(tolled.tolledDays()).isEqualTo(3);
        }
    }

    @Test
    void everyHolidayRuleCitesItsStatute() {
        for (HolidayCalendar cal : library.calendars()) {
            assertThat(cal.holidays()).allSatisfy(h -> assertThat(h.statute()).isNotBlank());
        }
        for (Law law : library.laws()) {
            for (LawVersion v : law.versions()) {
                assertThat(v.citation()).isNotBlank();
                assertThat(v.initialResponse().citation()).isNotBlank();
            }
        }
    }
}
