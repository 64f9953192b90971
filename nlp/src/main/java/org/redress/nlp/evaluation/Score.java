package org.redress.nlp.evaluation;

import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.redress.core.entities.EntityType;

/** True and false positives and false negatives per type, over exact spans; micro-averaged overall. */
public final class Score {
    private final Map<EntityType, int[]> counts = new EnumMap<>(EntityType.class);

    public Score() {
        for (EntityType t : EntityType.values()) counts.put(t, new int[3]);
    }

    /** Adds one text: each found span is right when a gold span has the same start, end and type. */
    public void add(List<GoldSpan> gold, List<GoldSpan> found) {
        Set<GoldSpan> expected = new HashSet<>(gold);
        Set<GoldSpan> seen = new HashSet<>();
        for (GoldSpan f : found) {
            if (!seen.add(f)) continue;
            counts.get(f.type())[expected.contains(f) ? 0 : 1]++;
        }
        for (GoldSpan g : expected) if (!seen.contains(g)) counts.get(g.type())[2]++;
    }

    public Figures of(EntityType type) {
        int[] c = counts.get(type);
        return new Figures(c[0], c[1], c[2]);
    }

    public Figures overall() {
        int tp = 0, fp = 0, fn = 0;
        for (int[] c : counts.values()) {
            tp += c[0];
            fp += c[1];
            fn += c[2];
        }
        return new Figures(tp, fp, fn);
    }

    /** Counts and the three measures; a measure with nothing to divide by is 0. */
    public record Figures(int truePositives, int falsePositives, int falseNegatives) {
        public double precision() {
            int d = truePositives + falsePositives;
            return d == 0 ? 0 : (double) truePositives / d;
        }

        public double recall() {
            int d = truePositives + falseNegatives;
            return d == 0 ? 0 : (double) truePositives / d;
        }

        public double f1() {
            double p = precision(), r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }

        public int gold() {
            return truePositives + falseNegatives;
        }
    }
}
