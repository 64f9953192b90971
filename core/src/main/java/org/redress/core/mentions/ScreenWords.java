package org.redress.core.mentions;

import java.util.List;

/**
 * The words of one watched person that a first, fast pass looks for on a page, lower-cased and accent-folded:
 * {@code exact} as whole words (aliases), {@code fuzzy} as whole words within a small edit distance (surnames, which
 * OCR damages), {@code contained} anywhere inside a word (surnames in email addresses such as jbalcazar@). A page
 * with none of them cannot mention the person; a page with one is then matched precisely.
 */
public record ScreenWords(String key, List<String> exact, List<String> fuzzy, List<String> contained) {
    public ScreenWords {
        exact = List.copyOf(exact);
        fuzzy = List.copyOf(fuzzy);
        contained = List.copyOf(contained);
    }

    @Override
    public String toString() {
        return "ScreenWords[" + exact.size() + " exact, " + fuzzy.size() + " fuzzy, " + contained.size() + "]";
    }
}
