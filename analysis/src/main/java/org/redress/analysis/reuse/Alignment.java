package org.redress.analysis.reuse;

/**
 * The best local alignment of a reference's words with a page's: the word spans (inclusive), the similarity
 * (matched words, weighted by how close each pair is, over all words of both spans), whether every word is the same,
 * and, for showing the differences, which words of each span found their match ({@link #SAME}, {@link #CLOSE},
 * {@link #NONE}).
 */
public record Alignment(
        int referenceFrom,
        int referenceTo,
        int pageFrom,
        int pageTo,
        double similarity,
        boolean verbatim,
        byte[] referenceMarks,
        byte[] pageMarks) {
    public static final byte NONE = 0;
    public static final byte CLOSE = 1;
    public static final byte SAME = 2;

    public int referenceWords() {
        return referenceTo - referenceFrom + 1;
    }

    /** The share of the words of both spans with this mark. */
    public double share(byte mark) {
        int n = 0;
        for (byte b : referenceMarks) if (b == mark) n++;
        for (byte b : pageMarks) if (b == mark) n++;
        return (double) n / (referenceMarks.length + pageMarks.length);
    }

    public int pageWords() {
        return pageTo - pageFrom + 1;
    }
}
