package org.redress.app.web;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Currency;
import java.util.Locale;
import java.util.function.Function;
import org.redress.core.chronology.EventDate;
import org.redress.core.chronology.InvalidEventDateException;
import org.redress.core.search.Html;

/**
 * Dates and numbers in the words of the page's language: "3 de mayo de 2024" or "May 3, 2024", "1.234" or "1,234".
 * The formats are the JDK's for the locale (localized styles, {@link NumberFormat}); only the phrases around an
 * imprecise date ("around", "between … and …") and the relative ones ("in 3 days") come from the bundle. For HTML
 * only: exports and JSON stay ISO, which machines read.
 */
public final class DateWords {
    private final Locale locale;
    private final ZoneId zone;
    private final Function<String, String> words;
    private final DateTimeFormatter day;
    private final DateTimeFormatter dayTime;
    private final DateTimeFormatter month;

    /** {@code words} gives a bundle entry by key; {@code zone} is where an instant is read as a local time. */
    DateWords(Locale locale, ZoneId zone, Function<String, String> words) {
        this.locale = locale;
        this.zone = zone;
        this.words = words;
        this.day = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(locale);
        this.dayTime = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.LONG, FormatStyle.SHORT)
                .withLocale(locale);
        // no localized style names a month alone before Java 19's ofLocalizedPattern: the pattern is the bundle's
        this.month = DateTimeFormatter.ofPattern(words.apply("date.monthPattern"), locale);
    }

    /** "May 3, 2024" / "3 de mayo de 2024". */
    public String day(LocalDate date) {
        return date == null ? "" : day.format(date);
    }

    /** "May 3, 2024, 5:00 PM" / "3 de mayo de 2024, 17:00". */
    public String dateTime(LocalDateTime at) {
        return at == null ? "" : dayTime.format(at);
    }

    /** An instant as the date and time it was here. */
    public String dateTime(Instant at) {
        return at == null ? "" : dateTime(LocalDateTime.ofInstant(at, zone));
    }

    /** The calendar day of an instant in UTC: a document's date is stored as its day's midnight UTC. */
    public String dayOf(Instant at) {
        return at == null ? "" : day(LocalDate.ofInstant(at, ZoneOffset.UTC));
    }

    /** "May 2024" / "mayo de 2024". */
    public String month(YearMonth m) {
        return m == null ? "" : month.format(m);
    }

    /** A date as precise as the evidence: a day (and time), a month, a year, around, before, after or between. */
    public String eventDate(EventDate d) {
        return d == null ? "" : eventDate(d, this::day, (key, days) -> phrase(key, (Object[]) days));
    }

    /**
     * The same as HTML: each day it names in a {@code <time datetime="ISO">}, everything escaped ("between
     * {@code <time>}…{@code </time>} and {@code <time>}…{@code </time>}" for a range, which one element cannot hold).
     */
    public String eventDateHtml(EventDate d) {
        if (d == null) return "";
        return switch (d.precision()) {
            case DAY, MONTH, YEAR -> timeTag(d.toString(), eventDate(d));
            default ->
                eventDate(
                        d,
                        day -> timeTag(day.toString(), day(day)),
                        (key, days) -> String.format(locale, Html.escape(words.apply(key)), (Object[]) days));
        };
    }

    /** {@code <time datetime="iso">words</time>}, both escaped. */
    public static String timeTag(String iso, String words) {
        return "<time datetime=\"" + Html.escape(iso) + "\">" + Html.escape(words) + "</time>";
    }

    private String eventDate(EventDate d, Function<LocalDate, String> dayWords, Phrase phrase) {
        String text = d.toString();
        return switch (d.precision()) {
            case DAY ->
                d.time().isPresent() ? dateTime(d.anchorDay().atTime(d.time().get())) : dayWords.apply(d.anchorDay());
            case MONTH -> month(YearMonth.from(d.anchorDay()));
            case YEAR -> String.valueOf(d.anchorDay().getYear()); // a year is never grouped: 2024, not 2.024
            case AROUND -> phrase.of("date.around", dayWords.apply(d.anchorDay()));
            case BEFORE -> phrase.of("date.before", dayWords.apply(LocalDate.parse(text.substring(1))));
            case AFTER -> phrase.of("date.after", dayWords.apply(LocalDate.parse(text.substring(1))));
            case BETWEEN ->
                phrase.of(
                        "date.between",
                        dayWords.apply(d.earliest().orElseThrow()),
                        dayWords.apply(d.latest().orElseThrow()));
        };
    }

    /** A bundle phrase with its days put in. */
    private interface Phrase {
        String of(String key, String... days);
    }

    /**
     * A date the pages hold as text (an event date's canonical form, an ISO day or instant) in words; text that is none
     * of these is returned as it is.
     */
    public String text(String iso) {
        return fromText(iso, this::eventDate, this::dateTime, s -> s);
    }

    /** The same as escaped HTML in {@code <time>} elements; text that is no date is only escaped. */
    public String textHtml(String iso) {
        return fromText(iso, this::eventDateHtml, at -> timeTag(at.toString(), dateTime(at)), Html::escape);
    }

    private static String fromText(
            String iso,
            Function<EventDate, String> eventDate,
            Function<Instant, String> instant,
            Function<String, String> other) {
        if (iso == null || iso.isBlank()) return iso == null ? "" : other.apply(iso);
        try {
            return eventDate.apply(EventDate.parse(iso));
        } catch (InvalidEventDateException notAnEventDate) {
            try {
                return instant.apply(Instant.parse(iso));
            } catch (java.time.format.DateTimeParseException notAnInstant) {
                return other.apply(iso);
            }
        }
    }

    /** "today", "tomorrow", "in 3 days", "3 days ago" / "hoy", "mañana", "en 3 días", "hace 3 días". */
    public String relative(LocalDate date, LocalDate today) {
        long days = java.time.temporal.ChronoUnit.DAYS.between(today, date);
        if (days == 0) return words.apply("date.today");
        if (days == 1) return words.apply("date.tomorrow");
        if (days == -1) return words.apply("date.yesterday");
        String count = number(Math.abs(days));
        return phrase(days > 0 ? "date.inDays" : "date.daysAgo", count);
    }

    /** 1,234 / 1.234. */
    public String number(long n) {
        return NumberFormat.getIntegerInstance(locale).format(n);
    }

    /** A number with its decimals: 1,234.5 / 1.234,5. */
    public String number(BigDecimal n) {
        if (n == null) return "";
        NumberFormat f = NumberFormat.getNumberInstance(locale);
        f.setMaximumFractionDigits(Math.max(0, n.scale()));
        f.setMinimumFractionDigits(Math.max(0, n.scale()));
        return f.format(n);
    }

    /** An amount in a currency: $1,234.50 / 1234,50 US$; without a currency, the number with two decimals. */
    public String money(BigDecimal amount, Currency currency) {
        if (amount == null) return "";
        if (currency == null) return number(amount.setScale(Math.max(2, amount.scale())));
        NumberFormat f = NumberFormat.getCurrencyInstance(locale);
        f.setCurrency(currency);
        return f.format(amount);
    }

    private String phrase(String key, Object... args) {
        return String.format(locale, words.apply(key), args);
    }
}
