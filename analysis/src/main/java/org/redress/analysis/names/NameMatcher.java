package org.redress.analysis.names;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Finds a watched person's names on a page and scores each hit.
 *
 * <p>Every word that matches a surname of a name form is an anchor; the words around it (up to {@value #REACH} on
 * each side, joined only by spaces, a line break, a hyphen, an initial's period or one comma) are read as that form in
 * its natural order (given names, then surnames), surname first, or comma form ("BALCAZAR SANCHEZ, JOSE E"). A hit needs
 * a surname and a given name (full, short form, alias or initial), or both surnames, or a courtesy title. Its score is
 * the pattern's worth times the weakest word's ({@link WordRule}).
 *
 * <p>The work is shared out: {@link PartRules} says how one word matches one part of a name, {@link WordReadings}
 * holds each word's readings, {@link ReadingSearch} and {@link ReadingScore} find and score the best reading around
 * an anchor, {@link Rivals} refuses readings beside another person's name, {@link HitExplanation} writes the hit.
 */
public final class NameMatcher {
    /** Hits below this are not kept. */
    public static final double FLOOR = 0.6;
    /** Hits at or above this count (when not rejected) for when and by whom a person was named. */
    public static final double THRESHOLD = 0.75;
    /** Changes whenever a rule or weight changes, so that the corpus is screened again. */
    public static final String VERSION = "names-6";

    static final int REACH = 4;

    private final PartRules rules;
    private final ReadingSearch search;
    private final Rivals rivals;
    private final AliasesAlone aliases;

    public NameMatcher(Diminutives diminutives) {
        Honorifics honorifics = Honorifics.builtIn();
        NameWords words = new NameWords(honorifics);
        this.rules = new PartRules(diminutives);
        this.search = new ReadingSearch(honorifics);
        this.rivals = new Rivals(words);
        this.aliases = new AliasesAlone(words);
    }

    public Diminutives diminutives() {
        return rules.diminutives();
    }

    /** The most edits a page word may be from a surname of this many letters and still match it. */
    public static int surnameEdits(int length) {
        return PartRules.surnameEdits(length);
    }

    /** How a word of the page matches a given name of the form, or null. */
    WordRule givenRule(NamePart part, String word, boolean writtenAsInitial) {
        return rules.givenRule(part, word, writtenAsInitial);
    }

    /** The person's hits on the page, best first where two overlap, in page order. */
    public List<NameHit> find(WatchedPerson person, PageWords page) {
        List<NameHit> found = new ArrayList<>();
        for (NameForm form : person.forms()) {
            found.addAll(windows(person, form, page, 0, Integer.MAX_VALUE, -1));
            for (int k : page.lineEnds()) found.addAll(joined(person, form, page, k));
        }
        found.addAll(aliases.hits(person, page));
        found.addAll(new EmailLocalParts(this).hits(person, page));
        // Of overlapping hits the longest that counts wins (a multi-word alias must not cut a fuller name short).
        found.sort(Comparator.comparing((NameHit h) -> h.score() < THRESHOLD)
                .thenComparing(h -> h.start() - h.end())
                .thenComparing(Comparator.comparingDouble(NameHit::score).reversed())
                .thenComparingInt(NameHit::start));
        List<NameHit> kept = new ArrayList<>();
        for (NameHit h : found) {
            if (h.score() >= FLOOR && kept.stream().noneMatch(h::overlaps)) kept.add(h);
        }
        kept.sort(Comparator.comparingInt(NameHit::start));
        return kept;
    }

    /**
     * The hits that read words k and k + 1, broken at the end of a line without a hyphen, as one part of the name
     * ("Balcá" / "zar"): only where the whole word is the part as written, with accents lost, or (on a page read by
     * OCR) damaged within OCR's budget, never by the rules of letters off, so that two words of a page do not join
     * into a near name.
     */
    private List<NameHit> joined(WatchedPerson person, NameForm form, PageWords page, int k) {
        PageWords merged = page.joinedAt(k);
        WordReadings readings = new WordReadings(rules, person, form, merged.words(), merged.ocr());
        if (readings.of(k).stream().noneMatch(o -> JOINS.contains(o.rule()))) return List.of();
        return windows(person, form, merged, k - REACH, k + REACH, k);
    }

    /** The rules by which a word joined across a line may match a part of the name. */
    private static final java.util.Set<WordRule> JOINS =
            java.util.EnumSet.of(WordRule.EXACT, WordRule.ACCENTS, WordRule.ALIAS, WordRule.OCR_ONE, WordRule.OCR);

    /**
     * The readings around each surname of the form on the page (anchors from {@code from} to {@code to}), each made a
     * hit unless a rival refuses it; {@code joined}, when not -1: only readings that read that word, joined across a
     * line, by a rule of {@link #JOINS}.
     */
    private List<NameHit> windows(WatchedPerson person, NameForm form, PageWords page, int from, int to, int joined) {
        List<Word> ws = page.words();
        int n = ws.size();
        List<NameHit> hits = new ArrayList<>();
        WordReadings readings = new WordReadings(rules, person, form, ws, page.ocr());
        int lastEnd = -1;
        for (int a = Math.max(0, from); a <= Math.min(n - 1, to); a++) {
            if (ws.get(a).start() < lastEnd || !couldBeASurname(form, ws.get(a), page.ocr())) continue;
            if (!readings.surname(a)) continue;
            Reading.Candidate best = null;
            for (int i = Math.max(0, a - REACH); i <= a; i++) {
                for (int j = a; j < Math.min(n, a + REACH + 1); j++) {
                    if (!NameWords.linked(ws, i, j)) continue;
                    Reading.Candidate c = search.best(readings, i, j);
                    if (c != null && (best == null || c.beats(best))) best = c;
                }
            }
            if (best == null || (joined >= 0 && !reads(best, joined))) continue;
            double factor = rivals.conflict(readings, best) * Rivals.lowerCase(page, ws, best);
            if (factor == 0) continue;
            hits.add(HitExplanation.hit(person, form, page, ws, best, factor));
            lastEnd = ws.get(best.to()).end();
        }
        return hits;
    }

    /** The reading takes word k for a part of the name by a rule a joined word may match by. */
    private static boolean reads(Reading.Candidate c, int k) {
        return c.picks().stream()
                .anyMatch(x -> x.word() == k
                        && x.option() != null
                        && JOINS.contains(x.option().rule()));
    }

    /**
     * A quick test before the rules: no surname of the form is within two letters of the word's length, nor (on a page
     * read by OCR) of its length as OCR's confusion classes read it ({@link OcrKey}).
     */
    private static boolean couldBeASurname(NameForm form, Word w, boolean ocr) {
        int len = w.folded().length();
        for (NamePart s : form.surnames()) {
            if (Math.abs(s.folded().length() - len) <= 2) return true;
        }
        if (!ocr) return false;
        int keyed = OcrKey.of(w.folded()).length();
        for (NamePart s : form.surnames()) {
            if (Math.abs(s.key().length() - keyed) <= 2) return true;
        }
        return false;
    }
}
