package org.redress.analysis.marks;

import java.text.BreakIterator;
import java.util.Locale;

/**
 * The sentence around a stretch of a page, as a reader would quote it. A page's single line breaks are where the
 * lines of a scan or a letter ended, not where sentences did: a line break ends a sentence only after a blank line
 * or a short line (a heading, "MEMO", "From: …" of three words or fewer), besides the sentence rules of
 * {@link BreakIterator}. Long sentences (OCR without full stops) are cut to a window around the hit.
 */
final class Sentences {
    private static final int MAX = 400;

    private Sentences() {}

    static String around(String text, int start, int end) {
        // Single line breaks become spaces (same length, so offsets hold); blank lines stay.
        String flat = joinLines(text);
        BreakIterator it = BreakIterator.getSentenceInstance(Locale.ROOT);
        it.setText(flat);
        int from = it.preceding(Math.min(start + 1, flat.length()));
        if (from == BreakIterator.DONE) from = 0;
        int to = it.following(Math.max(end - 1, 0));
        if (to == BreakIterator.DONE) to = flat.length();
        // BreakIterator reads on over a line break; a kept one (see joinLines) ends the sentence all the same.
        int nl = flat.lastIndexOf('\n', start - 1);
        if (nl + 1 > from) from = nl + 1;
        nl = flat.indexOf('\n', end);
        if (nl >= 0 && nl < to) to = nl;
        if (to - from > MAX) {
            from = Math.max(from, start - MAX / 2);
            to = Math.min(to, end + MAX / 2);
        }
        return flat.substring(from, to).replaceAll("\\s+", " ").strip();
    }

    /** The text with each line break inside a paragraph made a space (same length, so offsets hold). */
    private static String joinLines(String text) {
        char[] c = text.replace('\r', ' ').toCharArray();
        int lineStart = 0;
        for (int i = 0; i < c.length; i++) {
            if (c[i] != '\n') continue;
            String line = new String(c, lineStart, i - lineStart).strip();
            boolean nextBlank = i + 1 >= c.length || c[i + 1] == '\n';
            if (!line.isEmpty() && !nextBlank && line.split("\\s+").length > 3) c[i] = ' ';
            lineStart = i + 1;
        }
        return new String(c);
    }
}
