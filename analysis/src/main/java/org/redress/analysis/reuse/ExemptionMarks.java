package org.redress.analysis.reuse;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * FOIA exemption marks as they appear in released text ("(b)(6)", "(b) (7)(C)", "b6", "Ex. 5"), written one way
 * ("(b)(6)", "(b)(7)(C)"), and which marks one version of a document has that another has not. The one place the
 * marks' pattern lives: when exemption-mark recognition from the redactions work lands, {@link #in} is what to
 * replace with it.
 */
public final class ExemptionMarks {
    private static final Pattern MARK = Pattern.compile(
            "(?<![\\p{L}\\p{N}])(?:\\(\\s*b\\s*\\)\\s*|b\\s*|ex(?:emption|\\.)?\\s*)\\(?\\s*([1-9])\\s*\\)?"
                    + "(?:\\s*\\(\\s*([a-f])\\s*\\))?(?![\\p{L}\\p{N}])",
            Pattern.CASE_INSENSITIVE);

    private ExemptionMarks() {}

    /** Every mark in the text, in the order they appear, each written as "(b)(N)" or "(b)(N)(X)". */
    public static List<String> in(String text) {
        List<String> out = new ArrayList<>();
        if (text == null) return out;
        Matcher m = MARK.matcher(text);
        while (m.find()) {
            String sub = m.group(2) == null ? "" : "(" + m.group(2).toUpperCase(Locale.ROOT) + ")";
            out.add("(b)(" + m.group(1) + ")" + sub);
        }
        return out;
    }

    /** What a later version changed: marks it has more of ({@code added}) and fewer of ({@code removed}), with counts. */
    public record Change(List<String> added, List<String> removed) {
        public boolean isEmpty() {
            return added.isEmpty() && removed.isEmpty();
        }
    }

    public static Change between(List<String> earlier, List<String> later) {
        TreeMap<String, Integer> balance = new TreeMap<>();
        for (String m : later) balance.merge(m, 1, Integer::sum);
        for (String m : earlier) balance.merge(m, -1, Integer::sum);
        List<String> added = new ArrayList<>();
        List<String> removed = new ArrayList<>();
        balance.forEach((mark, n) -> {
            for (int i = 0; i < Math.abs(n); i++) (n > 0 ? added : removed).add(mark);
        });
        return new Change(added, removed);
    }
}
