package org.redress.analysis.reuse;

import java.util.List;

/**
 * The references' character grams, each with where it occurs (reference, word). Grams that occur too often across the
 * references ("ation", "ofthe") are left out: they say nothing about which passage a page quotes and would make every
 * page's look-up long. Built once per comparison; read-only after, so pages can be looked up from several threads.
 */
final class SeedIndex {
    /** Grams with more occurrences than this, across all references, are not seeds. */
    static final int MAX_OCCURRENCES = 40;

    private final LongIntMap slotOf;
    private final int[] offsets;
    private final int[] refs;
    private final int[] words;

    private SeedIndex(LongIntMap slotOf, int[] offsets, int[] refs, int[] words) {
        this.slotOf = slotOf;
        this.offsets = offsets;
        this.refs = refs;
        this.words = words;
    }

    static SeedIndex of(List<FoldedWords> references) {
        GramStream stream = new GramStream();
        LongIntMap counts = new LongIntMap(1 << 16);
        // First pass: number the distinct grams; second: count them; third: lay their occurrences out contiguously.
        for (FoldedWords r : references) {
            stream.fill(r);
            for (int p = 0; p < stream.grams(); p++) counts.getOrPut(stream.gram(p), counts.size());
        }
        int distinct = counts.size();
        int[] count = new int[distinct];
        for (FoldedWords r : references) {
            stream.fill(r);
            for (int p = 0; p < stream.grams(); p++) count[counts.get(stream.gram(p))]++;
        }
        LongIntMap slotOf = new LongIntMap(distinct);
        int kept = 0;
        int[] keptSlot = new int[distinct];
        for (int n = 0; n < distinct; n++) {
            int c = count[counts.valueAt(n)];
            if (c <= MAX_OCCURRENCES) {
                keptSlot[counts.valueAt(n)] = kept;
                slotOf.put(counts.keyAt(n), kept++);
            } else {
                keptSlot[counts.valueAt(n)] = -1;
            }
        }
        int[] offsets = new int[kept + 1];
        for (int d = 0; d < distinct; d++) if (keptSlot[d] >= 0) offsets[keptSlot[d] + 1] = count[d];
        for (int k = 0; k < kept; k++) offsets[k + 1] += offsets[k];
        int[] fill = java.util.Arrays.copyOf(offsets, kept);
        int[] refs = new int[offsets[kept]];
        int[] words = new int[offsets[kept]];
        for (int r = 0; r < references.size(); r++) {
            stream.fill(references.get(r));
            for (int p = 0; p < stream.grams(); p++) {
                int k = keptSlot[counts.get(stream.gram(p))];
                if (k < 0) continue;
                int at = fill[k]++;
                refs[at] = r;
                words[at] = stream.wordOf(p);
            }
        }
        return new SeedIndex(slotOf, offsets, refs, words);
    }

    /** The seed slot of {@code gram}, or -1 when it is not a seed. */
    int slot(long gram) {
        return slotOf.get(gram);
    }

    /** The first occurrence of a seed (an index for {@link #ref} and {@link #word}). */
    int from(int slot) {
        return offsets[slot];
    }

    /** One past its last occurrence. */
    int to(int slot) {
        return offsets[slot + 1];
    }

    int ref(int occurrence) {
        return refs[occurrence];
    }

    int word(int occurrence) {
        return words[occurrence];
    }
}
