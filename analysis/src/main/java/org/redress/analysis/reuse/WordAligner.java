package org.redress.analysis.reuse;

/**
 * Smith–Waterman local alignment over folded words, with OCR-tolerant word equality ({@link WordSimilarity}) and
 * one-to-two steps for a word that lost or gained a space. It gives the passage's exact bounds on both sides: the
 * alignment starts and ends on matched words. Not thread-safe (it reuses its buffers).
 */
public final class WordAligner {
    private static final double MISMATCH = -1;
    private static final double GAP = -1;
    private static final double SPLIT = -0.5;
    private static final byte STOP = 0;
    private static final byte DIAGONAL = 1;
    private static final byte SKIP_REFERENCE = 2;
    private static final byte SKIP_PAGE = 3;
    private static final byte PAGE_SPLIT = 4; // two page words make one reference word
    private static final byte REFERENCE_SPLIT = 5;

    private final WordSimilarity words = new WordSimilarity();
    private float[] score = new float[0];
    private byte[] step = new byte[0];

    /** The best alignment of reference words [r0, r1) with page words [p0, p1); null when nothing aligns. */
    public Alignment align(FoldedWords ref, int r0, int r1, FoldedWords page, int p0, int p1) {
        int n = r1 - r0;
        int m = p1 - p0;
        if (n <= 0 || m <= 0) return null;
        int w = m + 1;
        ensure((n + 1) * w);
        java.util.Arrays.fill(score, 0, w, 0f);
        float best = 0;
        int bi = 0;
        int bj = 0;
        for (int i = 1; i <= n; i++) {
            score[i * w] = 0;
            String a = ref.word(r0 + i - 1);
            double weightA = WordSimilarity.isStopWord(a) ? 0.5 : 1;
            for (int j = 1; j <= m; j++) {
                String b = page.word(p0 + j - 1);
                double sim = words.of(a, b);
                double v = score[(i - 1) * w + j - 1] + (sim > 0 ? weightA * (1 + sim) : MISMATCH);
                byte s = DIAGONAL;
                double up = score[(i - 1) * w + j] + GAP;
                if (up > v) {
                    v = up;
                    s = SKIP_REFERENCE;
                }
                double left = score[i * w + j - 1] + GAP;
                if (left > v) {
                    v = left;
                    s = SKIP_PAGE;
                }
                if (sim == 0 && j >= 2) {
                    double joined = words.joined(a, page.word(p0 + j - 2), b);
                    if (joined > 0) {
                        double u = score[(i - 1) * w + j - 2] + weightA * (1 + joined) + SPLIT;
                        if (u > v) {
                            v = u;
                            s = PAGE_SPLIT;
                        }
                    }
                }
                if (sim == 0 && i >= 2) {
                    double joined = words.joined(b, ref.word(r0 + i - 2), a);
                    if (joined > 0) {
                        double u = score[(i - 2) * w + j - 1] + (1 + joined) + SPLIT;
                        if (u > v) {
                            v = u;
                            s = REFERENCE_SPLIT;
                        }
                    }
                }
                if (v <= 0) {
                    v = 0;
                    s = STOP;
                }
                score[i * w + j] = (float) v;
                step[i * w + j] = s;
                if (v > best) {
                    best = (float) v;
                    bi = i;
                    bj = j;
                }
            }
        }
        return best <= 0 ? null : traceBack(ref, r0, page, p0, bi, bj, w);
    }

    private Alignment traceBack(FoldedWords ref, int r0, FoldedWords page, int p0, int endI, int endJ, int w) {
        byte[] refMarks = new byte[endI];
        byte[] pageMarks = new byte[endJ];
        double simSum = 0;
        boolean verbatim = true;
        int i = endI;
        int j = endJ;
        int firstI = endI;
        int firstJ = endJ;
        while (i > 0 && j > 0 && step[i * w + j] != STOP && score[i * w + j] > 0) {
            byte s = step[i * w + j];
            String a = ref.word(r0 + i - 1);
            String b = page.word(p0 + j - 1);
            switch (s) {
                case DIAGONAL -> {
                    double sim = words.of(a, b);
                    if (sim < 1) verbatim = false;
                    byte mark = sim >= 1 ? Alignment.SAME : sim > 0 ? Alignment.CLOSE : Alignment.NONE;
                    refMarks[i - 1] = mark;
                    pageMarks[j - 1] = mark;
                    simSum += 2 * sim;
                    firstI = i;
                    firstJ = j;
                    i--;
                    j--;
                }
                case SKIP_REFERENCE -> {
                    verbatim = false;
                    i--;
                }
                case SKIP_PAGE -> {
                    verbatim = false;
                    j--;
                }
                case PAGE_SPLIT -> {
                    double sim = words.joined(a, page.word(p0 + j - 2), b);
                    verbatim = false;
                    refMarks[i - 1] = Alignment.CLOSE;
                    pageMarks[j - 1] = Alignment.CLOSE;
                    pageMarks[j - 2] = Alignment.CLOSE;
                    simSum += 3 * sim;
                    firstI = i;
                    firstJ = j - 1;
                    i--;
                    j -= 2;
                }
                default -> { // REFERENCE_SPLIT
                    double sim = words.joined(b, ref.word(r0 + i - 2), a);
                    verbatim = false;
                    refMarks[i - 1] = Alignment.CLOSE;
                    refMarks[i - 2] = Alignment.CLOSE;
                    pageMarks[j - 1] = Alignment.CLOSE;
                    simSum += 3 * sim;
                    firstI = i - 1;
                    firstJ = j;
                    i -= 2;
                    j--;
                }
            }
        }
        int refWords = endI - firstI + 1;
        int pageWords = endJ - firstJ + 1;
        double similarity = simSum / (refWords + pageWords);
        return new Alignment(
                r0 + firstI - 1,
                r0 + endI - 1,
                p0 + firstJ - 1,
                p0 + endJ - 1,
                Math.min(1, similarity),
                verbatim && refWords == pageWords,
                java.util.Arrays.copyOfRange(refMarks, firstI - 1, endI),
                java.util.Arrays.copyOfRange(pageMarks, firstJ - 1, endJ));
    }

    private void ensure(int cells) {
        if (score.length >= cells) return;
        score = new float[Math.max(cells, score.length * 2)];
        step = new byte[score.length];
    }
}
