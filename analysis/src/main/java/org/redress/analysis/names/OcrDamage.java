package org.redress.analysis.names;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * How far a folded page word is from a folded part of a name as OCR damages words: a weighted edit distance in which
 * the confusions of OCR (rn for m, l or i for 1, o for 0, c or a for e, cl for d, vv for w, E for F, O for Q, C for G,
 * G for 6, s for z, a doubled or a missing letter) cost less than other edits. A word is the part, damaged, when
 * Lucene's Levenshtein automaton puts it within two plain edits ({@link NamePart#edits}), or within two once doubled
 * letters are written once ({@link NamePart#withinTwoUndoubled}: "EEcchheverria"), or within two once both are read
 * by OCR's confusion classes ({@link NamePart#withinTwoKeyed}, {@link OcrKey}: "Ba11cazzar"), the measures the screen
 * uses, so that the screen never hides such a word, and its weighted cost fits a budget that grows with the length of
 * the part; parts of three letters or fewer get none. Read by the keys, all of a word's confusions of shape (digits,
 * rn, cl, vv, 1/l/i, doubled letters) cost one confusion together.
 */
final class OcrDamage {
    /** The cost of one of OCR's confusions (a pair of the table, a doubled letter). */
    static final double CHEAP = 0.5;
    /** A letter of the name missing from the page. */
    static final double MISSING = 0.75;
    /** Any other letter wrong, added, or two swapped. */
    static final double OTHER = 1.0;

    /** Letters (as folded: lower case, digits kept) OCR takes for one another, each pair both ways. */
    private static final Set<String> LOOK_ALIKE = Set.of(
            "l1", "i1", "il", "ij", "o0", "oc", "ec", "eo", "ao", "ae", "nu", "nh", "hb", "uv", "mn", "rn", "s5", "z2",
            "sz", "b6", "b8", "g9", "gq", "g6", "cg", "oq", "ef", "tf", "ft");

    /** Groups of letters OCR reads as one letter, and the reverse: name side, page side. */
    private static final String[][] GROUPS = {
        {"m", "rn"},
        {"rn", "m"},
        {"m", "nn"},
        {"d", "cl"},
        {"cl", "d"},
        {"w", "vv"},
        {"vv", "w"},
        {"h", "li"},
        {"n", "ri"},
        {"u", "ii"}
    };

    /**
     * The damage found: its weighted cost, the budget it fits, each edit in words, and how many of them are of no kind
     * OCR's ({@link #OTHER}: a letter wrong that is no confusion, a letter added, two swapped).
     */
    record Damage(double cost, double budget, List<String> edits, int others) {
        /** Every edit is one of OCR's kinds: a confusion, a letter doubled or missing. */
        boolean ocrKinds() {
            return others == 0;
        }

        /** The edits in a line, with the cost against the budget. */
        String words() {
            return String.join(", ", edits) + " (cost " + format(cost) + " of " + format(budget) + ")";
        }

        private static String format(double d) {
            return d == Math.rint(d) ? String.valueOf((int) d) : String.valueOf(d);
        }
    }

    private OcrDamage() {}

    /** The most weighted cost a part of this many letters may take: none up to three letters, then more as it grows. */
    static double budget(int length) {
        if (length < 4) return 0;
        if (length == 4) return 0.5;
        if (length <= 6) return 1.0;
        if (length <= 8) return 1.5;
        if (length <= 11) return 2.0;
        return 2.5;
    }

    /** The damage that makes the page word of the part, or null when it is more than OCR's budget allows. */
    static Damage of(NamePart part, String word) {
        return of(part, word, OcrKey.of(word));
    }

    /**
     * The same, {@code key} the word's {@link OcrKey}: the cheaper of the plain alignment and the alignment of the
     * two keys, which costs one confusion more than its own edits (several of OCR's confusions in a word count as one).
     */
    static Damage of(NamePart part, String word, String key) {
        return of(part, word, key, 0);
    }

    /**
     * The same with {@code more} added to the budget ({@link #CHEAP}: one confusion past it, the reach of
     * {@link WordRule#OCR_PAST}); parts of three letters or fewer still get none.
     */
    static Damage of(NamePart part, String word, String key, double more) {
        String name = part.folded();
        double budget = budget(name.length());
        if (budget == 0 || word.length() < 2 || word.equals(name)) return null;
        budget += more;
        Damage plain = part.edits(word) <= 2 || part.withinTwoUndoubled(word) ? align(name, word, budget) : null;
        Damage keyed = part.withinTwoKeyed(key) ? keyed(part, key, budget) : null;
        Damage best = plain == null || (keyed != null && keyed.cost() < plain.cost()) ? keyed : plain;
        return best != null && best.cost() <= budget + 1e-9 ? best : null;
    }

    /**
     * The weighted cost of the word as the part damaged, the cheaper of the plain alignment and that of the keys, with
     * no limit of edits: for judging a word beside a reading ({@link PartRules#damaged}), never for reading one.
     */
    static double cost(NamePart part, String word) {
        double plain = align(part.folded(), word, 0).cost();
        return Math.min(plain, CHEAP + align(part.key(), OcrKey.of(word), 0).cost());
    }

    /** The alignment of the word's key to the part's, with one confusion's cost for reading both by their keys. */
    private static Damage keyed(NamePart part, String key, double budget) {
        Damage d = align(part.key(), key, budget);
        List<String> edits = new ArrayList<>();
        edits.add("read by OCR's confusion classes as '" + key + "'"
                + (d.edits().isEmpty() ? ", as the name is" : " for the name's '" + part.key() + "'"));
        edits.addAll(d.edits());
        return new Damage(CHEAP + d.cost(), budget, List.copyOf(edits), d.others());
    }

    static boolean cheapPair(char a, char b) {
        return LOOK_ALIKE.contains("" + a + b) || LOOK_ALIKE.contains("" + b + a);
    }

    /** The cheapest alignment of name to word, by dynamic programming over the costs above, with its edits. */
    static Damage align(String name, String word, double budget) {
        int n = name.length();
        int m = word.length();
        double[][] d = new double[n + 1][m + 1];
        String[][] how = new String[n + 1][m + 1];
        boolean[][] other = new boolean[n + 1][m + 1];
        int[][] back = new int[n + 1][m + 1]; // packed previous cell: i * (m + 1) + j
        for (int i = 0; i <= n; i++) {
            for (int j = 0; j <= m; j++) {
                if (i == 0 && j == 0) continue;
                d[i][j] = Double.MAX_VALUE;
                if (i > 0 && j > 0) {
                    char a = name.charAt(i - 1);
                    char b = word.charAt(j - 1);
                    if (a == b) {
                        set(d, how, other, back, m, i, j, i - 1, j - 1, 0, null);
                    } else {
                        boolean cheap = cheapPair(a, b);
                        set(
                                d,
                                how,
                                other,
                                back,
                                m,
                                i,
                                j,
                                i - 1,
                                j - 1,
                                cheap ? CHEAP : OTHER,
                                "'" + b + "' for '" + a + "'");
                    }
                }
                if (i > 0) {
                    // A letter of the name missing; one of a doubled letter costs less (Bala for Balla).
                    char a = name.charAt(i - 1);
                    boolean doubled = (i > 1 && name.charAt(i - 2) == a) || (i < n && name.charAt(i) == a);
                    set(d, how, other, back, m, i, j, i - 1, j, doubled ? CHEAP : MISSING, "'" + a + "' missing");
                }
                if (j > 0) {
                    // A letter added: a doubled one (Balcazzar) is OCR's; any other is not.
                    char b = word.charAt(j - 1);
                    boolean doubled = (j > 1 && word.charAt(j - 2) == b) || (i > 0 && name.charAt(i - 1) == b);
                    set(
                            d,
                            how,
                            other,
                            back,
                            m,
                            i,
                            j,
                            i,
                            j - 1,
                            doubled ? CHEAP : OTHER,
                            (doubled ? "doubled '" : "'") + b + (doubled ? "'" : "' added"));
                }
                if (i > 1
                        && j > 1
                        && name.charAt(i - 1) == word.charAt(j - 2)
                        && name.charAt(i - 2) == word.charAt(j - 1))
                    set(
                            d,
                            how,
                            other,
                            back,
                            m,
                            i,
                            j,
                            i - 2,
                            j - 2,
                            OTHER,
                            "'" + name.substring(i - 2, i) + "' swapped");
                for (String[] g : GROUPS) {
                    int gi = g[0].length();
                    int gj = g[1].length();
                    if (i >= gi && j >= gj && name.startsWith(g[0], i - gi) && word.startsWith(g[1], j - gj))
                        set(d, how, other, back, m, i, j, i - gi, j - gj, CHEAP, "'" + g[1] + "' for '" + g[0] + "'");
                }
            }
        }
        List<String> edits = new ArrayList<>();
        int others = 0;
        for (int i = n, j = m; i > 0 || j > 0; ) {
            if (how[i][j] != null) edits.add(0, how[i][j]);
            if (other[i][j]) others++;
            int p = back[i][j];
            i = p / (m + 1);
            j = p % (m + 1);
        }
        return new Damage(d[n][m], budget, List.copyOf(edits), others);
    }

    private static void set(
            double[][] d,
            String[][] how,
            boolean[][] other,
            int[][] back,
            int m,
            int i,
            int j,
            int pi,
            int pj,
            double cost,
            String what) {
        double c = d[pi][pj] + cost;
        if (c < d[i][j]) {
            d[i][j] = c;
            how[i][j] = what;
            other[i][j] = cost == OTHER;
            back[i][j] = pi * (m + 1) + pj;
        }
    }
}
