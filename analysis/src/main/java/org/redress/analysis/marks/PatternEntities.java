package org.redress.analysis.marks;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.redress.analysis.redaction.Identifier;
import org.redress.analysis.redaction.Identifiers;

/**
 * Pattern entities on a page, each checked and written one way: email addresses (OCR's stray space around the @
 * tolerated), phone numbers (libphonenumber, as E.164), alien registration numbers (A and nine digits), US licence
 * plates only where the text says it is a plate ("plate", "tag", "lic#", "placa" …) and in capitals as plates are
 * printed (so "the tag in 2017" is none), Social Security–like numbers
 * (labelled personal data; ones never issued are not), and full dates (ISO). A-numbers, SSNs, phones and dates are
 * the same rules the {@link org.redress.analysis.redaction.Redactor} removes from exports.
 */
public final class PatternEntities {
    public static final String EMAIL = "email";
    public static final String PLATE = "plate";
    public static final String PERSONAL_DATA = "personal data";

    private static final Pattern EMAIL_ADDRESS = Pattern.compile(
            "(?<![\\p{L}\\p{N}._%+-])([\\p{L}\\p{N}._%+-]{1,64}) ?@ ?((?:[\\p{L}\\p{N}-]{1,63}\\.){1,8}\\p{L}{2,24})"
                    + "(?![\\p{L}\\p{N}-]|\\.\\p{L})");

    private static final Set<String> STATES = Set.of(
            "AL", "AK", "AZ", "AR", "CA", "CO", "CT", "DE", "DC", "FL", "GA", "HI", "ID", "IL", "IN", "IA", "KS", "KY",
            "LA", "ME", "MD", "MA", "MI", "MN", "MS", "MO", "MT", "NE", "NV", "NH", "NJ", "NM", "NY", "NC", "ND", "OH",
            "OK", "OR", "PA", "RI", "SC", "SD", "TN", "TX", "UT", "VT", "VA", "WA", "WV", "WI", "WY", "PR");

    private static final String STATE =
            "(?<state>A[LKZR]|C[AOT]|D[EC]|FL|GA|HI|I[ADLN]|K[SY]|LA|M[ADEINOST]|N[CDEHJMVY]"
                    + "|O[HKR]|PA|PR|RI|S[CD]|T[NX]|UT|V[AT]|W[AIVY])";

    /** The words that say a plate follows: plate, plates, plate no., license plate, lic#, tag, tag #, placa, matrícula. */
    private static final String PLATE_WORD =
            "(?i:(?:licen[cs]e|lic\\.?)\\s*(?:plate|plt\\.?|#|no\\.?)|(?:veh(?:icle)?\\.?\\s+)?"
                    + "(?:plates?|tags?|registration)(?:\\s*(?:#|no\\.?|number|num\\.?))?|lic\\s*#|placas?|matr[ií]cula)";

    private static final Pattern PLATE_IN_CONTEXT =
            Pattern.compile("(?:" + STATE.replace("<state>", "<before>") + "\\s+)?"
                    + "\\b" + PLATE_WORD + "\\s*[:#]?\\s*(?:" + STATE + "(?:\\s+|\\s*[-:]\\s*))?"
                    + "(?<plate>(?<![\\p{L}\\p{N}])[A-Z0-9]{1,4}(?:[ -]?[A-Z0-9]{1,4})?)(?![\\p{L}\\p{N}-])");

    private PatternEntities() {}

    /** Every pattern entity on the page, in order of where it starts. */
    public static List<Found> find(String text) {
        List<Found> out = new ArrayList<>();
        out.addAll(emails(text));
        out.addAll(plates(text));
        for (Identifier i : Identifiers.find(text)) {
            String label = i.kind() == Identifier.Kind.SSN ? PERSONAL_DATA : "";
            out.add(new Found(i.kind().code(), i.start(), i.end(), "", label, i.value(), ""));
        }
        out.sort(Comparator.comparingInt(Found::start).thenComparingInt(Found::end));
        return out;
    }

    static List<Found> emails(String text) {
        List<Found> out = new ArrayList<>();
        Matcher m = EMAIL_ADDRESS.matcher(text);
        while (m.find()) {
            String local = m.group(1);
            String domain = m.group(2);
            if (local.startsWith(".") || local.endsWith(".") || local.contains("..")) continue;
            boolean badLabel = false;
            for (String l : domain.split("\\.")) badLabel |= l.startsWith("-") || l.endsWith("-");
            if (badLabel) continue;
            String value = (local + "@" + domain).toLowerCase(Locale.ROOT);
            out.add(new Found(EMAIL, m.start(), m.end(), "", "", value, ""));
        }
        return out;
    }

    static List<Found> plates(String text) {
        List<Found> out = new ArrayList<>();
        Matcher m = PLATE_IN_CONTEXT.matcher(text);
        while (m.find()) {
            String plate = m.group("plate").replaceAll("[ -]", "");
            if (!looksLikePlate(plate)) continue;
            String state = m.group("state") != null ? m.group("state") : m.group("before");
            if (state != null && !STATES.contains(state)) state = null;
            String value = state == null ? plate : state + " " + plate;
            out.add(new Found(PLATE, m.start("plate"), m.end("plate"), "", state, value, ""));
        }
        return out;
    }

    /** Two to eight letters and digits with at least one digit; digits alone only five to seven (not a year). */
    private static boolean looksLikePlate(String plate) {
        if (plate.length() < 2 || plate.length() > 8 || plate.chars().noneMatch(Character::isDigit)) return false;
        boolean digitsOnly = plate.chars().allMatch(Character::isDigit);
        return !digitsOnly || (plate.length() >= 5 && plate.length() <= 7);
    }
}
