package org.redress.analysis.reuse;

import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.es.SpanishAnalyzer;

/**
 * When two folded words count as the same word despite OCR damage: within about a third of their length in edits
 * (none for words of up to three letters, where one edit makes another word: "the", "she"). Function words, English
 * and Spanish (Lucene's stop sets), weigh less, so two texts on the same subject cannot align through them.
 */
final class WordSimilarity {
    private static final CharArraySet STOP = stopWords();

    private int[] previous = new int[32];
    private int[] current = new int[32];

    /** The similarity (1 − edits / longer length) when the words count as the same, else 0. */
    double of(String a, String b) {
        if (a.equals(b)) return 1;
        int longer = Math.max(a.length(), b.length());
        int allowed = allowedEdits(longer);
        if (allowed == 0 || Math.abs(a.length() - b.length()) > allowed) return 0;
        int d = distance(a, b, allowed);
        return d > allowed ? 0 : 1.0 - (double) d / longer;
    }

    static int allowedEdits(int length) {
        if (length <= 3) return 0;
        if (length <= 5) return 1;
        if (length <= 8) return 2;
        return length / 3;
    }

    static boolean isStopWord(String folded) {
        return STOP.contains(folded);
    }

    /** The same for {@code a} against {@code b1} and {@code b2} run together (a word split by a space), not copied. */
    double joined(String a, String b1, String b2) {
        int bl = b1.length() + b2.length();
        int longer = Math.max(a.length(), bl);
        int allowed = allowedEdits(longer);
        if (allowed == 0 || Math.abs(a.length() - bl) > allowed) return 0;
        int d = distance(a, b1, b2, allowed);
        return d > allowed ? 0 : 1.0 - (double) d / longer;
    }

    private int distance(String a, String b, int bound) {
        return distance(a, b, "", bound);
    }

    /** Levenshtein distance of {@code a} and {@code b1 + b2}, giving up (more than {@code bound}) once it must exceed it. */
    private int distance(String a, String b1, String b2, int bound) {
        int n = a.length();
        int split = b1.length();
        int m = split + b2.length();
        if (previous.length <= m) {
            previous = new int[m + 1];
            current = new int[m + 1];
        }
        for (int j = 0; j <= m; j++) previous[j] = j;
        for (int i = 1; i <= n; i++) {
            current[0] = i;
            int rowMin = i;
            char ca = a.charAt(i - 1);
            for (int j = 1; j <= m; j++) {
                char cb = j <= split ? b1.charAt(j - 1) : b2.charAt(j - 1 - split);
                int cost = ca == cb ? 0 : 1;
                int v = Math.min(Math.min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
                current[j] = v;
                if (v < rowMin) rowMin = v;
            }
            if (rowMin > bound) return bound + 1;
            int[] t = previous;
            previous = current;
            current = t;
        }
        return previous[m];
    }

    private static CharArraySet stopWords() {
        CharArraySet set = new CharArraySet(EnglishAnalyzer.ENGLISH_STOP_WORDS_SET, false);
        for (Object w : SpanishAnalyzer.getDefaultStopSet()) {
            set.add(org.redress.analysis.names.Folding.fold(w instanceof char[] c ? new String(c) : w.toString()));
        }
        return CharArraySet.unmodifiableSet(set);
    }
}
