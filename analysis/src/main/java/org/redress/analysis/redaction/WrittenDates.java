package org.redress.analysis.redaction;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Full dates as records write them, in English and Spanish: {@code 2017-03-16}, {@code 03/16/2017}, {@code 3-16-17},
 * {@code March 16, 2017}, {@code Mar. 16 2017}, {@code 16 March 2017}, {@code 16 de marzo de 2017}. Numeric dates are
 * read month first (US records) unless the first number cannot be a month; a two-digit year is 19xx from 50 on. A date
 * that does not exist (02/30/2017) is not one.
 */
final class WrittenDates {
    static final String MONTHS = "(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
            + "|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?"
            + "|enero|febrero|marzo|abril|mayo|junio|julio|agosto|sep?tiembre|octubre|noviembre|diciembre)\\.?";

    /** One date in any of the forms above, without groups (the birth-date rule of {@link Redactor} embeds it). */
    static final String DATE = "(?:\\d{4}-\\d{1,2}-\\d{1,2}"
            + "|\\d{1,2}[/.-]\\d{1,2}[/.-](?:\\d{4}|\\d{2})"
            + "|" + MONTHS + "\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+\\d{4}"
            + "|\\d{1,2}\\s+(?:de\\s+)?" + MONTHS + ",?\\s+(?:de\\s+|del\\s+)?\\d{4})";

    private static final Pattern FIND =
            Pattern.compile("(?<![\\p{L}\\p{N}/.-])" + DATE + "(?![\\p{N}/]|[.-]\\p{N})", Pattern.CASE_INSENSITIVE);

    private static final Pattern ISO = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})");
    private static final Pattern NUMERIC = Pattern.compile("(\\d{1,2})[/.-](\\d{1,2})[/.-](\\d{2}|\\d{4})");
    private static final Pattern MONTH_FIRST =
            Pattern.compile("(\\p{L}+)\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})", Pattern.CASE_INSENSITIVE);
    private static final Pattern DAY_FIRST = Pattern.compile(
            "(\\d{1,2})\\s+(?:de\\s+)?(\\p{L}+)\\.?,?\\s+(?:de\\s+|del\\s+)?(\\d{4})", Pattern.CASE_INSENSITIVE);

    private static final Map<String, Integer> MONTH_NUMBERS = Map.ofEntries(
            Map.entry("jan", 1),
            Map.entry("ene", 1),
            Map.entry("feb", 2),
            Map.entry("mar", 3),
            Map.entry("apr", 4),
            Map.entry("abr", 4),
            Map.entry("may", 5),
            Map.entry("jun", 6),
            Map.entry("jul", 7),
            Map.entry("aug", 8),
            Map.entry("ago", 8),
            Map.entry("sep", 9),
            Map.entry("set", 9),
            Map.entry("oct", 10),
            Map.entry("nov", 11),
            Map.entry("dec", 12),
            Map.entry("dic", 12));

    private WrittenDates() {}

    static List<Identifier> find(String text) {
        List<Identifier> out = new ArrayList<>();
        Matcher m = FIND.matcher(text);
        while (m.find()) {
            LocalDate d = parse(m.group());
            if (d != null) out.add(new Identifier(Identifier.Kind.DATE, m.start(), m.end(), d.toString()));
        }
        return out;
    }

    /** The date a match of {@link #DATE} names, or null when there is no such day. */
    static LocalDate parse(String written) {
        try {
            Matcher m = ISO.matcher(written);
            if (m.matches()) return LocalDate.of(n(m, 1), n(m, 2), n(m, 3));
            m = NUMERIC.matcher(written);
            if (m.matches()) {
                int a = n(m, 1);
                int b = n(m, 2);
                int year = year(m.group(3));
                return a > 12 ? LocalDate.of(year, b, a) : LocalDate.of(year, a, b);
            }
            m = MONTH_FIRST.matcher(written);
            if (m.matches()) return LocalDate.of(n(m, 3), month(m.group(1)), n(m, 2));
            m = DAY_FIRST.matcher(written);
            if (m.matches()) return LocalDate.of(n(m, 3), month(m.group(2)), n(m, 1));
        } catch (DateTimeException | IllegalArgumentException e) {
            return null;
        }
        return null;
    }

    private static int n(Matcher m, int group) {
        return Integer.parseInt(m.group(group));
    }

    private static int year(String y) {
        int v = Integer.parseInt(y);
        if (y.length() == 4) return v;
        return v >= 50 ? 1900 + v : 2000 + v;
    }

    private static int month(String name) {
        Integer n = MONTH_NUMBERS.get(name.toLowerCase(Locale.ROOT).substring(0, 3));
        if (n == null) throw new IllegalArgumentException("not a month");
        return n;
    }
}
