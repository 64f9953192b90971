package org.redress.analysis.names;

import java.util.List;

/**
 * A reading of a few words of a page as one of a person's name forms: which word is which part, in which order,
 * and how well it scores. {@link NameMatcher} builds the readings and judges the rivals around them.
 */
final class Reading {
    private Reading() {}

    static int partsOf(NameForm form) {
        return form.given().size() + form.surnames().size();
    }

    enum Order {
        NATURAL,
        SURNAME_FIRST,
        COMMA
    }

    /** A word read as a part (null for an alias) by a rule; {@code detail} says more (OCR's edits), or is null. */
    record Option(NamePart part, WordRule rule, String detail) {
        Option(NamePart part, WordRule rule) {
            this(part, rule, null);
        }

        boolean alias() {
            return part == null;
        }
    }

    /** One word of the page read as one part of the name (or as an alias, or as nothing). */
    record Pick(int word, Option option, String as) {
        boolean isSurname(int position) {
            return option != null
                    && !option.alias()
                    && option.part().role() == NamePart.Role.SURNAME
                    && option.part().position() == position;
        }
    }

    record Candidate(
            int from,
            int to,
            List<Pick> picks,
            double score,
            String pattern,
            Order order,
            boolean title,
            int given,
            boolean[] surnames) {
        int words() {
            return to - from + 1;
        }

        /** A longer reading wins when both count (J. E. Balcázar over E. Balcázar), else the higher score. */
        boolean beats(Candidate o) {
            boolean counts = score >= NameMatcher.THRESHOLD;
            if (counts && o.score >= NameMatcher.THRESHOLD && words() != o.words()) return words() > o.words();
            if (score != o.score) return score > o.score;
            if (words() != o.words()) return words() > o.words();
            return from < o.from;
        }

        /** Every given name it matched is an initial. */
        boolean onlyInitials() {
            return picks.stream()
                    .filter(x -> x.option() != null
                            && (x.option().alias() || x.option().part().role() == NamePart.Role.GIVEN))
                    .allMatch(x -> x.option().rule() == WordRule.INITIAL
                            || (!x.option().alias() && x.option().part().isInitial()));
        }

        /** The form has a given name after the last one this reading matched. */
        boolean givenAfter(NameForm form) {
            int last = -1;
            for (Pick x : picks) {
                if (x.option() != null
                        && !x.option().alias()
                        && x.option().part().role() == NamePart.Role.GIVEN) {
                    last = x.option().part().position();
                }
            }
            return last >= 0 && last < form.given().size() - 1;
        }

        /** The form has a given name before the first one matched (José, when the page says "Enrique Balcázar"). */
        boolean openGivenBefore() {
            for (Pick x : picks) {
                if (x.option() == null) continue;
                Option o = x.option();
                if (o.alias()) return false;
                if (o.part().role() == NamePart.Role.GIVEN) return o.part().position() > 0;
            }
            return false;
        }
    }
}
