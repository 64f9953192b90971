package org.redress.analysis.reuse;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import org.redress.analysis.marks.ExemptionMarks;
import org.redress.analysis.marks.Found;

/**
 * Which exemption marks one version of a document has that another has not. The marks are the ones the marking stage
 * recognises ({@link ExemptionMarks}), by their normalised code, so near-duplicates and the redactions report agree.
 */
public final class MarkChanges {
    private MarkChanges() {}

    /** Every exemption mark in the text, in the order they appear, by its code ("(b)(6)", "(b)(7)(C)" …). */
    public static List<String> in(String text) {
        if (text == null) return List.of();
        return ExemptionMarks.find(text).stream().map(Found::code).toList();
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
