package org.redress.analysis.redaction;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Replaces personal identifiers in text that leaves the case (chronologies, exhibits, reports) with a label
 * saying what was there: {@code [redacted: A-number]}. It is deliberately conservative: it removes alien
 * registration numbers, Social Security numbers, dates written after a birth-date label, US street addresses
 * of the common "number, name, suffix" form and phone numbers (found by libphonenumber, see {@link PhoneNumbers}),
 * and leaves years, Bates numbers (DHS-ICE-000123), statute citations (5 U.S.C. 552) and ordinary dates alone.
 */
public final class Redactor {

    /** What kind of identifier a rule removes; its label is what the reader sees in its place. */
    public enum Kind {
        A_NUMBER("A-number"),
        SSN("SSN"),
        DATE_OF_BIRTH("date of birth"),
        PHONE("phone"),
        ADDRESS("address"),
        /** Text the user marked for redaction (an exhibit's {@code --mark}); no rule finds it. */
        MARKED("marked text");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String replacement() {
            return "[redacted: " + label + "]";
        }
    }

    /** One rule: the stretches of text it removes, in order. */
    private interface Rule {
        Kind kind();

        List<Span> find(String text);
    }

    private record PatternRule(Kind kind, Pattern pattern, int group) implements Rule {
        @Override
        public List<Span> find(String text) {
            List<Span> found = new ArrayList<>();
            Matcher m = pattern.matcher(text);
            while (m.find()) {
                if (kind == Kind.ADDRESS && (looksLikeYear(text, m.start(), m.group()) || startsWithMonth(m.group())))
                    continue;
                found.add(new Span(m.start(group), m.end(group)));
            }
            return found;
        }
    }

    /** A rule shared with the corpus's pattern entities: one set of regular expressions for both. */
    private record IdentifierRule(Kind kind, Function<String, List<Identifier>> finder) implements Rule {
        @Override
        public List<Span> find(String text) {
            return finder.apply(text).stream()
                    .map(i -> new Span(i.start(), i.end()))
                    .toList();
        }
    }

    private static final String SUFFIX =
            "(?i:Street|St|Avenue|Ave|Av|Road|Rd|Boulevard|Blvd|Lane|Ln|Drive|Dr|Court|Ct|Place|Pl"
                    + "|Terrace|Ter|Way|Parkway|Pkwy|Highway|Hwy|Circle|Cir)";

    private static final List<Rule> RULES = List.of(
            // A-numbers, also as OCR misreads their digits, and after their labels; SSNs that could be issued.
            new IdentifierRule(Kind.A_NUMBER, Identifiers::aNumbers),
            new IdentifierRule(Kind.SSN, Identifiers::ssns),
            // A date after a birth-date label; the label stays so the reader knows what was removed.
            new PatternRule(
                    Kind.DATE_OF_BIRTH,
                    Pattern.compile(
                            "(?i:\\bD\\.?O\\.?B\\.?|\\bdate\\s+of\\s+birth|\\bbirth\\s?date|\\bfecha\\s+de\\s+nacimiento|\\bborn(?:\\s+on)?|\\bnacid[oa]\\s+el)"
                                    + "\\s*[:\\-]?\\s*(" + WrittenDates.DATE + ")"),
                    1),
            // Phone: 8025550142, (802) 555-0142, 802.555.0142, +1 802 555 0142; +52 55 1234 5678.
            new IdentifierRule(Kind.PHONE, Identifiers::phones),
            // Street address: 1234 Main St, 55 N. Winooski Ave, 200 West 3rd Street, Apt 4B.
            new PatternRule(
                    Kind.ADDRESS,
                    Pattern.compile(
                            "(?<![\\p{N}\\p{L}./-])\\d{1,6}[A-Z]?\\s+(?:(?:[NSEW]\\.?|North|South|East|West)\\s+)?"
                                    + "(?:(?:[A-Z][\\p{L}'.-]*|\\d{1,3}(?:st|nd|rd|th))\\s+){1,3}" + SUFFIX + "\\b\\.?"
                                    + "(?:,?\\s+(?:(?i:Apt|Apartment|Unit|Suite|Ste)\\.?\\s*|#\\s?)[\\p{Alnum}-]{1,6}\\b)?"),
                    0));

