package org.redress.analysis.reuse;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.redress.core.reuse.MatchKind;

/**
 * Finds, in a page, every passage that reuses a passage of the references. Two stages, so that no page is ever
 * compared with every reference: character-gram seeds ({@link SeedIndex}) vote for a reference and a diagonal band
 * (page word minus reference word); a band with enough votes is aligned word by word ({@link WordAligner}), which
 * gives the passage's bounds and similarity. The finder is built once and shared; each thread takes its own
 * {@link #matcher()}.
 */
public final class ReuseFinder {
    /** Width of a diagonal band, in words: split, merged and dropped words move a passage's diagonal a little. */
    static final int BAND = 8;
    /** Words aligned beyond the seeds on each side, before the window grows. */
    static final int PAD = 12;

    private final List<FoldedWords> references;
    private final SeedIndex seeds;
    private final int minWords;
    private final int minVotes;

    public ReuseFinder(List<FoldedWords> references, int minWords) {
        if (minWords < 1) throw new IllegalArgumentException("minWords must be at least 1");
        this.references = List.copyOf(references);
        this.seeds = SeedIndex.of(this.references);
        this.minWords = minWords;
        this.minVotes = Math.max(3, minWords * 2 / 5);
    }

    /** A passage found: which reference (its index in the list given), the alignment and its kind. */
    public record Passage(int reference, Alignment alignment, MatchKind kind) {}

    public Matcher matcher() {
        return new Matcher();
    }

    /** One thread's matcher: buffers reused from page to page. */
    public final class Matcher {
        private final GramStream stream = new GramStream();
        private final LongIntMap buckets = new LongIntMap(1 << 12);
        private final WordAligner aligner = new WordAligner();
        private int[] votes = new int[256];
        private int[] lastJ = new int[256];
        private int[] minJ = new int[256];
        private int[] maxJ = new int[256];
        private int[] minI = new int[256];
        private int[] maxI = new int[256];

        private Matcher() {}

        public List<Passage> find(FoldedWords page) {
            if (page.size() < Math.min(minWords, 3)) return List.of();
            vote(page);
            List<long[]> regions = regions();
            List<Passage> found = new ArrayList<>();
            for (long[] region : regions) {
                Passage p = align(
                        (int) region[0], page, (int) region[1], (int) region[2], (int) region[3], (int) region[4]);
                if (p != null) found.add(p);
            }
            return distinct(found);
        }

        private void vote(FoldedWords page) {
            buckets.clear();
            stream.fill(page);
            int grams = stream.grams();
            for (int p = 0; p < grams; p++) {
                int slot = seeds.slot(stream.gram(p));
                if (slot < 0) continue;
                int j = stream.wordOf(p);
                for (int k = seeds.from(slot), to = seeds.to(slot); k < to; k++) {
                    int r = seeds.ref(k);
                    int i = seeds.word(k);
                    int b = bucket(r, Math.floorDiv(j - i, BAND));
                    // One vote per page word: a word's several grams say no more than the word does.
                    if (lastJ[b] == j) continue;
                    lastJ[b] = j;
                    votes[b]++;
                    if (j < minJ[b]) minJ[b] = j;
                    if (j > maxJ[b]) maxJ[b] = j;
                    if (i < minI[b]) minI[b] = i;
                    if (i > maxI[b]) maxI[b] = i;
                }
            }
        }

        private int bucket(int ref, int band) {
            int n = buckets.size();
            int b = buckets.getOrPut(key(ref, band), n);
            if (b == n) {
                if (n == votes.length) grow();
                votes[b] = 0;
                lastJ[b] = -1;
                minJ[b] = Integer.MAX_VALUE;
                maxJ[b] = Integer.MIN_VALUE;
                minI[b] = Integer.MAX_VALUE;
                maxI[b] = Integer.MIN_VALUE;
            }
            return b;
        }

