package org.redress.analysis.names;

import java.util.BitSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import org.redress.core.mentions.ScreenWords;
import org.redress.core.port.PageScreen;

/**
 * The first pass of screening, at a cost per page that does not grow with the watch list: the page's words, read as
 * {@link PageWords} reads them, are looked up once each in dictionaries built from every watched person's words
 * ({@link ScreenDictionary}: their exact forms, and every form within the edits {@link NameMatcher} allows), and the
 * local parts of its email addresses are searched for the surnames they may contain. A word's answer is remembered (a
 * bounded cache: the words of records are few and repeat), so most words cost one lookup.
 *
 * <p>A person is a candidate when the page has one of their aliases, an address with their surname, or a surname of
 * theirs together with what the matcher needs beside a surname: one of their given names (or its short form or
 * initial), their other surname, or a courtesy title. It may name a candidate the matcher then refuses, never leave
 * out one the matcher would find (a property test holds it to that).
 */
public final class WatchListScreen implements PageScreen {
    /** Past this many remembered words the cache starts again (the common words come back at once). */
    static final int CACHE_SIZE = 200_000;

    private final Honorifics honorifics = Honorifics.builtIn();

    @Override
    public Prepared prepare(List<ScreenWords> people) {
        return new Screen(new ScreenDictionary(people), honorifics);
    }

    private static final class Screen implements Prepared {
        private final ScreenDictionary dictionary;
        private final Honorifics honorifics;
        // A word's answer is the same for every thread, so the remembered answers are shared; what one page has
        // shown so far is each thread's own.
        private final Map<String, ScreenDictionary.Answer> cache = new ConcurrentHashMap<>();
        private final Map<String, ScreenDictionary.Answer> ocrCache = new ConcurrentHashMap<>();
        private final ThreadLocal<Page> pages;

        Screen(ScreenDictionary dictionary, Honorifics honorifics) {
            this.dictionary = dictionary;
            this.honorifics = honorifics;
            this.pages = ThreadLocal.withInitial(() -> new Page(dictionary));
        }

        @Override
        public Set<String> candidates(String text) {
            return candidates(text, false);
        }

        @Override
        public Set<String> candidates(String text, boolean ocr) {
            String t = text == null ? "" : text;
            Page page = pages.get();
            page.clear();
            WordScanner m = new WordScanner(t, ocr);
            String previous = null;
            int previousEnd = -1;
            int at = -1;
            while (m.next()) {
                String word = m.word();
                // A word broken by a hyphen at the end of a line is read joined, as PageWords joins it, in its place.
                if (previous != null
                        && Character.isLowerCase(word.codePointAt(0))
                        && brokenLine(t, previousEnd, m.start())) {
                    take(page, word, at, ocr);
                    word = previous + word;
                } else if (previous != null && lineEnd(t, previousEnd, m.start())) {
                    // Perhaps one word cut at the margin without a hyphen (PageWords#lineEnds): the two read joined
                    // too, in the place of the first, since the matcher may read them as one (see SPAN).
                    take(page, previous + word, at, ocr);
                    at++;
                } else {
                    at++;
                }
                take(page, word, at, ocr);
                previous = word;
                previousEnd = m.end();
            }
            if (t.indexOf('@') >= 0) {
                Matcher e = PageWords.EMAIL.matcher(t);
                while (e.find()) dictionary.localPart(e.group(1), page);
            }
            Set<String> out = new LinkedHashSet<>();
            for (int p : page.candidates()) out.add(dictionary.key(p));
            return out;
        }

        private static boolean brokenLine(String t, int from, int to) {
            if (to - from < 2 || t.indexOf('\n', from) < 0 || t.indexOf('\n', from) >= to) return false;
            return PageWords.LINE_BREAK_HYPHEN.matcher(t.substring(from, to)).matches();
        }

        private static boolean lineEnd(String t, int from, int to) {
            int nl = t.indexOf('\n', from);
            return nl >= 0
                    && nl < to
                    && PageWords.LINE_END.matcher(t.substring(from, to)).matches();
        }

