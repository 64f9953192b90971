package org.redress.analysis.names;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.es.SpanishAnalyzer;

/**
 * Finds a watched person's names on a page and scores each hit.
 *
 * <p>Every word that matches a surname of a name form is an anchor; the words around it (up to {@value #REACH} on
 * each side, joined only by spaces, a line break, a hyphen, an initial's period or one comma) are read as that form in
 * its natural order (given names, then surnames), surname first, or comma form ("BALCAZAR SANCHEZ, JOSE E"). A hit needs
 * a surname and a given name (full, short form, alias or initial), or both surnames, or a courtesy title. Its score is
 * the pattern's worth times the weakest word's ({@link WordRule}).
 *
 * <p>Precision comes from conflicts: a capitalised word in the place of the given name that is not one of the person's
 * ("Rosa Palacios" for Zully Palacios), or in the place of the second surname when the person has one and the hit has
 * only the first ("Enrique Baltazar Sandoval" for José Enrique Balcázar Sánchez), means another person and no hit. In
 * text written all in capitals, where any word could be taken for a name, a conflict lowers the score instead.
 */
public final class NameMatcher {
    /** Hits below this are not kept. */
    public static final double FLOOR = 0.6;
    /** Hits at or above this count (when not rejected) for when and by whom a person was named. */
    public static final double THRESHOLD = 0.75;
    /** Changes whenever a rule or weight changes, so that the corpus is screened again. */
    public static final String VERSION = "names-2";

    static final int REACH = 4;
    private static final double CAPITALS_CONFLICT = 0.7;
    private static final double LOWER_CASE = 0.7;
    private static final Pattern COMMA = Pattern.compile("[ \\t]*,[ \\t]*");
    private static final Pattern LINK = Pattern.compile(
            "[ \\t]*(?:\\r?\\n[ \\t]*)?|[ \\t]*[-‐][ \\t]*(?:\\r?\\n[ \\t]*)?|\\.[ \\t]*(?:\\r?\\n[ \\t]*)?|[ \\t]*,[ \\t]*(?:\\r?\\n[ \\t]*)?");
    private static final Pattern SPACE = Pattern.compile("[ \\t]*(?:\\r?\\n[ \\t]*)?");
    private static final Pattern SPACE_OR_HYPHEN = Pattern.compile("[ \\t]*[-‐]?[ \\t]*(?:\\r?\\n[ \\t]*)?");
    private static final Pattern SENTENCE_END =
            Pattern.compile("(?s).*(?:[.!?:;]|\\n[ \\t]*\\n)[\\s\\p{Pi}\\p{Pf}\"']*");

    private final Diminutives diminutives;
    private final Honorifics honorifics = Honorifics.builtIn();
    private final Phonetic phonetic = new Phonetic();
    private final CharArraySet stopWords;

    public NameMatcher(Diminutives diminutives) {
        this.diminutives = diminutives;
        CharArraySet stop = new CharArraySet(EnglishAnalyzer.ENGLISH_STOP_WORDS_SET, true);
        stop.addAll(SpanishAnalyzer.getDefaultStopSet());
        this.stopWords = CharArraySet.unmodifiableSet(stop);
    }

    public Diminutives diminutives() {
        return diminutives;
    }

