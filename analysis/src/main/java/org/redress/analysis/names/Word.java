package org.redress.analysis.names;

/**
 * A word of a page: {@code text} its letters (joined when a hyphen broke it across a line), {@code start} and
 * {@code end} offsets into the page, {@code before} the characters between the previous word and this one.
 */
public record Word(
        String text, String folded, int start, int end, String before, boolean brokenAcrossLine, boolean inEmail) {

    public enum Shape {
        TITLE,
        UPPER,
        LOWER,
        INITIAL
    }

    public Shape shape() {
        if (text.codePointCount(0, text.length()) == 1) {
            return Character.isUpperCase(text.codePointAt(0)) ? Shape.INITIAL : Shape.LOWER;
        }
        boolean allUpper = true;
        int first = -1;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            if (Character.isLetter(cp)) {
                if (first < 0) first = cp;
                if (!Character.isUpperCase(cp)) allUpper = false;
            }
            i += Character.charCount(cp);
        }
        if (allUpper) return Shape.UPPER;
        // A lost letter ("?ngeles") opening the word is taken for a capital.
        boolean lost = !Character.isLetter(text.codePointAt(0));
        return lost || Character.isUpperCase(first) ? Shape.TITLE : Shape.LOWER;
    }

    /** Written as a name is: capitalised, in capitals, or an initial. */
    public boolean nameLike() {
        return shape() != Shape.LOWER;
    }

    Word markedInEmail() {
        return new Word(text, folded, start, end, before, brokenAcrossLine, true);
    }
}