        private void take(Page page, String raw, int at, boolean ocr) {
            Map<String, ScreenDictionary.Answer> remembered = ocr ? ocrCache : cache;
            ScreenDictionary.Answer a = remembered.get(raw);
            if (a == null) {
                String folded = Folding.fold(raw);
                boolean initial = raw.codePointCount(0, raw.length()) == 1 && Character.isUpperCase(raw.codePointAt(0));
                a = dictionary.answer(folded, initial, honorifics.isCourtesy(folded), ocr);
                if (remembered.size() >= CACHE_SIZE) remembered.clear();
                remembered.put(raw, a);
            }
            page.add(a, at);
        }
    }

    /**
     * What one page has shown so far, person by person: where their surnames and companions stood, and whether two of
     * them stood near enough to be read together (a reading spans at most {@link #SPAN} words), or an alias or an
     * address named them.
     */
    static final class Page {
        /**
         * The farthest apart two words of one reading can be here: {@link NameMatcher} reads four words each side, and
         * may read two words cut at a line end as one (then those after are one nearer for it than here).
         */
        static final int SPAN = 2 * NameMatcher.REACH + 1;

        private static final int FAR = Integer.MIN_VALUE / 2;
        // Not the dictionary itself: a page state left in a long-lived thread's locals keeps only these.
        private final BitSet anyCompanion;
        private final int[] surnameAt;
        private final int[] surnameSlots;
        private final int[] companionAt;
        private final boolean[] named;
        private final boolean[] seen;
        private final int[] touched;
        private int touchedCount;
        private int courtesyAt = FAR;

        Page(ScreenDictionary dictionary) {
            this.anyCompanion = dictionary.anyCompanions();
            int people = dictionary.size();
            surnameAt = new int[people];
            surnameSlots = new int[people];
            companionAt = new int[people];
            named = new boolean[people];
            seen = new boolean[people];
            touched = new int[people];
            java.util.Arrays.fill(surnameAt, FAR);
            java.util.Arrays.fill(companionAt, FAR);
        }

        void clear() {
            for (int i = 0; i < touchedCount; i++) {
                int p = touched[i];
                surnameAt[p] = FAR;
                companionAt[p] = FAR;
                surnameSlots[p] = 0;
                named[p] = false;
                seen[p] = false;
            }
            touchedCount = 0;
            courtesyAt = FAR;
        }

        private void touch(int p) {
            if (!seen[p]) {
                seen[p] = true;
                touched[touchedCount++] = p;
            }
        }

        /** The answer for the word at this position (in the words PageWords reads). */
        void add(ScreenDictionary.Answer a, int at) {
            for (int e : a.surnames()) {
                int p = e >>> ScreenDictionary.SLOT_BITS;
                int slot = 1 << (e & ScreenDictionary.SLOT_MASK);
                touch(p);
                boolean near = surnameAt[p] >= at - SPAN;
                if (companionAt[p] >= at - SPAN
                        || courtesyAt >= at - SPAN
                        || anyCompanion.get(p)
                        || (near && Integer.bitCount(surnameSlots[p] | slot) >= 2)) named[p] = true;
                surnameSlots[p] = near ? surnameSlots[p] | slot : slot;
                surnameAt[p] = at;
            }
            for (int p : a.companions()) {
                touch(p);
                // Against surnames of earlier words only: this word's own surname reading is not a second word.
                if (surnameAt[p] >= at - SPAN && surnameAt[p] < at) named[p] = true;
                companionAt[p] = at;
            }
            for (int p : a.aliases()) direct(p);
            if (a.courtesy()) courtesyAt = at;
        }

        void direct(int p) {
            touch(p);
            named[p] = true;
        }

        int[] candidates() {
            int[] out = new int[touchedCount];
            int n = 0;
            for (int i = 0; i < touchedCount; i++) {
                if (named[touched[i]]) out[n++] = touched[i];
            }
            java.util.Arrays.sort(out, 0, n);
            return java.util.Arrays.copyOf(out, n);
        }
    }
}
