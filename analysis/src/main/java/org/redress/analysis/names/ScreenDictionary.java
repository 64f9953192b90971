package org.redress.analysis.names;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.util.automaton.CharacterRunAutomaton;
import org.redress.core.mentions.ScreenWords;

/**
 * Every watched person's words, looked up by a page word in one step: aliases exactly; surnames and given names
 * within the edits {@link NameMatcher} allows (by their deletion neighbourhoods, {@link EditNeighbourhood}, checked
 * with Lucene's Levenshtein automata), and with lost letters ("balc?zar"); initials as capital letters alone; and
 * surnames inside email local parts.
 */
final class ScreenDictionary {
    /** A surname hit is the person's number shifted by this, and the surname's slot among theirs. */
    static final int SLOT_BITS = 4;

    static final int SLOT_MASK = (1 << SLOT_BITS) - 1;

    /** What one page word may be: surname entries (person and slot), companions' and aliases' people. */
    record Answer(int[] surnames, int[] companions, int[] aliases, boolean courtesy) {}

    private static final int[] NONE = new int[0];
    private static final Answer NOTHING = new Answer(NONE, NONE, NONE, false);
    private final String[] keys;
    private final Map<String, int[]> aliases = new HashMap<>();
    private final Map<String, int[]> contained = new HashMap<>();
    private final Fuzzy surnames = new Fuzzy();
    private final Fuzzy companions = new Fuzzy();
    private final Map<String, int[]> initials = new HashMap<>();
    private final BitSet anyCompanion = new BitSet();
    private final List<ScreenWords> people;
    /** Surnames and companions within OCR's edits ({@link OcrDamage}), built when the first OCR page comes. */
    private Fuzzy ocrSurnames;

    private Fuzzy ocrCompanions;
    /** The same with every run of one letter written once ({@link NamePart#withinTwoUndoubled}). */
    private Fuzzy ocrUndoubledSurnames;

    private Fuzzy ocrUndoubledCompanions;
    /** The same read by OCR's confusion classes ({@link OcrKey}, {@link NamePart#withinTwoKeyed}). */
    private Fuzzy ocrKeyedSurnames;

    private Fuzzy ocrKeyedCompanions;
    private volatile boolean ocrBuilt;
    private int shortestContained = Integer.MAX_VALUE;
    private int longestContained;

    ScreenDictionary(List<ScreenWords> people) {
        this.people = List.copyOf(people);
        keys = new String[people.size()];
        for (int i = 0; i < people.size(); i++) {
            ScreenWords p = people.get(i);
            keys[i] = p.key();
            for (String w : p.exact()) add(aliases, w, i);
            int slot = 0;
            for (String w : p.fuzzy()) {
                if (w.isEmpty()) continue;
                surnames.add(w, NameMatcher.surnameEdits(w.length()), (i << SLOT_BITS) | Math.min(slot++, SLOT_MASK));
            }
            for (String w : p.contained()) {
                if (w.isEmpty()) continue;
                add(contained, w, i);
                shortestContained = Math.min(shortestContained, w.length());
                longestContained = Math.max(longestContained, w.length());
            }
            for (String w : p.companions()) {
                if (w.equals(ScreenWords.ANY)) anyCompanion.set(i);
                else if (w.length() == 1) add(initials, w, i);
                else companions.add(w, w.length() >= 4 ? 1 : 0, i);
            }
        }
        surnames.build();
        companions.build();
    }

    /**
     * Every surname and companion of four letters or more within two edits, plainly, with doubled letters written
     * once, and by their OCR keys ({@link OcrKey}): {@link OcrDamage} never accepts a word beyond those
     * (Lucene's automaton says so first), not even one past its budget ({@link WordRule#OCR_PAST}). The threads of one
     * screening share the dictionary: the first to need these tables builds them, under a lock, and the volatile
     * {@code ocrBuilt} written after them makes them visible to every thread that reads it true.
     */
    private void buildOcr() {
        if (ocrBuilt) return;
        synchronized (this) {
            if (!ocrBuilt) buildOcrTables();
        }
    }

