package org.redress.app.web;

import gg.jte.Content;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** The web interface's words in English or Spanish, from resource bundles. */
public final class Messages {
    private final ResourceBundle bundle;
    private final String language;
    private final DateWords dates;

    private Messages(String language) {
        this.language = language;
        this.bundle = ResourceBundle.getBundle(
                "i18n.messages",
                Locale.forLanguageTag(language),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        this.dates = new DateWords(Locale.forLanguageTag(language), java.time.ZoneId.systemDefault(), this::get);
    }

    public static Messages forLanguage(String language) {
        return new Messages("es".equals(language) ? "es" : "en");
    }

    public String language() {
        return language;
    }

    public String get(String key) {
        try {
            return bundle.getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
    }

    /** The label of {@code prefix + "." + value} in this language, or the value itself when the bundle has none. */
    public String label(String prefix, String value) {
        if (value == null) return "";
        String key = prefix + "." + value;
        return bundle.containsKey(key) ? bundle.getString(key) : value;
    }

    /**
     * An event kind in words: "arrest" for adverse.arrest from the bundle; a kind the case added itself
     * (kinds.txt) has no label, so its name is shown with spaces for underscores.
     */
    public String kind(String code) {
        if (code == null) return "";
        String key = "kind." + code;
        if (bundle.containsKey(key)) return bundle.getString(key);
        int dot = code.indexOf('.');
        return (dot < 0 ? code : code.substring(dot + 1)).replace('_', ' ');
    }

    private static final java.util.regex.Pattern KIND_CODE =
            java.util.regex.Pattern.compile("\\b(?:protected|adverse|other)\\.[a-z][a-z0-9_]*");

    /** A sentence built elsewhere (a gap report's evidence label) with every event kind code in it put in words. */
    public String kinds(String text) {
        if (text == null) return "";
        return KIND_CODE.matcher(text).replaceAll(r -> java.util.regex.Matcher.quoteReplacement(kind(r.group())));
    }

    public String format(String key, Object... args) {
        return String.format(Locale.forLanguageTag(language), get(key), args);
    }

    /**
     * A sentence whose words agree with a count: {@code key.one} when {@code n} is 1, {@code key.other} otherwise,
     * formatted with {@code args} ("1 page matches", "3 pages match"; "1 página coincide"). English and Spanish both
     * put a whole number in the plural category "one" exactly when it is 1 (CLDR), so two forms are enough here.
     */
    public String plural(String key, long n, Object... args) {
        return format(key + (n == 1 ? ".one" : ".other"), args);
    }

    /** A counted noun, grouped as the language groups numbers: "1 document", "1,234 documents", "1.234 documentos". */
    public String count(String noun, long n) {
        return plural("count." + noun, n, n);
    }

    /** Dates and numbers in this language (the one place pages format them). */
    public DateWords dates() {
        return dates;
    }

    /** A count with the language's grouping: 1,234 / 1.234. */
    public String number(long n) {
        return dates.number(n);
    }

    /** A day in a {@code <time>} element: {@code <time datetime="2024-05-03">3 de mayo de 2024</time>}. */
    public Content time(java.time.LocalDate day) {
        return html(day == null ? "" : DateWords.timeTag(day.toString(), dates.day(day)));
    }

    /** An event date as precise as it is known, each day it names in a {@code <time>} element. */
    public Content time(org.redress.core.chronology.EventDate date) {
        return html(dates.eventDateHtml(date));
    }

    /** A moment as the date and time it was here, in a {@code <time>} element. */
    public Content time(java.time.Instant at) {
        return html(at == null ? "" : DateWords.timeTag(at.toString(), dates.dateTime(at)));
    }

    /** A document's date (its day, midnight UTC) in a {@code <time>} element. */
    public Content dayOf(java.time.Instant at) {
        return html(
                at == null
                        ? ""
                        : DateWords.timeTag(
                                java.time.LocalDate.ofInstant(at, java.time.ZoneOffset.UTC)
                                        .toString(),
                                dates.dayOf(at)));
    }

    /** A date held as text (an event date, an ISO day or instant) in {@code <time>}; other text only escaped. */
    public Content time(String iso) {
        return html(dates.textHtml(iso));
    }

    /**
     * A phrase of the bundle as HTML with {@code <time>} elements (or other Content) among its values: the phrase and
     * every value that is not Content are escaped; whole numbers are grouped as the language groups them.
     */
    public Content phrase(String key, Object... args) {
        Object[] html = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            Object a = args[i];
            if (a instanceof Content c) {
                gg.jte.output.StringOutput out = new gg.jte.output.StringOutput();
                c.writeTo(out);
                html[i] = out.toString();
            } else if (a instanceof Integer || a instanceof Long) {
                html[i] = number(((Number) a).longValue());
            } else {
                html[i] = org.redress.core.search.Html.escape(a == null ? "" : a.toString());
            }
        }
        String pattern = org.redress.core.search.Html.escape(get(key))
                .replace("%,d", "%s")
                .replace("%d", "%s");
        return html(String.format(Locale.forLanguageTag(language), pattern, html));
    }

    /** HTML that {@link DateWords} built with every piece escaped. */
    private static Content html(String escaped) {
        return output -> output.writeContent(escaped);
    }
}