    /** The person's hits on the page, best first where two overlap, in page order. */
    public List<NameHit> find(WatchedPerson person, PageWords page) {
        List<NameHit> found = new ArrayList<>();
        for (NameForm form : person.forms()) found.addAll(windows(person, form, page));
        found.addAll(aliasesAlone(person, page));
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

    // --- one word against one part --------------------------------------------------------

    /** How a word of the page matches a given name of the form, or null. */
    WordRule givenRule(NamePart part, String word, boolean writtenAsInitial) {
        String f = part.folded();
        if (part.isInitial()) {
            if (word.equals(f)) return WordRule.EXACT;
            return word.length() > 1 && word.startsWith(f) ? WordRule.INITIAL : null;
        }
        if (writtenAsInitial) return word.equals(f.substring(0, 1)) ? WordRule.INITIAL : null;
        if (word.equals(f)) return WordRule.EXACT;
        if (Folding.lostLetters(word, f)) return WordRule.ACCENTS;
        if (diminutives.related(f, word)) return WordRule.DIMINUTIVE;
        if (f.length() >= 4 && oneEditOfAGivenName(part, word)) {
            return phonetic.soundAlike(f, word) ? WordRule.PHONETIC : WordRule.ONE_EDIT;
        }
        return null;
    }

    /**
     * One letter off a given name, as OCR damages it, but not as another given name differs: never in the last letter
     * (Mario and María, Daniel and Daniela, Juan and Juana differ there), and in a short name never one vowel for
     * another (Juan and Joan).
     */
    private static boolean oneEditOfAGivenName(NamePart part, String word) {
        String f = part.folded();
        if (word.length() < 3 || word.charAt(word.length() - 1) != f.charAt(f.length() - 1)) return false;
        if (part.edits(word) != 1) return false;
        if (f.length() >= 6 || word.length() != f.length()) return true;
        for (int i = 0; i < f.length(); i++) {
            char a = f.charAt(i);
            char b = word.charAt(i);
            if (a != b) return !(VOWELS.indexOf(a) >= 0 && VOWELS.indexOf(b) >= 0);
        }
        return true;
    }

    private static final String VOWELS = "aeiouy";

    /** The most edits a page word may be from a surname of this many letters and still match it. */
    public static int surnameEdits(int length) {
        return length >= 8 ? 2 : length >= 4 ? 1 : 0;
    }

    /** How a word of the page matches a surname of the form, or null. Edits are allowed by the surname's length. */
    WordRule surnameRule(NamePart part, String word) {
        if (word.length() < 2) return null;
        String f = part.folded();
        if (word.equals(f)) return WordRule.EXACT;
        if (Folding.lostLetters(word, f)) return WordRule.ACCENTS;
        int len = f.length();
        int edits = part.edits(word);
        // Never more than the screen looks for (WatchListScreen): it must not hide a hit.
        if (edits > surnameEdits(len)) return null;
        if (edits == 1) {
            boolean alike = phonetic.soundAlike(f, word);
            if (len >= 5) return alike ? WordRule.PHONETIC : WordRule.ONE_EDIT;
            return alike ? WordRule.PHONETIC : null;
        }
        if (edits == 2 && len >= 8) {
            // Two letters off in a name of eight is as often another name (Salazar for Balcazar) as damage.
            if (phonetic.soundAlike(f, word)) return WordRule.PHONETIC_TWO;
            return len >= 9 ? WordRule.TWO_EDITS : null;
        }
        return null;
    }

    private List<Reading.Option> options(WatchedPerson person, NameForm form, Word w) {
        List<Reading.Option> out = new ArrayList<>();
        if (w.inEmail() || w.folded().isEmpty()) return out;
        boolean initial = w.shape() == Word.Shape.INITIAL;
        for (NamePart g : form.given()) {
            WordRule r = givenRule(g, w.folded(), initial);
            if (r != null)
                out.add(new Reading.Option(
                        g, r == WordRule.EXACT && Folding.accentsDiffer(w.text(), g.display()) ? WordRule.ACCENTS : r));
        }
        if (!initial) {
            for (NamePart s : form.surnames()) {
                WordRule r = surnameRule(s, w.folded());
                if (r != null)
                    out.add(new Reading.Option(
                            s,
                            r == WordRule.EXACT && Folding.accentsDiffer(w.text(), bare(s.display()))
                                    ? WordRule.ACCENTS
                                    : r));
            }
            if (person.aliasWords().containsKey(w.folded())) out.add(new Reading.Option(null, WordRule.ALIAS));
        }
        return out;
    }

    private static String bare(String display) {
        int space = display.lastIndexOf(' ');
        return space < 0 ? display : display.substring(space + 1);
    }

    // --- windows around a surname ---------------------------------------------------------

    private List<NameHit> windows(WatchedPerson person, NameForm form, PageWords page) {
        List<Word> ws = page.words();
        int n = ws.size();
        List<NameHit> hits = new ArrayList<>();
        @SuppressWarnings("unchecked")
        List<Reading.Option>[] opts = new List[n];
        int lastEnd = -1;
        for (int a = 0; a < n; a++) {
            if (ws.get(a).start() < lastEnd || !couldBeASurname(form, ws.get(a))) continue;
            if (options(opts, person, form, ws, a).stream()
                    .noneMatch(o -> !o.alias() && o.part().role() == NamePart.Role.SURNAME)) continue;
            Reading.Candidate best = null;
            for (int i = Math.max(0, a - REACH); i <= a; i++) {
                for (int j = a; j < Math.min(n, a + REACH + 1); j++) {
                    if (!linked(ws, i, j)) continue;
                    Reading.Candidate c = assign(person, form, ws, opts, i, j);
                    if (c != null && (best == null || c.beats(best))) best = c;
                }
            }
            if (best == null) continue;
            double factor = conflict(person, form, ws, opts, best) * lowerCase(page, ws, best);
            if (factor == 0) continue;
            hits.add(hit(person, form, page, ws, best, factor));
            lastEnd = ws.get(best.to()).end();
        }
        return hits;
    }

    /** A quick test before the rules: no surname of the form is within two letters of the word's length. */
    private static boolean couldBeASurname(NameForm form, Word w) {
        int len = w.folded().length();
        for (NamePart s : form.surnames()) {
            if (Math.abs(s.folded().length() - len) <= 2) return true;
        }
        return false;
    }

    private List<Reading.Option> options(
            List<Reading.Option>[] cache, WatchedPerson p, NameForm f, List<Word> ws, int k) {
        if (cache[k] == null) cache[k] = options(p, f, ws.get(k));
        return cache[k];
    }

    private static boolean linked(List<Word> ws, int i, int j) {
        for (int k = i + 1; k <= j; k++) {
            if (!LINK.matcher(ws.get(k).before()).matches()) return false;
        }
        return true;
    }

    private Reading.Candidate assign(
            WatchedPerson p, NameForm form, List<Word> ws, List<Reading.Option>[] opts, int i, int j) {
        Reading.Candidate[] best = new Reading.Candidate[1];
        search(p, form, ws, opts, i, j, i, new ArrayList<>(), best);
        return best[0];
    }

    private void search(
            WatchedPerson p,
            NameForm form,
            List<Word> ws,
            List<Reading.Option>[] opts,
            int i,
            int j,
            int k,
            List<Reading.Pick> picks,
            Reading.Candidate[] best) {
        if (k > j) {
            Reading.Candidate c = evaluate(form, ws, i, j, picks);
            if (c != null && (best[0] == null || c.beats(best[0]))) best[0] = c;
            return;
        }
        Word w = ws.get(k);
        if (k == i && j > i && honorifics.isTitle(w.folded())) {
            picks.add(new Reading.Pick(k, null, honorifics.isCourtesy(w.folded()) ? "courtesy" : "title"));
            search(p, form, ws, opts, i, j, k + 1, picks, best);
            picks.remove(picks.size() - 1);
        }
        if (k > i && k < j && NameForm.PARTICLES.contains(w.folded())) {
            picks.add(new Reading.Pick(k, null, "particle"));
            search(p, form, ws, opts, i, j, k + 1, picks, best);
            picks.remove(picks.size() - 1);
        }
        if (k > i && k < j && w.shape() == Word.Shape.INITIAL) {
            picks.add(new Reading.Pick(k, null, "middle initial"));
            search(p, form, ws, opts, i, j, k + 1, picks, best);
            picks.remove(picks.size() - 1);
        }
        for (Reading.Option o : options(opts, p, form, ws, k)) {
            boolean used = picks.stream()
                    .anyMatch(x -> x.option() != null
                            && (o.alias() ? x.option().alias() : x.option().part() == o.part()));
            if (used) continue;
            picks.add(new Reading.Pick(k, o, null));
            search(p, form, ws, opts, i, j, k + 1, picks, best);
            picks.remove(picks.size() - 1);
        }
    }

    private Reading.Candidate evaluate(NameForm form, List<Word> ws, int i, int j, List<Reading.Pick> picks) {
        List<Reading.Pick> named =
                picks.stream().filter(x -> x.option() != null).toList();
        boolean courtesy = picks.stream().anyMatch(x -> "courtesy".equals(x.as()));
        boolean title = picks.stream().anyMatch(x -> "courtesy".equals(x.as()) || "title".equals(x.as()));
        boolean middleInitial = picks.stream().anyMatch(x -> "middle initial".equals(x.as()));
        int firstS = -1;
        int lastG = -1;
        int firstG = -1;
        int lastS = -1;
        int given = 0;
        boolean[] surnames = new boolean[form.surnames().size()];
        int prevGiven = -2;
        int prevSurname = -1;
        double weakest = 1;
        for (Reading.Pick x : named) {
            Reading.Option o = x.option();
            weakest = Math.min(weakest, o.rule().weight());
            boolean isSurname = !o.alias() && o.part().role() == NamePart.Role.SURNAME;
            if (isSurname) {
                if (o.part().position() <= prevSurname) return null;
                prevSurname = o.part().position();
                surnames[o.part().position()] = true;
                if (firstS < 0) firstS = x.word();
                lastS = x.word();
            } else {
                int pos = o.alias() ? -1 : o.part().position();
                if (pos <= prevGiven || (o.alias() && given > 0)) return null;
                prevGiven = pos;
                given++;
                if (firstG < 0) firstG = x.word();
                lastG = x.word();
            }
        }
        if (firstS < 0) return null;
        // A title belongs to the hit only when it is what makes a surname alone a mention.
        if (title && given > 0) return null;
        // An initial the team did not record (GENA C RANDOLPH) only beside every given name it did record: else
        // it may stand for one of them, and differ.
        if (middleInitial && given < form.given().size()) return null;
        boolean complete = true;
        for (boolean s : surnames) complete &= s;
        Reading.Order order;
        if (given == 0 || lastG < firstS) {
            order = Reading.Order.NATURAL;
        } else if (lastS < firstG) {
            if (title) return null;
            order = Reading.Order.SURNAME_FIRST;
        } else {
            return null;
        }
        // A comma is allowed only between the surnames and the given names of the comma form.
        for (int k = i + 1; k <= j; k++) {
            if (!ws.get(k).before().contains(",")) continue;
            if (order != Reading.Order.SURNAME_FIRST || k != firstG || k - 1 != lastS) return null;
            order = Reading.Order.COMMA;
        }
        // A period may follow only an initial or a title.
        for (int k = i + 1; k <= j; k++) {
            if (ws.get(k).before().startsWith(".")) {
                Word prev = ws.get(k - 1);
                if (prev.shape() != Word.Shape.INITIAL && !honorifics.isTitle(prev.folded())) return null;
            }
        }
        if (picks.get(picks.size() - 1).option() == null) return null;
        double base;
        String pattern;
        if (given > 0) {
            base = complete ? 1.0 : 0.9;
            pattern = complete ? "full name" : "given name and one surname";
        } else if (complete && surnames.length >= 2) {
            base = 0.85;
            pattern = "both surnames";
        } else if (courtesy) {
            base = 0.7;
            pattern = "courtesy title and surname";
        } else {
            return null;
        }
        if (order == Reading.Order.COMMA) pattern += ", comma form";
        if (order == Reading.Order.SURNAME_FIRST) {
            pattern += ", surname first";
            base *= 0.95;
        }
        if (middleInitial) {
            pattern += ", with a middle initial not in the name";
            base *= 0.95;
        }
        return new Reading.Candidate(i, j, List.copyOf(picks), base * weakest, pattern, order, title, given, surnames);
    }

    /**
     * Below the threshold (kept for review) when a name word is written in lower case on a page that writes names
     * with capitals: "we hope banks will comply" is not Hope Banks. A part after a hyphen may be lower case
     * (Yong-chun).
     */
    private static double lowerCase(PageWords page, List<Word> ws, Reading.Candidate c) {
        for (Reading.Pick x : c.picks()) {
            Word w = ws.get(x.word());
            if (x.option() != null
                    && w.shape() == Word.Shape.LOWER
                    && !w.before().contains("-")) {
                return page.writesNamesCapitalised() ? LOWER_CASE : 1;
            }
        }
        return 1;
    }

    /** 1 without a conflict; 0 (no hit) or a lower factor (in capitals) with one. */
    private double conflict(
            WatchedPerson p, NameForm form, List<Word> ws, List<Reading.Option>[] opts, Reading.Candidate c) {
        boolean capitals = true;
        for (int k = c.from(); k <= c.to(); k++) {
            Word.Shape s = ws.get(k).shape();
            capitals &= s == Word.Shape.UPPER || s == Word.Shape.INITIAL;
        }
        Word rival = null;
        int before = c.from() - 1;
        // A particle before the reading belongs to its surname (Patricia de los Santos): the rival is before it.
        while (before > 0
                && NameForm.PARTICLES.contains(ws.get(before).folded())
                && SPACE.matcher(ws.get(before).before()).matches()) before--;
        if (c.order() == Reading.Order.NATURAL && !c.title() && before >= 0) {
            Word prev = ws.get(before);
            boolean slotOpen = c.given() == 0 || c.openGivenBefore();
            // A capitalised word opening a sentence is often no name ("Yesterday Enrique Balcázar"), unless what
            // follows it is only an initial ("Eric A. Wendt" is not Josh A. Wendt).
            boolean exempt =
                    c.given() > 0 && !c.onlyInitials() && !middleAsGiven(form, c) && sentenceInitial(ws, before);
            if (slotOpen
                    && !exempt
                    && SPACE.matcher(ws.get(before + 1).before()).matches()
                    && sameLine(prev, ws.get(before + 1))
                    && couldBeAName(prev)
                    && options(opts, p, form, ws, before).isEmpty()
                    && form.given().stream().noneMatch(g -> damaged(g, prev.folded()))) rival = prev;
        }
        NamePart second = secondSurname(p, form);
        boolean endsOnFirstSurname = second != null
                && c.surnames()[0]
                && (c.surnames().length < 2 || !c.surnames()[1])
                && c.order() == Reading.Order.NATURAL
                && c.picks().get(c.picks().size() - 1).isSurname(0);
        if (rival == null && endsOnFirstSurname && c.to() + 1 < ws.size()) {
            Word next = ws.get(c.to() + 1);
            // After a hyphen the second part may be written in lower case (Kim Yong-chol): a rival all the same.
            boolean hyphen = next.before().contains("-") || next.before().contains("‐");
            boolean name = hyphen
                    ? next.folded().length() >= 2 && !NameForm.PARTICLES.contains(next.folded())
                    : couldBeAName(next);
            if (SPACE_OR_HYPHEN.matcher(next.before()).matches()
                    && name
                    && sameLine(ws.get(c.to()), next)
                    && surnameRule(second, next.folded()) == null
                    && !damaged(second, next.folded())) rival = next;
        }
        if (rival == null && c.order() != Reading.Order.NATURAL && c.to() + 1 < ws.size()) {
            // After the given names of a comma form, an initial or name that is none of the person's remaining given
            // names ("Frost, William G." is not William W Frost).
            Word next = ws.get(c.to() + 1);
            if (SPACE.matcher(next.before()).matches()
                    && (next.shape() == Word.Shape.INITIAL || couldBeAName(next))
                    && (c.givenAfter(form)
                            || (next.shape() == Word.Shape.INITIAL && c.picks().size() < Reading.partsOf(form)))
                    && options(opts, p, form, ws, c.to() + 1).isEmpty()) rival = next;
        }
        if (rival == null && (c.given() == 0 || middleAsGiven(form, c)) && c.to() + 1 < ws.size()) {
            // Surnames, a comma and a given name that is none of the person's: another person's comma form.
            Word next = ws.get(c.to() + 1);
            if (COMMA.matcher(next.before()).matches()
                    && couldBeAName(next)
                    && options(opts, p, form, ws, c.to() + 1).isEmpty()) rival = next;
        }
        if (rival == null) return 1;
        return capitals && rival.shape() == Word.Shape.UPPER ? CAPITALS_CONFLICT : 0;
    }

    /**
     * The person's second surname after this form's first: the form's own, or that of another form of the person
     * with the same first surname (the alias "E. Balcazar" of José Enrique Balcázar Sánchez has Sánchez after it).
     */
    private static NamePart secondSurname(WatchedPerson p, NameForm form) {
        if (form.hasTwoSurnames()) return form.surnames().get(1);
        String first = form.surnames().get(0).folded();
        for (NameForm other : p.forms()) {
            if (other.hasTwoSurnames() && other.surnames().get(0).folded().equals(first))
                return other.surnames().get(1);
        }
        return null;
    }

    /**
     * The reading takes the middle word of a three-word name for a given name without the first: as likely the
     * paternal surname of another person (Carlos Cárdenas Echeverría, FLORES ARREDONDO, ENRIQUE for Álvaro Flores
     * Arredondo), so the words around it are judged as around a surname.
     */
    private static boolean middleAsGiven(NameForm form, Reading.Candidate c) {
        if (!form.secondGuess() || c.given() == 0) return false;
        return c.picks().stream()
                .noneMatch(x -> x.option() != null
                        && !x.option().alias()
                        && x.option().part().role() == NamePart.Role.GIVEN
                        && x.option().part().position() == 0);
    }

    /** Two letters off a long part of the name: more likely damage than a rival (Lncaro for Lucero in a scan). */
    private static boolean damaged(NamePart part, String word) {
        return part.folded().length() >= 6 && part.edits(word) <= 2;
    }

    /** Two words on one line, or on two lines but written alike ("Name: Margaret King" / "DOB:" is a new field). */
    private static boolean sameLine(Word first, Word second) {
        return !second.before().contains("\n") || first.shape() == second.shape();
    }

    private boolean couldBeAName(Word w) {
        return w.nameLike()
                && w.shape() != Word.Shape.INITIAL
                && !w.inEmail()
                && !honorifics.isTitle(w.folded())
                && !NameForm.PARTICLES.contains(w.folded())
                && !stopWords.contains(w.text().toLowerCase(java.util.Locale.ROOT))
                && !stopWords.contains(w.folded());
    }

    private static boolean sentenceInitial(List<Word> ws, int k) {
        return k == 0 || SENTENCE_END.matcher(ws.get(k).before()).matches();
    }

    private NameHit hit(
            WatchedPerson p, NameForm form, PageWords page, List<Word> ws, Reading.Candidate c, double factor) {
        int start = ws.get(c.from()).start();
        int end = ws.get(c.to()).end();
        List<String> lines = new ArrayList<>();
        java.util.Set<String> rules = new java.util.LinkedHashSet<>();
        boolean hyphen = false;
        for (Reading.Pick x : c.picks()) {
            Word w = ws.get(x.word());
            String said = "'" + w.text() + "'";
            String line;
            if (x.option() == null) {
                line = said + ": "
                        + switch (x.as()) {
                            case "particle" -> "particle";
                            case "courtesy" -> "courtesy title";
                            case "middle initial" -> "a middle initial the name does not record";
                            default -> "title or role";
                        };
            } else {
                Reading.Option o = x.option();
                String what = o.alias()
                        ? "alias '" + p.aliasWords().get(w.folded()) + "'"
                        : (o.part().role() == NamePart.Role.GIVEN ? "given name " : "surname ")
                                + (o.part().position() + 1) + " '" + o.part().display() + "'";
                line = said + " = " + what + ": " + o.rule().words();
                if (o.rule() != WordRule.EXACT) rules.add(o.rule().words());
            }
            if (w.brokenAcrossLine()) {
                line += ", joined across a line break";
                rules.add("broken across a line");
            }
            if (x.word() > c.from() && w.before().contains("-")) hyphen = true;
            lines.add(line);
        }
        if (hyphen) rules.add("hyphenated");
        if (factor < 1) {
            rules.add("a capitalised word beside it may be another person's name");
            lines.add("score lowered: the word beside the hit could be a conflicting name");
        }
        String rule =
                c.pattern() + (rules.isEmpty() ? "" : "; " + String.join(", ", rules)) + " [" + form.label() + "]";
        double score = Math.round(c.score() * factor * 1000) / 1000.0;
        return new NameHit(p.key(), start, end, page.text().substring(start, end), score, rule, lines);
    }

    // --- one-word aliases alone ------------------------------------------------------------

    /** A name-like word right beside a nickname makes it another person's name (Güero Tapia). */
    private boolean besideAnotherName(List<Word> ws, int k) {
        if (k > 0
                && SPACE.matcher(ws.get(k).before()).matches()
                && couldBeAName(ws.get(k - 1))
                && !sentenceInitial(ws, k - 1)) return true;
        return k + 1 < ws.size() && SPACE.matcher(ws.get(k + 1).before()).matches() && couldBeAName(ws.get(k + 1));
    }

    private List<NameHit> aliasesAlone(WatchedPerson p, PageWords page) {
        List<NameHit> out = new ArrayList<>();
        List<Word> ws = page.words();
        for (int k = 0; k < ws.size(); k++) {
            Word w = ws.get(k);
            if (w.inEmail()) continue;
            String alias = p.aliasWords().get(w.folded());
            if (alias == null || besideAnotherName(ws, k)) continue;
            boolean broad = p.broadAlias(w.folded());
            if (broad && !w.nameLike()) continue;
            double score = broad ? 0.65 : 0.8;
            String rule = "alias alone" + (broad ? "; short alias, below the threshold for review" : "");
            out.add(new NameHit(
                    p.key(),
                    w.start(),
                    w.end(),
                    page.text().substring(w.start(), w.end()),
                    score,
                    rule,
                    List.of("'" + w.text() + "' = alias '" + alias + "'"
                            + (Folding.accentsDiffer(w.text(), alias) ? ": accents differ" : ": same word"))));
        }
        return out;
    }
}
