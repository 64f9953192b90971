package org.redress.analysis.reuse;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.core.WhitespaceTokenizer;
import org.apache.lucene.analysis.minhash.MinHashFilter;
import org.apache.lucene.analysis.shingle.ShingleFilter;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Documents whose text is mostly the same: the same email produced by two agencies, a record re-released with other
 * redactions. Each document's folded words become three-word shingles and a MinHash signature (Lucene's
 * {@link MinHashFilter}, one hash per bucket); signatures sharing a band (locality-sensitive hashing) are compared,
 * and those whose estimated resemblance reaches {@link #SAME} are grouped. No document is compared with all others.
 */
public final class NearDuplicates {
    static final int BUCKETS = 128;
    static final int ROWS = 4;
    /** Estimated Jaccard resemblance of shingle sets from which two documents are versions of one. */
    public static final double SAME = 0.5;
    /** Shorter texts are left out: a few words in common say nothing. */
    public static final int MIN_WORDS = 20;

    private final List<String[]> signatures = new ArrayList<>();

    /** Adds a document's text; returns its number, or -1 when it is too short to compare. */
    public int add(String text) {
        FoldedWords words = FoldedWords.of(text);
        if (words.size() < MIN_WORDS) return -1;
        signatures.add(signature(words));
        return signatures.size() - 1;
    }

    /** A group of versions: the documents' numbers, and each one's resemblance to the first. */
    public record Group(List<Integer> members, List<Double> resemblance) {}

    /** Groups of two or more documents, each group's members in the order they were added. */
    public List<Group> groups() {
        int n = signatures.size();
        int[] parent = new int[n];
        for (int i = 0; i < n; i++) parent[i] = i;
        for (int band = 0; band < BUCKETS / ROWS; band++) {
            Map<String, Integer> firstWithKey = new HashMap<>();
            for (int d = 0; d < n; d++) {
                StringBuilder key = new StringBuilder();
                for (int r = 0; r < ROWS; r++)
                    key.append(signatures.get(d)[band * ROWS + r]).append('\u0001');
                Integer other = firstWithKey.putIfAbsent(key.toString(), d);
                if (other != null && resemblance(other, d) >= SAME) union(parent, other, d);
            }
        }
        Map<Integer, List<Integer>> byRoot = new java.util.TreeMap<>();
        for (int d = 0; d < n; d++)
            byRoot.computeIfAbsent(find(parent, d), k -> new ArrayList<>()).add(d);
        List<Group> out = new ArrayList<>();
        for (List<Integer> members : byRoot.values()) {
            if (members.size() < 2) continue;
            List<Double> r =
                    members.stream().map(m -> resemblance(members.get(0), m)).toList();
            out.add(new Group(members, r));
        }
        return out;
    }

    /** The share of equal buckets: an estimate of the Jaccard resemblance of the two shingle sets. */
    public double resemblance(int a, int b) {
        String[] x = signatures.get(a);
        String[] y = signatures.get(b);
        int same = 0;
        for (int i = 0; i < BUCKETS; i++) if (x[i].equals(y[i])) same++;
        return (double) same / BUCKETS;
    }

    private static String[] signature(FoldedWords words) {
        StringBuilder joined = new StringBuilder();
        for (int i = 0; i < words.size(); i++) joined.append(words.word(i)).append(' ');
        String[] out = new String[BUCKETS];
        WhitespaceTokenizer tokenizer = new WhitespaceTokenizer();
        tokenizer.setReader(new StringReader(joined.toString()));
        ShingleFilter shingles = new ShingleFilter(tokenizer, 3, 3);
        shingles.setOutputUnigrams(false);
        try (TokenStream hashes = new MinHashFilter(shingles, 1, BUCKETS, 1, true)) {
            CharTermAttribute term = hashes.addAttribute(CharTermAttribute.class);
            hashes.reset();
            int i = 0;
            while (hashes.incrementToken() && i < BUCKETS) out[i++] = term.toString();
            hashes.end();
            for (; i < BUCKETS; i++) out[i] = "";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    private static int find(int[] parent, int x) {
        while (parent[x] != x) x = parent[x] = parent[parent[x]];
        return x;
    }

    private static void union(int[] parent, int a, int b) {
        int ra = find(parent, a);
        int rb = find(parent, b);
        if (ra != rb) parent[Math.max(ra, rb)] = Math.min(ra, rb);
    }
}
