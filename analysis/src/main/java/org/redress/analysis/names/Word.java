package org.redress.analysis.names;

/**
 * A word of a page: {@code text} its letters (joined when it was broken across a line), {@code start} and
 * {@code end} offsets into the page, {@code before} the characters between the previous word and this one.
 */
public record Word(String text, String folded, int start, int end, String before, Joined joined, boolean inEmail) {

    /** How a word broken across a line was joined again, if it was. */
    public enum Joined {
        NO(null),
        /** A hyphen at the end of the line ("Bal-" / "cázar"): always joined. */
        HYPHEN("joined across a line break at a hyphen"),
        /**
         * No hyphen ("Balcá" / "zar", as OCR and PDF text extraction leave it): joined only where the whole is a part
         * of the name ({@link NameMatcher}).
         */
        LINE_END("joined across a line break without a hyphen");

        private final String words;

        Joined(String words) {
            this.words = words;
        }

        public String words() {
            return words;
        }
    }

    public boolean brokenAcrossLine() {
        return joined != Joined.NO;
    }

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

    /** This word and the next on the following line read as one word. */
    Word joinedWith(Word next, Joined how) {
        String t = text + next.text;
        return new Word(t, Folding.fold(t), start, next.end, before, how, false);
    }

    Word markedInEmail() {
        return new Word(text, folded, start, end, before, joined, true);
    }
}
