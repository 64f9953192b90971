package org.redress.analysis.deadline;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The days a public body is closed: Saturdays, Sundays and the holidays its statutes name.
 * Rules carrying an {@code option} (e.g. Inauguration Day, only for DC-area offices) apply only
 * in a calendar obtained through {@link #withOptions(Set)}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record HolidayCalendar(
        String id, String name, String citation, String note, List<HolidayRule> holidays, Set<String> enabledOptions) {

    private static final Comparator<Holiday> BY_DATE =
            Comparator.comparing(Holiday::date).thenComparing(Holiday::name);

    public HolidayCalendar {
        Objects.requireNonNull(id, "calendar id");
        holidays = holidays == null ? List.of() : List.copyOf(holidays);
        enabledOptions = enabledOptions == null ? Set.of() : Set.copyOf(enabledOptions);
    }

    /** The options this calendar's data offers (e.g. "inauguration-dc"). */
    public Set<String> availableOptions() {
        Set<String> out = new TreeSet<>();
        for (HolidayRule r : holidays) if (r.option() != null) out.add(r.option());
        return out;
    }

    /** The same calendar with these optional holidays switched on; unknown options are an error. */
    public HolidayCalendar withOptions(Set<String> options) {
        Set<String> unknown = new TreeSet<>(options);
        unknown.removeAll(availableOptions());
        if (!unknown.isEmpty()) {
            throw new DeadlineInputException(
                    "calendar " + id + " has no option " + unknown + "; available: " + availableOptions());
        }
        return new HolidayCalendar(id, name, citation, note, holidays, options);
    }

    private boolean active(HolidayRule r) {
        return r.option() == null || enabledOptions.contains(r.option());
    }

    /** Every holiday whose actual date lies in {@code year} (its observed day may be in the year before or after). */
    public List<Holiday> occurrencesIn(int year) {
        List<Holiday> out = new ArrayList<>();
        for (HolidayRule r : holidays) if (active(r)) r.occurrence(year).ifPresent(out::add);
        out.sort(BY_DATE);
        return out;
    }

    /** Holidays whose observed day lies in [from, to]. */
    public List<Holiday> holidaysBetween(LocalDate from, LocalDate to) {
        List<Holiday> out = new ArrayList<>();
        // a year's holiday can be observed in the neighbouring year (1 Jan on a Saturday -> 31 Dec)
        for (int y = from.getYear() - 1; y <= to.getYear() + 1; y++) {
            for (Holiday h : occurrencesIn(y)) {
                if (!h.date().isBefore(from) && !h.date().isAfter(to)) out.add(h);
            }
        }
        out.sort(BY_DATE);
        return out;
    }

    /** The holiday observed on {@code date}, if any (the first by name when two coincide). */
    public Optional<Holiday> holidayOn(LocalDate date) {
        return holidaysBetween(date, date).stream().findFirst();
    }

    public static boolean isWeekend(LocalDate date) {
        DayOfWeek d = date.getDayOfWeek();
        return d == DayOfWeek.SATURDAY || d == DayOfWeek.SUNDAY;
    }

    public boolean isWorkingDay(LocalDate date) {
        return !isWeekend(date) && holidayOn(date).isEmpty();
    }
}
