package org.redress.analysis.names;

import java.util.List;

/**
 * A watched person's name found on a page: offsets into the page's text, the words there, the score (0–1), the rule
 * (which name form, which pattern, which word rules) and one line of explanation per word.
 */
public record NameHit(
        String person, int start, int end, String matched, double score, String rule, List<String> explanation) {
    public NameHit {
        explanation = List.copyOf(explanation);
    }

    boolean overlaps(NameHit o) {
        return start < o.end && o.start < end;
    }

    @Override
    public String toString() {
        return "NameHit[" + start + "-" + end + ", " + score + "]";
    }
}
