package org.redress.analysis.reuse;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.redress.analysis.names.Folding;

/**
 * The words of a text as the matcher compares them: letters and digits folded like the search index's words
 * (lower case, accents folded by Lucene), each with its offsets in the text. Re-casing, re-wrapping and punctuation
 * therefore change nothing; a word a hyphen broke at the end of a line is joined again.
 */
public final class FoldedWords {
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{M}\\p{N}]+");
    private static final Pattern LINE_BREAK_HYPHEN = Pattern.compile("[-\u00AD][ \\t]*\\r?\\n[ \\t]*");

    private final String[] folded;
    private final int[] starts;
    private final int[] ends;

    private FoldedWords(String[] folded, int[] starts, int[] ends) {
        this.folded = folded;
        this.starts = starts;
        this.ends = ends;
    }

    public static FoldedWords of(String text) {
        String t = text == null ? "" : text;
        List<String> words = new ArrayList<>();
        List<int[]> bounds = new ArrayList<>();
        Matcher m = WORD.matcher(t);
        int prevEnd = -1;
        while (m.find()) {
            String f = Folding.fold(m.group());
            if (f.isEmpty()) continue;
            int last = words.size() - 1;
            if (last >= 0
                    && LINE_BREAK_HYPHEN
                            .matcher(t.substring(prevEnd, m.start()))
                            .matches()
                    && Character.isLowerCase(t.codePointAt(m.start()))) {
                words.set(last, words.get(last) + f);
                bounds.get(last)[1] = m.end();
            } else {
                words.add(f);
                bounds.add(new int[] {m.start(), m.end()});
            }
            prevEnd = m.end();
        }
        int n = words.size();
        int[] s = new int[n];
        int[] e = new int[n];
        for (int i = 0; i < n; i++) {
            s[i] = bounds.get(i)[0];
            e[i] = bounds.get(i)[1];
        }
        return new FoldedWords(words.toArray(String[]::new), s, e);
    }

    public int size() {
        return folded.length;
    }

    public String word(int i) {
        return folded[i];
    }

    /** Where word {@code i} starts in the text. */
    public int start(int i) {
        return starts[i];
    }

    /** Where word {@code i} ends in the text (exclusive). */
    public int end(int i) {
        return ends[i];
    }
}
