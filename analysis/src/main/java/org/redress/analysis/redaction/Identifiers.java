package org.redress.analysis.redaction;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The personal identifiers both the {@link Redactor} and the corpus's pattern entities look for, one set of rules:
 * alien registration numbers, Social Security numbers, phone numbers ({@link PhoneNumbers}) and dates
 * ({@link WrittenDates}). Each is checked, not only matched: an SSN with an area, group or serial no one is given is
 * not one, nor a date that does not exist.
 */
public final class Identifiers {
    /** A digit as OCR reads one: O and o for 0; l, I and | for 1. */
    private static final String D = "[0-9OoIl|]";

    private static final String A_DIGITS = "(" + D + "{8,9}|" + D + "{2,3}[-\\s]" + D + "{3}[-\\s]" + D + "{3})";

    // A123456789, A12345678, A-123-456-789, A 123 456 789, A#123456789, A# 123 456 789, A 12 345 678, AO12345678.
    private static final Pattern A_NUMBER =
            Pattern.compile("(?<![\\p{L}\\p{N}])A(?:\\s?#\\s?|-|\\s)?" + A_DIGITS + "(?![-\\p{N}])");

    // A-Number: 123-456-789, A No. 12345678, Alien Registration Number 123456789, alien # 12-345-678.
    private static final Pattern A_NUMBER_LABELLED = Pattern.compile(
            "(?i:\\bA-?\\s?(?:number|num\\.?|no\\.)|\\balien\\s+(?:registration\\s+)?(?:number|no\\.?|#))\\s*[:#]?\\s*"
                    + A_DIGITS + "(?![-\\p{N}])");

    private static final Pattern SSN = Pattern.compile("(?<![\\p{N}-])(\\d{3})-(\\d{2})-(\\d{4})(?![-\\p{N}])");

    private static final Pattern SSN_LABELLED =
            Pattern.compile("(?i:\\bSSN|\\bS\\.S\\.N\\.|social security(?:\\s+(?:no\\.?|number|#))?)\\s*[:#]?\\s*"
                    + "((\\d{3})[\\s-]?(\\d{2})[\\s-]?(\\d{4}))(?!\\p{N})");

    private Identifiers() {}

    /** Every identifier in the text, in order; where two rules find the same stretch it is listed once. */
    public static List<Identifier> find(String text) {
        List<Identifier> out = new ArrayList<>();
        out.addAll(aNumbers(text));
        out.addAll(ssns(text));
        out.addAll(PhoneNumbers.find(text));
        out.addAll(WrittenDates.find(text));
        out.sort(Comparator.comparingInt(Identifier::start).thenComparingInt(Identifier::end));
        return out;
    }

    /** A-numbers, written as {@code A} and nine digits (an eight-digit one gets its leading zero, as USCIS pads it). */
    public static List<Identifier> aNumbers(String text) {
        List<Identifier> out = new ArrayList<>();
        collectANumbers(A_NUMBER, text, out);
        collectANumbers(A_NUMBER_LABELLED, text, out);
        out.sort(Comparator.comparingInt(Identifier::start));
        return out;
    }

    private static void collectANumbers(Pattern p, String text, List<Identifier> out) {
        Matcher m = p.matcher(text);
        while (m.find()) {
            String digits = ocrDigits(m.group(1));
            if (digits == null) continue;
            if (out.stream().anyMatch(i -> i.start() <= m.start(1) && i.end() >= m.end(1))) continue;
            int start = p == A_NUMBER ? m.start() : m.start(1);
            out.add(new Identifier(
                    Identifier.Kind.A_NUMBER, start, m.end(1), "A" + (digits.length() == 8 ? "0" : "") + digits));
        }
    }

    /** The digits with OCR's letters read as digits, or null when fewer than six were digits to begin with. */
    private static String ocrDigits(String written) {
        StringBuilder out = new StringBuilder();
        int real = 0;
        for (char c : written.toCharArray()) {
            if (Character.isDigit(c)) {
                out.append(c);
                real++;
            } else if (c == 'O' || c == 'o') {
                out.append('0');
            } else if (c == 'I' || c == 'l' || c == '|') {
                out.append('1');
            }
        }
        return real >= 6 ? out.toString() : null;
    }

    /** Social Security numbers, {@code 123-45-6789} anywhere, or nine digits after an SSN label. */
    public static List<Identifier> ssns(String text) {
        List<Identifier> out = new ArrayList<>();
        Matcher m = SSN.matcher(text);
        while (m.find()) {
            if (possibleSsn(m.group(1), m.group(2), m.group(3)))
                out.add(new Identifier(Identifier.Kind.SSN, m.start(), m.end(), m.group()));
        }
        m = SSN_LABELLED.matcher(text);
        while (m.find()) {
            int s = m.start(1);
            if (!possibleSsn(m.group(2), m.group(3), m.group(4)) || out.stream().anyMatch(i -> i.start() == s))
                continue;
            out.add(new Identifier(Identifier.Kind.SSN, s, m.end(1), m.group(2) + "-" + m.group(3) + "-" + m.group(4)));
        }
        out.sort(Comparator.comparingInt(Identifier::start));
        return out;
    }

    /** Never issued: area 000, 666 or 900–999, group 00, serial 0000. */
    static boolean possibleSsn(String area, String group, String serial) {
        return !area.equals("000")
                && !area.equals("666")
                && area.charAt(0) != '9'
                && !group.equals("00")
                && !serial.equals("0000");
    }

    /** Phone numbers as libphonenumber finds them, each as E.164. */
    public static List<Identifier> phones(String text) {
        return PhoneNumbers.find(text);
    }

    /** Full dates in English and Spanish, each as an ISO date. */
    public static List<Identifier> dates(String text) {
        return WrittenDates.find(text);
    }
}