    /** Words that, before a year-like number, show it is a year and not a house number ("in 2017 Main Street…"). */
    private static final Pattern YEAR_CONTEXT = Pattern.compile(
            "(?i)(?:\\b(?:in|since|by|until|during|of|from|to|before|after|year|en|desde|hasta|del|de|año)\\s+)$");

    private static final Redactor STANDARD = new Redactor();

    private Redactor() {}

    /** The rules above: A-numbers, SSNs, birth dates, phone numbers and street addresses. */
    public static Redactor standard() {
        return STANDARD;
    }

    /** Where an identifier is, and what kind: {@code [start, end)} in the text searched. */
    public record Found(Kind kind, int start, int end) {}

    /**
     * Every stretch each rule would remove, found in the text as it is (not as earlier rules left it), in text order;
     * for redacting things that are not strings, such as the words of a page image.
     */
    public List<Found> find(String text) {
        List<Found> found = new ArrayList<>();
        if (text == null || text.isEmpty()) return found;
        for (Rule rule : RULES) for (Span s : rule.find(text)) found.add(new Found(rule.kind(), s.start(), s.end()));
        found.sort(java.util.Comparator.comparingInt(Found::start));
        return found;
    }

    /**
     * Every place the user's marked text occurs: letter case, accents' composition and the spacing between words
     * (a line break, two spaces) do not matter; a blank mark finds nothing.
     */
    public static List<Found> findMarked(String text, List<String> marks) {
        List<Found> found = new ArrayList<>();
        if (text == null || text.isEmpty()) return found;
        String composed = java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFC);
        boolean sameLength = composed.length() == text.length();
        for (String mark : marks) {
            String[] words = java.text.Normalizer.normalize(mark == null ? "" : mark, java.text.Normalizer.Form.NFC)
                    .strip()
                    .split("\\s+");
            if (words.length == 0 || words[0].isEmpty()) continue;
            StringBuilder regex = new StringBuilder();
            for (String w : words) {
                if (regex.length() > 0) regex.append("\\s+");
                regex.append(Pattern.quote(w));
            }
            Matcher m = Pattern.compile(regex.toString(), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE)
                    .matcher(sameLength ? composed : text);
            while (m.find()) found.add(new Found(Kind.MARKED, m.start(), m.end()));
        }
        found.sort(java.util.Comparator.comparingInt(Found::start));
        return found;
    }

    /** The text with every identifier replaced by its label; null stays null. */
    public String redact(String text) {
        if (text == null || text.isEmpty()) return text;
        String out = text;
        for (Rule rule : RULES) out = apply(rule, out);
        return out;
    }

    private static String apply(Rule rule, String text) {
        List<Span> found = rule.find(text);
        if (found.isEmpty()) return text;
        StringBuilder out = new StringBuilder(text.length());
        int last = 0;
        for (Span s : found) {
            out.append(text, last, s.start()).append(rule.kind().replacement());
            last = s.end();
        }
        return out.append(text, last, text.length()).toString();
    }

    private static final Pattern MONTH_FIRST = Pattern.compile(
            "\\d+[A-Z]?\\s+" + WrittenDates.MONTHS + "\\s.*", Pattern.CASE_INSENSITIVE | Pattern.DOTALL);

    /** "on 14 March St. Albans police…": a date before a town, not an address. */
    private static boolean startsWithMonth(String match) {
        return MONTH_FIRST.matcher(match).matches();
    }

    /** "in 2017 Main Street was closed": a year, not a house number. */
    private static boolean looksLikeYear(String text, int start, String match) {
        String number = match.split("\\s+", 2)[0];
        if (!number.matches("(?:19|20)\\d\\d")) return false;
        String before = text.substring(Math.max(0, start - 12), start);
        return YEAR_CONTEXT.matcher(before.toLowerCase(Locale.ROOT)).find();
    }
}