    private void buildOcrTables() {
        Fuzzy s = new Fuzzy();
        Fuzzy c = new Fuzzy();
        Fuzzy us = new Fuzzy();
        Fuzzy uc = new Fuzzy();
        Fuzzy ks = new Fuzzy();
        Fuzzy kc = new Fuzzy();
        for (int i = 0; i < people.size(); i++) {
            ScreenWords p = people.get(i);
            int slot = 0;
            for (String w : p.fuzzy()) {
                if (w.isEmpty()) continue;
                int entry = (i << SLOT_BITS) | Math.min(slot++, SLOT_MASK);
                if (OcrDamage.budget(w.length()) > 0) {
                    s.add(w, 2, entry);
                    us.add(NamePart.undoubled(w), 2, entry);
                    ks.add(OcrKey.ofName(w), 2, entry);
                }
            }
            for (String w : p.companions()) {
                if (!w.equals(ScreenWords.ANY) && OcrDamage.budget(w.length()) > 0) {
                    c.add(w, 2, i);
                    uc.add(NamePart.undoubled(w), 2, i);
                    kc.add(OcrKey.ofName(w), 2, i);
                }
            }
        }
        s.build();
        c.build();
        us.build();
        uc.build();
        ks.build();
        kc.build();
        ocrKeyedSurnames = ks;
        ocrKeyedCompanions = kc;
        ocrSurnames = s;
        ocrCompanions = c;
        ocrUndoubledSurnames = us;
        ocrUndoubledCompanions = uc;
        ocrBuilt = true;
    }

    int size() {
        return keys.length;
    }

    /**
     * The people for whom any word beside a surname may make a hit (a given name recorded as an initial), a copy.
     */
    BitSet anyCompanions() {
        return (BitSet) anyCompanion.clone();
    }

    String key(int person) {
        return keys[person];
    }

    /** The answer for one folded page word; {@code initial}: written as a capital letter alone. */
    Answer answer(String folded, boolean initial, boolean courtesy) {
        return answer(folded, initial, courtesy, false);
    }

    /** The same; {@code ocr}: on a page read by OCR, with the edits {@link OcrDamage} allows there. */
    Answer answer(String folded, boolean initial, boolean courtesy, boolean ocr) {
        if (folded.isEmpty()) return courtesy ? new Answer(NONE, NONE, NONE, true) : NOTHING;
        // A word's deletions are the costly part of a look-up (hundreds of strings for a long token): made only
        // when a table has a word near its length, once for each form of it, and looked up in every table of that form.
        Deletions deletions = new Deletions(folded);
        int[] s = surnames.find(folded, deletions);
        int[] c = companions.find(folded, deletions);
        if (ocr) {
            buildOcr();
            s = union(s, ocrSurnames.find(folded, deletions));
            c = union(c, ocrCompanions.find(folded, deletions));
            String undoubled = NamePart.undoubled(folded);
            Deletions undoubledDeletions = undoubled.equals(folded) ? deletions : new Deletions(undoubled);
            s = union(s, ocrUndoubledSurnames.find(undoubled, undoubledDeletions));
            c = union(c, ocrUndoubledCompanions.find(undoubled, undoubledDeletions));
            String key = OcrKey.of(folded);
            Deletions keyDeletions = key.equals(folded) ? deletions : new Deletions(key);
            s = union(s, ocrKeyedSurnames.find(key, keyDeletions));
            c = union(c, ocrKeyedCompanions.find(key, keyDeletions));
        }
        if (initial) c = union(c, initials.getOrDefault(folded, NONE));
        int[] a = aliases.getOrDefault(folded, NONE);
        if (s.length == 0 && c.length == 0 && a.length == 0 && !courtesy) return NOTHING;
        return new Answer(s, c, a, courtesy);
    }

    /** An address's local part: its pieces as words (aliases), and every surname written inside it. */
    void localPart(String local, WatchListScreen.Page page) {
        StringBuilder joined = new StringBuilder();
        for (String piece : local.split("[._+\\-]+")) {
            String f = Folding.fold(piece).replaceAll("[0-9]+", "");
            if (f.isEmpty()) continue;
            for (int e : surnames.find(f, new Deletions(f))) page.direct(e >>> SLOT_BITS);
            joined.append(f);
        }
        String j = joined.toString();
        if (contained.isEmpty()) return;
        for (int from = 0; from < j.length(); from++) {
            int last = Math.min(j.length(), from + longestContained);
            for (int to = from + shortestContained; to <= last; to++) {
                int[] ids = contained.get(j.substring(from, to));
                if (ids != null) for (int p : ids) page.direct(p);
            }
        }
    }

