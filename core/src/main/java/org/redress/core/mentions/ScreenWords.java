package org.redress.core.mentions;

import java.util.List;

/**
 * The words of one watched person that a first, fast pass looks for on a page, lower-cased and accent-folded:
 * {@code exact} as whole words (aliases), {@code fuzzy} as whole words within a small edit distance (surnames, which
 * OCR damages), {@code contained} anywhere inside an email address's local part (jbalcazar@), and {@code companions},
 * of which one must stand on the page beside a surname for the surname to count (given names and their short forms;
 * a one-letter companion is an initial, found as a capital letter alone; {@link #ANY} when any word will do). A page
 * with none of them cannot mention the person; a page with them is then matched precisely.
 */
public record ScreenWords(
        String key, List<String> exact, List<String> fuzzy, List<String> contained, List<String> companions) {
    /** A companion that every page has: the surname alone may make a hit. */
    public static final String ANY = "*";

    public ScreenWords {
        exact = List.copyOf(exact);
        fuzzy = List.copyOf(fuzzy);
        contained = List.copyOf(contained);
        companions = List.copyOf(companions);
    }

    /** Without companions: a surname alone makes the person a candidate. */
    public ScreenWords(String key, List<String> exact, List<String> fuzzy, List<String> contained) {
        this(key, exact, fuzzy, contained, List.of(ANY));
    }

    @Override
    public String toString() {
        return "ScreenWords[" + exact.size() + " exact, " + fuzzy.size() + " fuzzy, " + contained.size() + ", "
                + companions.size() + " companions]";
    }
}
