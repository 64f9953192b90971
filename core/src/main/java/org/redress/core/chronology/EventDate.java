package org.redress.core.chronology;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Month;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A date as a lawyer can state it from the evidence: on a day (optionally at a time), in a month,
 * in a year, around a day, before or after a day, or between two days.
 *
 * <p>Canonical texts (also the only accepted input, see {@link #parse}):
 * {@code 2017-03-17}, {@code 2017-03-17T17:00}, {@code 2017-03}, {@code 2017}, {@code ~2017-03-17},
 * {@code <2017-03-17}, {@code >2017-03-17}, {@code 2017-03-15..2017-03-20}.
 *
 * <p>Bounds: {@link #earliest()} and {@link #latest()} are the first and last day the event can have
 * happened, both inclusive. "Before" and "after" are strict and open on one side: {@code <2017-03-17}
 * has no earliest day (empty) and its latest day is 2017-03-16; {@code >2017-03-17} starts 2017-03-18
 * and has no latest day. "Around" a day is taken as {@value #AROUND_TOLERANCE_DAYS} days either side,
 * so that an analysis never treats a remembered date as exact.
 *
 * <p>Order ({@link #compareTo}, {@link #sortKey()}): by the day the date is pinned to (its day; the
 * nominal day of "around"; the first day of a month, year, range or "after"; the last possible day of a
 * "before"), then by time where known (a day without a time sorts before timed events that day),
 * then coarser precision first, then canonical text. Equal texts are equal dates.
 */
public final class EventDate implements Comparable<EventDate> {

    /** How precisely the date is known. */
    public enum Precision {
        YEAR,
        MONTH,
        BETWEEN,
        BEFORE,
        AROUND,
        DAY,
        AFTER
    }

    /** Days either side of the named day that "around" ({@code ~}) covers. */
    public static final int AROUND_TOLERANCE_DAYS = 3;

    private static final LocalDate FIRST_DAY = LocalDate.of(1, 1, 1);
    private static final LocalDate LAST_DAY = LocalDate.of(9999, 12, 31);
    private static final String FORMS = "use one of 2017-03-17, 2017-03-17T17:00, 2017-03, 2017, "
            + "~2017-03-17 (around), <2017-03-17 (before), >2017-03-17 (after), 2017-03-15..2017-03-20 (between)";
    private static final Pattern DAY = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");
    private static final Pattern DAY_TIME = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})T(\\d{2}):(\\d{2})");
    private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{2})");
    private static final Pattern YEAR = Pattern.compile("(\\d{4})");

    private final Precision precision;
    private final LocalDate earliest; // null = unbounded
    private final LocalDate latest; // null = unbounded
    private final LocalDate anchor;
    private final LocalTime time; // only for DAY
    private final String text;

    private EventDate(
            Precision precision, LocalDate earliest, LocalDate latest, LocalDate anchor, LocalTime time, String text) {
        this.precision = precision;
        this.earliest = earliest;
        this.latest = latest;
        this.anchor = anchor;
        this.time = time;
        this.text = text;
    }

    public static EventDate onDay(LocalDate day) {
        return new EventDate(Precision.DAY, day, day, day, null, day.toString());
    }

    public static EventDate onDayAt(LocalDate day, LocalTime time) {
        LocalTime minutes = time.withSecond(0).withNano(0);
        return new EventDate(Precision.DAY, day, day, day, minutes, day + "T" + minutes);
    }

    public static EventDate inMonth(YearMonth month) {
        return new EventDate(
                Precision.MONTH, month.atDay(1), month.atEndOfMonth(), month.atDay(1), null, month.toString());
    }

    public static EventDate inYear(int year) {
        LocalDate first = LocalDate.of(year, 1, 1);
        return new EventDate(
                Precision.YEAR, first, LocalDate.of(year, 12, 31), first, null, String.format("%04d", year));
    }

    public static EventDate around(LocalDate day) {
        return new EventDate(
                Precision.AROUND,
                clamp(day.minusDays(AROUND_TOLERANCE_DAYS)),
                clamp(day.plusDays(AROUND_TOLERANCE_DAYS)),
                day,
                null,
                "~" + day);
    }

    /** Strictly before {@code day}: the last possible day is the day before. */
    public static EventDate before(LocalDate day) {
        return new EventDate(Precision.BEFORE, null, day.minusDays(1), day.minusDays(1), null, "<" + day);
    }

    /** Strictly after {@code day}: the first possible day is the day after. */
    public static EventDate after(LocalDate day) {
        return new EventDate(Precision.AFTER, day.plusDays(1), null, day.plusDays(1), null, ">" + day);
    }

    public static EventDate between(LocalDate first, LocalDate last) {
        if (!first.isBefore(last)) {
            throw new InvalidEventDateException("'" + first + ".." + last + "' is not a date range: "
                    + (first.equals(last)
                            ? "both ends are the same day, write just " + first
                            : "it ends (" + last + ") before it starts (" + first + ")"));
        }
        return new EventDate(Precision.BETWEEN, first, last, first, null, first + ".." + last);
    }

    /**
     * Reads one of the canonical forms. Surrounding spaces are ignored.
     *
     * @throws InvalidEventDateException with a message that quotes the value and says what is wrong
     */
    public static EventDate parse(String value) {
        if (value == null || value.isBlank()) {
            throw new InvalidEventDateException("no date given: " + FORMS);
        }
        String v = value.strip();
        if (v.startsWith("~")) {
            return around(day(v, v.substring(1)));
        }
        if (v.startsWith("<")) {
            return before(day(v, v.substring(1)));
        }
        if (v.startsWith(">")) {
            return after(day(v, v.substring(1)));
        }
        int dots = v.indexOf("..");
        if (dots >= 0) {
            LocalDate first = day(v, v.substring(0, dots));
            LocalDate last = day(v, v.substring(dots + 2));
            return between(first, last);
        }
        Matcher m = DAY_TIME.matcher(v);
        if (m.matches()) {
            LocalDate day = checkedDay(v, m.group(1), m.group(2), m.group(3));
            int hour = Integer.parseInt(m.group(4));
            int minute = Integer.parseInt(m.group(5));
            if (hour > 23) {
                throw invalid(v, "hour " + hour + " does not exist (hours run from 00 to 23)");
            }
            if (minute > 59) {
                throw invalid(v, "minute " + minute + " does not exist (minutes run from 00 to 59)");
            }
            return onDayAt(day, LocalTime.of(hour, minute));
        }
        if (DAY.matcher(v).matches()) {
            return onDay(day(v, v));
        }
        m = MONTH.matcher(v);
        if (m.matches()) {
            int year = year(v, m.group(1));
            int month = Integer.parseInt(m.group(2));
            checkMonth(v, month);
            return inMonth(YearMonth.of(year, month));
        }
        m = YEAR.matcher(v);
        if (m.matches()) {
            return inYear(year(v, m.group(1)));
        }
        throw invalid(v, FORMS);
    }

    private static LocalDate day(String whole, String part) {
        Matcher m = DAY.matcher(part);
        if (!m.matches()) {
            throw invalid(
                    whole,
                    "'" + part + "' should be a day written as YYYY-MM-DD, e.g. 2017-03-17"
                            + (part.contains("T") ? " (a time is only allowed on a plain day)" : ""));
        }
        return checkedDay(whole, m.group(1), m.group(2), m.group(3));
    }

    private static LocalDate checkedDay(String whole, String y, String mo, String d) {
        int year = year(whole, y);
        int month = Integer.parseInt(mo);
        int dayOfMonth = Integer.parseInt(d);
        checkMonth(whole, month);
        YearMonth ym = YearMonth.of(year, month);
        if (dayOfMonth < 1 || dayOfMonth > ym.lengthOfMonth()) {
            String monthName = Month.of(month).getDisplayName(TextStyle.FULL, Locale.ENGLISH);
            throw invalid(
                    whole,
                    dayOfMonth == 0
                            ? "day 0 does not exist"
                            : monthName + " " + year + " has " + ym.lengthOfMonth() + " days, so day " + dayOfMonth
                                    + " does not exist");
        }
        try {
            return LocalDate.of(year, month, dayOfMonth);
        } catch (DateTimeException e) {
            throw invalid(whole, e.getMessage());
        }
    }

    private static int year(String whole, String y) {
        int year = Integer.parseInt(y);
        if (year < 1) {
            throw invalid(whole, "year 0 does not exist");
        }
        return year;
    }

    private static void checkMonth(String whole, int month) {
        if (month < 1 || month > 12) {
            throw invalid(whole, "month " + month + " does not exist");
        }
    }

    private static InvalidEventDateException invalid(String value, String why) {
        return new InvalidEventDateException("'" + value + "' is not a date: " + why);
    }

    private static LocalDate clamp(LocalDate d) {
        return d.isBefore(FIRST_DAY) ? FIRST_DAY : d.isAfter(LAST_DAY) ? LAST_DAY : d;
    }

    public Precision precision() {
        return precision;
    }

    /** First possible day (inclusive); empty when open towards the past ("before"). */
    public Optional<LocalDate> earliest() {
        return Optional.ofNullable(earliest);
    }

    /** Last possible day (inclusive); empty when open towards the future ("after"). */
    public Optional<LocalDate> latest() {
        return Optional.ofNullable(latest);
    }

    /** The time of day, known only for a plain day written with one. */
    public Optional<LocalTime> time() {
        return Optional.ofNullable(time);
    }

    /** True when the date is one known day (with or without a time). */
    public boolean isExactDay() {
        return precision == Precision.DAY;
    }

    /**
     * The single day the text names, for a plain day or "around" a day; empty for months, years, ranges,
     * before and after, which name no single day.
     */
    public Optional<LocalDate> namedDay() {
        return precision == Precision.DAY || precision == Precision.AROUND ? Optional.of(anchor) : Optional.empty();
    }

    /** The day the date sorts on in a chronology (see the class comment). */
    public LocalDate anchorDay() {
        return anchor;
    }

    /**
     * True when this date certainly lies before {@code other}: its last day is before the other's first,
     * or both are the same day with times and this time is earlier.
     */
    public boolean isCertainlyBefore(EventDate other) {
        if (latest == null || other.earliest == null) {
            return false;
        }
        if (latest.isBefore(other.earliest)) {
            return true;
        }
        return isExactDay()
                && other.isExactDay()
                && anchor.equals(other.anchor)
                && time != null
                && other.time != null
                && time.isBefore(other.time);
    }

    /**
     * A string whose lexical order is the chronological order of {@link #compareTo}, for storage that can
     * only sort text.
     */
    public String sortKey() {
        return anchor + " " + (time == null ? "--:--" : time.toString()) + " " + precision.ordinal() + " " + text;
    }

    @Override
    public int compareTo(EventDate other) {
        return sortKey().compareTo(other.sortKey());
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof EventDate d && d.text.equals(text);
    }

    @Override
    public int hashCode() {
        return Objects.hash(text);
    }

    /** The canonical text; {@code parse(toString())} gives back an equal date. */
    @Override
    public String toString() {
        return text;
    }
}