    private static void add(Map<String, int[]> map, String word, int id) {
        int[] old = map.getOrDefault(word, NONE);
        for (int x : old) {
            if (x == id) return;
        }
        int[] grown = Arrays.copyOf(old, old.length + 1);
        grown[old.length] = id;
        map.put(word, grown);
    }

    private static int[] union(int[] a, int[] b) {
        if (b.length == 0) return a;
        if (a.length == 0) return b;
        return java.util.stream.IntStream.concat(Arrays.stream(a), Arrays.stream(b))
                .distinct()
                .toArray();
    }

    /** A word's deletions of up to two letters, made on first use. */
    private static final class Deletions {
        private final String word;
        private Set<String> made;

        Deletions(String word) {
            this.word = word;
        }

        Set<String> get() {
            if (made == null) made = EditNeighbourhood.deletions(word, 2);
            return made;
        }
    }

    /** Words with the edits allowed from each, found from a page word by deletions, exactly or with lost letters. */
    private static final class Fuzzy {
        private final Map<String, List<Integer>> byWord = new HashMap<>();
        private final Map<String, Integer> edits = new HashMap<>();
        private final List<String> words = new ArrayList<>();
        private final List<int[]> ids = new ArrayList<>();
        private final List<CharacterRunAutomaton> automata = new ArrayList<>();
        private final Map<String, int[]> deletions = new HashMap<>();
        // The lengths of the words looked up by deletions: a page word more than two letters from all of them is
        // none of theirs, and its deletions are not made.
        private int shortestFuzzy = Integer.MAX_VALUE;
        private int longestFuzzy = Integer.MIN_VALUE;
        private final Map<String, int[]> exact = new HashMap<>();

        void add(String word, int k, int id) {
            byWord.computeIfAbsent(word, w -> new ArrayList<>()).add(id);
            edits.merge(word, k, Math::max);
        }

        void build() {
            byWord.forEach((w, who) -> {
                int n = words.size();
                int k = edits.get(w);
                words.add(w);
                ids.add(who.stream().mapToInt(Integer::intValue).distinct().toArray());
                automata.add(k == 0 ? null : EditNeighbourhood.automaton(w, k));
                ScreenDictionary.add(exact, w, n);
                if (k > 0) {
                    for (String d : EditNeighbourhood.deletions(w, k)) ScreenDictionary.add(deletions, d, n);
                    shortestFuzzy = Math.min(shortestFuzzy, w.length());
                    longestFuzzy = Math.max(longestFuzzy, w.length());
                }
            });
        }

        /** The entries within their edits of {@code folded}; {@code itsDeletions}: its own, up to two letters. */
        int[] find(String folded, Deletions itsDeletions) {
            BitSet found = new BitSet();
            for (int n : exact.getOrDefault(folded, NONE)) found.set(n);
            boolean near = folded.length() >= shortestFuzzy - 2 && folded.length() <= longestFuzzy + 2;
            for (String d : near ? itsDeletions.get() : Set.<String>of()) {
                for (int n : deletions.getOrDefault(d, NONE)) {
                    String w = words.get(n);
                    int k = edits.get(w);
                    if (Math.abs(w.length() - folded.length()) <= k
                            && automata.get(n).run(folded)) found.set(n);
                }
            }
            if (folded.indexOf('?') >= 0) lost(folded.toCharArray(), 0, found);
            if (found.isEmpty()) return NONE;
            int[] out = new int[0];
            for (int n = found.nextSetBit(0); n >= 0; n = found.nextSetBit(n + 1)) out = union(out, ids.get(n));
            return out;
        }

        /** A word with letters lost: every word it may be, each '?' read as any letter. */
        private void lost(char[] w, int from, BitSet found) {
            int at = -1;
            int count = 0;
            for (int i = 0; i < w.length; i++) {
                if (w[i] == '?') {
                    count++;
                    if (at < 0 && i >= from) at = i;
                }
            }
            if (count > Folding.MOST_LOST) return;
            if (at < 0) {
                for (int n : exact.getOrDefault(new String(w), NONE)) found.set(n);
                return;
            }
            for (char c = 'a'; c <= 'z'; c++) {
                w[at] = c;
                lost(w, at + 1, found);
            }
            w[at] = '?';
        }
    }
}
