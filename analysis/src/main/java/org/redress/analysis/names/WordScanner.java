package org.redress.analysis.names;

/**
 * Finds the words of a page, one after another, as {@link PageWords#WORD} defines them, without a regular
 * expression: the screen reads every page of a corpus, and this is several times faster. A property test holds the
 * two to the same words.
 */
final class WordScanner {
    /** Digits OCR reads for letters (0 for o, 1 for l or i, 5 for s, 8 or 6 for b, 2 for z, 9 for g). */
    private static final String LOOK_ALIKE_DIGITS = "0125689";

    private final String text;
    private final boolean ocr;
    private int start = -1;
    private int end;

    WordScanner(String text) {
        this(text, false);
    }

    /**
     * {@code ocr}: the page was read by OCR, so a lone digit of the kind OCR reads for a letter at either end of a
     * word belongs to it ("8erard" for Bernard, "Río5" for Ríos), where elsewhere it would cut the word.
     */
    WordScanner(String text, boolean ocr) {
        this.text = text;
        this.ocr = ocr;
    }

    /** Moves to the next word; false when there is none. */
    boolean next() {
        int n = text.length();
        int i = end;
        while (i < n) {
            int after = prefix(i);
            if (after > i) {
                start = i;
                end = digitAfter(rest(after));
                return true;
            }
            int u = unit(i);
            if (u > i) {
                start = digitBefore(i);
                end = digitAfter(rest(u));
                return true;
            }
            i += Character.charCount(text.codePointAt(i));
        }
        start = -1;
        end = n;
        return false;
    }

    private int digitBefore(int i) {
        if (!ocr || i < 1 || LOOK_ALIKE_DIGITS.indexOf(text.charAt(i - 1)) < 0) return i;
        return i >= 2 && Character.isLetterOrDigit(text.charAt(i - 2)) ? i : i - 1;
    }

    private int digitAfter(int j) {
        if (!ocr || j >= text.length() || LOOK_ALIKE_DIGITS.indexOf(text.charAt(j)) < 0) return j;
        return j + 1 < text.length() && Character.isLetterOrDigit(text.charAt(j + 1)) ? j : j + 1;
    }

    int start() {
        return start;
    }

    int end() {
        return end;
    }

    String word() {
        return text.substring(start, end);
    }

    /** A lost letter opening a word ("?ngeles"): the index after it, or i. */
    private int prefix(int i) {
        char c = text.charAt(i);
        if ((c == '?' || c == '\uFFFD') && i + 1 < text.length() && Character.isLetter(text.codePointAt(i + 1)))
            return i + 1;
        return i;
    }

    /** Units from {@code i} (at least one there), then joiners each followed by units: where the word ends. */
    private int rest(int i) {
        int j = units(i);
        while (true) {
            int k = joined(j);
            if (k == j) return j;
            j = units(k);
        }
    }

    private int units(int i) {
        int j = i;
        for (int u = unit(j); u > j; u = unit(j)) j = u;
        return j;
    }

    /** A joiner at i followed by a unit: the index of that unit, or i. */
    private int joined(int i) {
        int n = text.length();
        if (i >= n) return i;
        char c = text.charAt(i);
        if (c == '\'' || c == '’') {
            if (unit(i + 1) > i + 1) return i + 1;
            // On a page read by OCR a digit it read for a letter may follow the apostrophe (O'5ullivan).
            boolean digit = ocr && i + 1 < n && LOOK_ALIKE_DIGITS.indexOf(text.charAt(i + 1)) >= 0;
            return digit && unit(i + 2) > i + 2 ? i + 1 : i;
        }
        if (c >= '0' && c <= '9') {
            int j = i;
            while (j < n && text.charAt(j) >= '0' && text.charAt(j) <= '9') j++;
            return unit(j) > j ? j : i;
        }
        if (c == '?' || c == '\uFFFD') {
            if (i + 1 < n && (text.charAt(i + 1) == '?' || text.charAt(i + 1) == '\uFFFD') && unit(i + 2) > i + 2)
                return i + 2;
            return unit(i + 1) > i + 1 ? i + 1 : i;
        }
        return i;
    }

    /** One letter at i (a mark, or a letter written as UTF-8 read as Latin-1): the index after it, or i. */
    private int unit(int i) {
        int n = text.length();
        if (i >= n) return i;
        char c = text.charAt(i);
        if ((c == 'Ã' || c == 'Â') && i + 1 < n && text.charAt(i + 1) >= 0x80 && text.charAt(i + 1) <= 0xBF)
            return i + 2;
        int cp = text.codePointAt(i);
        if (Character.isLetter(cp) || isMark(cp)) return i + Character.charCount(cp);
        return i;
    }

    private static boolean isMark(int cp) {
        int t = Character.getType(cp);
        return t == Character.NON_SPACING_MARK
                || t == Character.COMBINING_SPACING_MARK
                || t == Character.ENCLOSING_MARK;
    }
}
