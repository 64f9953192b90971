package org.redress.analysis.reuse;

/**
 * A text's folded words run together without spaces, with the word each character came from, and a hash of the
 * {@link #Q} characters from each position. Character grams across word boundaries survive what breaks word
 * shingles: at 15 % character errors only about four words in ten are intact, so a three-word shingle survives one
 * time in fifteen, while a five-character gram survives almost one time in two; running the words together makes
 * split and merged words (a lost or an added space) cost nothing.
 */
final class GramStream {
    static final int Q = 5;

    private char[] chars = new char[1024];
    private int[] wordOf = new int[1024];
    private int length;

    /** Fills this stream (reused between pages) from {@code words}. */
    GramStream fill(FoldedWords words) {
        length = 0;
        for (int w = 0; w < words.size(); w++) {
            String s = words.word(w);
            ensure(length + s.length());
            for (int k = 0; k < s.length(); k++) {
                chars[length] = s.charAt(k);
                wordOf[length++] = w;
            }
        }
        return this;
    }

    /** How many grams start in this stream. */
    int grams() {
        return Math.max(0, length - Q + 1);
    }

    /** The hash of the gram at {@code p} (never 0). */
    long gram(int p) {
        long h = 0x243F6A8885A308D3L;
        for (int k = p; k < p + Q; k++) h = (h ^ chars[k]) * 0x100000001B3L;
        h ^= h >>> 31;
        return h == 0 ? 1 : h;
    }

    /** The word the gram at {@code p} starts in. */
    int wordOf(int p) {
        return wordOf[p];
    }

    private void ensure(int n) {
        if (n <= chars.length) return;
        int cap = Math.max(n, chars.length * 2);
        chars = java.util.Arrays.copyOf(chars, cap);
        wordOf = java.util.Arrays.copyOf(wordOf, cap);
    }
}
