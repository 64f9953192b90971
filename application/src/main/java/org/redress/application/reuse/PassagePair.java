package org.redress.application.reuse;

import java.util.ArrayList;
import java.util.List;
import org.redress.analysis.reuse.Alignment;
import org.redress.analysis.reuse.FoldedWords;
import org.redress.analysis.reuse.WordAligner;

/**
 * Our words and theirs, side by side: each passage cut into runs of text, a run marked when its words differ from the
 * other side's (damaged, changed, or with nothing facing them). Case, accents, punctuation and line breaks are not
 * differences: the words are compared folded, as the matcher compares them.
 */
public record PassagePair(String ours, String theirs, List<Run> ourRuns, List<Run> theirRuns) {

    /** A run of a passage's text; {@code differs} when its words do not face the same words on the other side. */
    public record Run(String text, boolean differs) {}

    static PassagePair of(String refText, int rs, int re, String pageText, int ps, int pe) {
        String ours = slice(refText, rs, re);
        String theirs = slice(pageText, ps, pe);
        FoldedWords a = FoldedWords.of(ours);
        FoldedWords b = FoldedWords.of(theirs);
        Alignment al = new WordAligner().align(a, 0, a.size(), b, 0, b.size());
        byte[] marksA = new byte[a.size()];
        byte[] marksB = new byte[b.size()];
        if (al != null) {
            System.arraycopy(al.referenceMarks(), 0, marksA, al.referenceFrom(), al.referenceMarks().length);
            System.arraycopy(al.pageMarks(), 0, marksB, al.pageFrom(), al.pageMarks().length);
        }
        return new PassagePair(ours, theirs, runs(ours, a, marksA), runs(theirs, b, marksB));
    }

    private static String slice(String text, int start, int end) {
        int s = Math.max(0, Math.min(start, text.length()));
        int e = Math.max(s, Math.min(end, text.length()));
        return text.substring(s, e);
    }

    private static List<Run> runs(String text, FoldedWords words, byte[] marks) {
        List<Run> out = new ArrayList<>();
        int at = 0;
        StringBuilder same = new StringBuilder();
        for (int i = 0; i < words.size(); i++) {
            boolean differs = marks[i] != Alignment.SAME;
            if (!differs) {
                same.append(text, at, words.end(i));
            } else {
                same.append(text, at, words.start(i));
                if (same.length() > 0) out.add(new Run(same.toString(), false));
                same.setLength(0);
                out.add(new Run(text.substring(words.start(i), words.end(i)), true));
            }
            at = words.end(i);
        }
        same.append(text.substring(at));
        if (same.length() > 0) out.add(new Run(same.toString(), false));
        return out;
    }
}
