package org.redress.nlp;

import java.util.ArrayList;
import java.util.List;

/**
 * A long text cut into pieces of at most a given length, at a paragraph break where there is one, else at a line
 * break, else at a space: CoreNLP's memory and time grow with what it reads at once, and a spreadsheet or a long
 * OCR'd page can be a million characters. Names are rarely broken across a blank line, so little is lost.
 */
final class Pieces {
    record Piece(int start, String text) {}

    private Pieces() {}

    static List<Piece> of(String text, int max) {
        List<Piece> pieces = new ArrayList<>();
        int start = 0;
        while (text.length() - start > max) {
            int end = cut(text, start, start + max);
            pieces.add(new Piece(start, text.substring(start, end)));
            start = end;
        }
        if (start < text.length()) pieces.add(new Piece(start, text.substring(start)));
        return pieces;
    }

    /** Where to end a piece that starts at {@code start} and may not pass {@code limit}. */
    private static int cut(String text, int start, int limit) {
        int half = start + (limit - start) / 2;
        for (String mark : new String[] {"\n\n", "\n", " "}) {
            int at = text.lastIndexOf(mark, limit - mark.length());
            if (at >= half) return at + mark.length();
        }
        return limit;
    }
}
