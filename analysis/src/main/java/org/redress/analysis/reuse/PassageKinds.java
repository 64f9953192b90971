package org.redress.analysis.reuse;

import org.redress.core.reuse.MatchKind;

/**
 * Which kind of reuse an alignment is, or none. OCR damage leaves words close to ours (a few letters off), rewording
 * puts other words in their place: so a passage is {@code near} when its unmatched words are few or outnumbered by
 * its damaged ones, and {@code paraphrase} otherwise. Thresholds set on the generated benchmark
 * ({@code bench/ReuseBenchmark}, BENCHMARKS.md): at 20 % character errors, passages keep a similarity above 0.5 and
 * about half their words close; reworded ones about a third unmatched and almost none close.
 */
public final class PassageKinds {
    public static final double NEAR = 0.5;
    public static final double PARAPHRASE = 0.35;
    /** Unmatched words a near passage may have without damaged words to explain them. */
    public static final double FEW_UNMATCHED = 0.2;

    private PassageKinds() {}

    /** The kind, or null when the alignment is too short or too loose to be reuse. */
    public static MatchKind of(Alignment a, int minWords) {
        if (a == null || a.referenceWords() < minWords) return null;
        if (a.verbatim()) return MatchKind.VERBATIM;
        double unmatched = a.share(Alignment.NONE);
        if (a.similarity() >= NEAR && (unmatched <= FEW_UNMATCHED || a.share(Alignment.CLOSE) >= unmatched))
            return MatchKind.NEAR;
        if (a.similarity() >= PARAPHRASE) return MatchKind.PARAPHRASE;
        return null;
    }
}
