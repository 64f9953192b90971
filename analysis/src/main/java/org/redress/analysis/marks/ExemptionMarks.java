package org.redress.analysis.marks;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The exemption marks a production prints where it withheld something, each with its exemption written one way and
 * the law it comes from.
 *
 * <ul>
 *   <li>Federal FOIA ({@code us-foia}), 5 U.S.C. § 552(b)(1)–(9): {@code (b)(6)}, {@code (b) (6)}, {@code (b)(7)(C)},
 *       and as OCR reads them, {@code (bX6)}, {@code (bX7XC)}: always a mark. The bare forms {@code b6}, {@code b7c},
 *       {@code B7(C)} and the State Department's {@code B1}, {@code B5}, {@code B6}: only in a redaction box's context
 *       (also glued to its banner by OCR: {@code PARTB5}).
 *   <li>Executive Order 13526 § 1.4(a)–(h) ({@code eo-13526}), the classification categories the State Department
 *       prints beside B1: {@code 1.4(D)}, in context only.
 *   <li>California Public Records Act ({@code us-ca}): Gov. Code § 6254(…), § 6255 and the 2023 renumbering §§
 *       7920.000–7931.000 (e.g. § 7922.000, the balancing test; § 7927.700, personnel files).
 *   <li>Texas Public Information Act ({@code us-tx}): Gov't Code § 552.101 (confidential by law), 552.108 (law
 *       enforcement), 552.130 (motor vehicle records) …; written with "Gov't Code", "§" or "Sec.", or bare in context.
 *   <li>Illinois FOIA ({@code us-il}): 5 ILCS 140/7(1)(c); a bare {@code 7(1)(c)} in context.
 * </ul>
 *
 * <p>A redaction box's context, which a bare mark needs (so that "vitamin B6" or "a B1 visa" is none): a list of marks
 * ({@code B5,B6}, {@code b6, b7c}), a banner before it ({@code RELEASE IN PART B6}, "withheld", "redacted",
 * "exemption"), a line of its own, the right margin (four spaces or more before it and nothing after it on the line,
 * as the State Department's releases print them), or square brackets ({@code [b6]}).
 */
public final class ExemptionMarks {
    public static final String KIND = "exemption";

    private static final String SEP = "(?:\\)\\s*\\(|[Xx]|\\)\\s)\\s*";
    private static final Pattern FEDERAL =
            Pattern.compile("\\(\\s*[bB]\\s*" + SEP + "([1-9])\\s*(?:" + SEP + "([A-Fa-f])\\s*)?\\)");
    private static final Pattern FEDERAL_BARE = Pattern.compile(
            "(?:(?<![\\p{L}\\p{N}])|(?<=PART))[bB] ?(?:\\(?(7)\\)? ?\\(?([A-Fa-f])\\)?|\\(?([1-9])\\)?)(?![\\p{L}\\p{N}(])");
    private static final Pattern EO_13526 = Pattern.compile("(?<![\\p{N}.])1\\.4 ?\\( ?([a-hA-H]) ?\\)");
    private static final String CODE_NAME =
            "(?i:(?:Cal(?:ifornia|\\.)?\\s*|Tex(?:as|\\.)?\\s*)?Gov(?:ernment|'t|’t|t|\\.)?\\s*Code|GC)";
    private static final String SECTION = "(?:§+|(?i:sec(?:tion)?\\.?))";
    private static final Pattern CALIFORNIA = Pattern.compile(CODE_NAME + "\\s*" + SECTION + "?\\s*"
            + "(6254(?:\\.\\d{1,2})?(?: ?\\([a-z]\\))?(?:\\(\\d{1,2}\\))?|6255(?:\\([a-z]\\))?|79[23]\\d\\.\\d{3}(?:\\([a-z]\\))?)"
            + "(?![\\p{N}.])");
    private static final Pattern TEXAS = Pattern.compile(
            "(?:" + CODE_NAME + "\\s*" + SECTION + "?|" + SECTION + ")\\s*(552\\.1\\d\\d)(?![\\p{N}.])");
    private static final Pattern TEXAS_BARE = Pattern.compile("(?<![\\p{N}.§])552\\.1\\d\\d(?![\\p{N}.])");
    private static final Pattern ILLINOIS = Pattern.compile(
            "5\\s*ILCS\\s*140\\s*/\\s*(7(?:\\.5)?)\\s*\\(\\s*(\\d{1,2})\\s*\\)(?:\\s*\\(\\s*([a-z]{1,3})\\s*\\))?");
    private static final Pattern ILLINOIS_BARE =
            Pattern.compile("(?<![\\p{N}/.])7 ?\\( ?(1) ?\\) ?\\( ?([a-z]{1,3}) ?\\)");

    private static final Pattern BANNER = Pattern.compile("(?i)(?:release[ds]?\\s+in\\s+part|withheld(?:\\s+in\\s+"
            + "(?:full|part))?|redacted|redaction|exempt(?:ion)?s?|excised|deleted|denied)\\s*[:\\-]?\\s*$");
    private static final Pattern MARGIN = Pattern.compile("(?:^|[ \\t]{4})[ \\t]*$");

    /** One candidate mark: where, the exemption, its law, and whether it is a mark wherever it stands. */
    private record Token(int start, int end, String code, String law, boolean certain) {}

    private ExemptionMarks() {}

    public static List<Found> find(String text) {
        List<Token> tokens = new ArrayList<>();
        Matcher m = FEDERAL.matcher(text);
        while (m.find()) add(tokens, m, federal(m.group(1), m.group(2)), "us-foia", true);
        m = CALIFORNIA.matcher(text);
        while (m.find()) add(tokens, m, "Gov. Code § " + m.group(1).replace(" ", ""), "us-ca", true);
        m = TEXAS.matcher(text);
        while (m.find()) add(tokens, m, "Gov't Code § " + m.group(1), "us-tx", true);
        m = ILLINOIS.matcher(text);
        while (m.find()) add(tokens, m, illinois(m.group(1), m.group(2), m.group(3)), "us-il", true);
        m = FEDERAL_BARE.matcher(text);
        while (m.find()) {
            String code = m.group(1) != null ? federal("7", m.group(2)) : federal(m.group(3), null);
            add(tokens, m, code, "us-foia", false);
        }
        m = EO_13526.matcher(text);
        while (m.find()) add(tokens, m, "1.4(" + m.group(1).toLowerCase(Locale.ROOT) + ")", "eo-13526", false);
        m = TEXAS_BARE.matcher(text);
        while (m.find()) add(tokens, m, "Gov't Code § " + m.group(), "us-tx", false);
        m = ILLINOIS_BARE.matcher(text);
        while (m.find()) add(tokens, m, illinois("7", m.group(1), m.group(2)), "us-il", false);
        tokens.sort(Comparator.comparingInt(Token::start));
        return marks(text, tokens);
    }

    /** Keeps a candidate unless an earlier (surer) one covers any of it. */
    private static void add(List<Token> tokens, Matcher m, String code, String law, boolean certain) {
        int s = m.start();
        int e = m.end();
        for (Token t : tokens) if (s < t.end() && t.start() < e) return;
        tokens.add(new Token(s, e, code, law, certain));
    }

    private static String federal(String number, String subpart) {
        return "(b)(" + number + ")" + (subpart == null ? "" : "(" + subpart.toUpperCase(Locale.ROOT) + ")");
    }

    private static String illinois(String section, String paragraph, String item) {
        return "5 ILCS 140/" + section + "(" + paragraph + ")" + (item == null ? "" : "(" + item + ")");
    }

    /** The candidates that are marks: the certain ones, and the others that stand where a redaction box would. */
    private static List<Found> marks(String text, List<Token> tokens) {
        List<Found> out = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            int j = i + 1;
            while (j < tokens.size()
                    && listGap(text.substring(
                            tokens.get(j - 1).end(), tokens.get(j).start()))) j++;
            List<Token> run = tokens.subList(i, j);
            boolean boxed = run.size() > 1
                    || run.stream().anyMatch(Token::certain)
                    || inBox(text, run.get(0).start(), run.get(run.size() - 1).end());
            for (Token t : run) {
                if (boxed || t.certain())
                    out.add(new Found(
                            KIND, t.start(), t.end(), t.code(), t.law(), text.substring(t.start(), t.end()), ""));
            }
            i = j;
        }
        return out;
    }

    /** What may stand between two marks of one list: spaces and one separator; a line break only after a comma. */
    private static boolean listGap(String gap) {
        if (!gap.matches("[\\s,;/&+]*")) return false;
        long separators = gap.chars().filter(c -> ",;/&+".indexOf(c) >= 0).count();
        if (separators > 1) return false;
        return gap.indexOf('\n') < 0 || gap.indexOf(',') >= 0 || gap.indexOf(';') >= 0;
    }

    private static boolean inBox(String text, int start, int end) {
        // A banner may be spread over lines, far apart in a wide scan: compared with its spaces collapsed.
        String before = text.substring(Math.max(0, start - 400), start).replaceAll("\\s+", " ");
        if (BANNER.matcher(before).find()) return true;
        int lineStart = text.lastIndexOf('\n', start - 1) + 1;
        int lineEnd = text.indexOf('\n', end);
        String left = text.substring(lineStart, start);
        String right = text.substring(end, lineEnd < 0 ? text.length() : lineEnd);
        if (right.isBlank() && MARGIN.matcher(left).find()) return true;
        String l = left.stripTrailing();
        return (l.endsWith("[") || l.endsWith("█")) && (right.stripLeading().startsWith("]") || right.isBlank());
    }
}
