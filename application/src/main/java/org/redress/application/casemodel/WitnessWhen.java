package org.redress.application.casemodel;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The day and time a witness gives, read the ways people type them: the phone's pickers ({@code 2026-11-30},
 * {@code 17:05}), day first as in Spanish and most of the world ({@code 30/11/2026}, {@code 30-11-26},
 * {@code 30.11.2026}), and times like {@code 5:05 pm}, {@code 5pm}, {@code 17h05}, {@code 17.05}. What cannot be
 * read is kept as written in the statement and left for the reviewer to date.
 */
public final class WitnessWhen {
    private static final Pattern ISO = Pattern.compile("(\\d{4})[-/.](\\d{1,2})[-/.](\\d{1,2})");
    private static final Pattern DAY_FIRST = Pattern.compile("(\\d{1,2})[-/.](\\d{1,2})[-/.](\\d{2}|\\d{4})");
    private static final Pattern TIME = Pattern.compile(
            "(\\d{1,2})(?:\\s*[:.hH]\\s*(\\d{2}))?\\s*(?:h|hs|hrs)?\\s*(a\\.?\\s?m\\.?|p\\.?\\s?m\\.?)?");

    private WitnessWhen() {}

    /** The day, or empty when the text is not one. */
    public static Optional<LocalDate> day(String text) {
        if (text == null || text.isBlank()) return Optional.empty();
        String v = text.strip();
        try {
            Matcher m = ISO.matcher(v);
            if (m.matches()) return Optional.of(LocalDate.of(num(m, 1), num(m, 2), num(m, 3)));
            m = DAY_FIRST.matcher(v);
            if (m.matches()) {
                int year = num(m, 3);
                return Optional.of(LocalDate.of(year < 100 ? 2000 + year : year, num(m, 2), num(m, 1)));
            }
        } catch (DateTimeException e) {
            return Optional.empty(); // 31/02: not a day
        }
        return Optional.empty();
    }

    /** The time of day, or empty when the text is not one. */
    public static Optional<LocalTime> time(String text) {
        if (text == null || text.isBlank()) return Optional.empty();
        Matcher m = TIME.matcher(text.strip().toLowerCase(Locale.ROOT));
        if (!m.matches()
                || (m.group(2) == null
                        && m.group(3) == null
                        && !text.toLowerCase(Locale.ROOT).contains("h")))
            return Optional.empty(); // a bare number is not a time
        int hour = num(m, 1);
        int minute = m.group(2) == null ? 0 : num(m, 2);
        String half = m.group(3);
        if (half != null) {
            if (hour < 1 || hour > 12) return Optional.empty();
            boolean pm = half.startsWith("p");
            hour = hour % 12 + (pm ? 12 : 0);
        }
        if (hour > 23 || minute > 59) return Optional.empty();
        return Optional.of(LocalTime.of(hour, minute));
    }

    private static int num(Matcher m, int group) {
        return Integer.parseInt(m.group(group));
    }
}