        /** Bands with enough votes (with their neighbours'), merged per reference when adjacent: {ref, i0, i1, j0, j1}. */
        private List<long[]> regions() {
            List<long[]> hot = new ArrayList<>();
            for (int n = 0; n < buckets.size(); n++) {
                long key = buckets.keyAt(n);
                int b = buckets.valueAt(n);
                int ref = (int) (key >>> 32) - 1;
                int band = band(key);
                int around = Math.max(count(ref, band - 1), count(ref, band + 1));
                if (votes[b] + around >= minVotes && votes[b] * 2 >= minVotes)
                    hot.add(new long[] {ref, band, minI[b], maxI[b], minJ[b], maxJ[b]});
            }
            hot.sort(Comparator.<long[]>comparingLong(h -> h[0]).thenComparingLong(h -> h[1]));
            List<long[]> merged = new ArrayList<>();
            long[] cur = null;
            for (long[] h : hot) {
                if (cur != null && cur[0] == h[0] && h[1] - cur[5] <= 2) {
                    cur[1] = Math.min(cur[1], h[2]);
                    cur[2] = Math.max(cur[2], h[3]);
                    cur[3] = Math.min(cur[3], h[4]);
                    cur[4] = Math.max(cur[4], h[5]);
                    cur[5] = h[1];
                } else {
                    cur = new long[] {h[0], h[2], h[3], h[4], h[5], h[1]};
                    merged.add(cur);
                }
            }
            return merged;
        }

        private int count(int ref, int band) {
            int b = buckets.get(key(ref, band));
            return b < 0 ? 0 : votes[b];
        }

        /** Aligns a region, widening the window while the alignment runs into its edge. */
        private Passage align(int r, FoldedWords page, int i0, int i1, int j0, int j1) {
            FoldedWords ref = references.get(r);
            int padRef = PAD;
            int padPage = PAD;
            Alignment a = null;
            for (int tries = 0; tries < 3; tries++) {
                int r0 = Math.max(0, i0 - padRef);
                int r1 = Math.min(ref.size(), i1 + 1 + padRef);
                int p0 = Math.max(0, j0 - padPage);
                int p1 = Math.min(page.size(), j1 + 1 + padPage);
                a = aligner.align(ref, r0, r1, page, p0, p1);
                if (a == null) return null;
                boolean refEdge = (a.referenceFrom() == r0 && r0 > 0) || (a.referenceTo() == r1 - 1 && r1 < ref.size());
                boolean pageEdge = (a.pageFrom() == p0 && p0 > 0) || (a.pageTo() == p1 - 1 && p1 < page.size());
                if (!refEdge && !pageEdge) break;
                if (refEdge) padRef *= 3;
                if (pageEdge) padPage *= 3;
            }
            MatchKind kind = PassageKinds.of(a, minWords);
            return kind == null ? null : new Passage(r, a, kind);
        }

        private void grow() {
            int cap = votes.length * 2;
            votes = Arrays.copyOf(votes, cap);
            lastJ = Arrays.copyOf(lastJ, cap);
            minJ = Arrays.copyOf(minJ, cap);
            maxJ = Arrays.copyOf(maxJ, cap);
            minI = Arrays.copyOf(minI, cap);
            maxI = Arrays.copyOf(maxI, cap);
        }
    }

    /** Keeps one passage where two regions of the same reference found overlapping words of the page. */
    private static List<Passage> distinct(List<Passage> found) {
        if (found.size() < 2) return found;
        List<Passage> byWeight = new ArrayList<>(found);
        byWeight.sort(Comparator.comparingDouble(
                (Passage p) -> -p.alignment().similarity() * p.alignment().referenceWords()));
        List<Passage> kept = new ArrayList<>();
        for (Passage p : byWeight) {
            boolean overlaps = kept.stream()
                    .anyMatch(k -> k.reference() == p.reference()
                            && k.alignment().pageFrom() <= p.alignment().pageTo()
                            && p.alignment().pageFrom() <= k.alignment().pageTo());
            if (!overlaps) kept.add(p);
        }
        kept.sort(Comparator.comparingInt((Passage p) -> p.alignment().pageFrom()));
        return kept;
    }

    private static long key(int ref, int band) {
        return ((long) (ref + 1) << 32) | ((band + (1L << 30)) & 0xFFFFFFFFL);
    }

    private static int band(long key) {
        return (int) ((key & 0xFFFFFFFFL) - (1L << 30));
    }

    public int references() {
        return references.size();
    }
}
