package org.redress.app.web.viewer;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a quote stands in a page's text, as people copy one: any run of spaces and line breaks matches any other,
 * letter case does not matter, and curly quotes and dashes match straight ones. The words must be the page's, in
 * order; nothing fuzzier, so a marked quote is always really there.
 */
public final class QuoteFinder {
    /** The first and one past the last character of the quote in the text. */
    public record Found(int start, int end) {}

    private QuoteFinder() {}

    public static Optional<Found> find(String text, String quote) {
        if (text == null || quote == null || quote.isBlank()) return Optional.empty();
        String[] words = quote.strip().split("\\s+");
        StringBuilder regex = new StringBuilder();
        for (String w : words) {
            if (regex.length() > 0) regex.append("\\s+");
            for (int i = 0; i < w.length(); ) {
                int c = w.codePointAt(i);
                regex.append(alike(c));
                i += Character.charCount(c);
            }
        }
        Matcher m = Pattern.compile(regex.toString(), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE)
                .matcher(text);
        return m.find() ? Optional.of(new Found(m.start(), m.end())) : Optional.empty();
    }

    /** One character of the quote as a pattern: itself, or its class of look-alike punctuation. */
    private static String alike(int c) {
        return switch (c) {
            case '\'', '\u2018', '\u2019', '\u02bc' -> "['\u2018\u2019\u02bc]";
            case '"', '\u201c', '\u201d', '\u00ab', '\u00bb' -> "[\"\u201c\u201d\u00ab\u00bb]";
            case '-', '\u2010', '\u2011', '\u2013', '\u2014' -> "[-\u2010\u2011\u2013\u2014]";
            default -> Pattern.quote(new String(Character.toChars(c)));
        };
    }
}
