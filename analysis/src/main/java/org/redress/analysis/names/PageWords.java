package org.redress.analysis.names;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The words of one page, with what lies between them, and its email addresses. A word that a hyphen broke at the end
 * of a line ("Bal-" / "cázar") is joined again; words inside an email address are marked, since their local part is
 * matched as a whole ({@link EmailLocalParts}).
 */
public final class PageWords {
    /**
     * A word: letters, joined by an apostrophe, or by what damage puts inside a name (digits that OCR read for letters,
     * "Balc4zar"; a replacement character or question mark for a lost accent, "Balc?zar"); a letter as UTF-8 read as
     * Latin-1 ("BalcÃ¡zar") is one letter, which {@link Folding} repairs. {@link WordScanner} finds these words fast.
     */
    static final Pattern WORD = Pattern.compile(
            "(?:[\\uFFFD?](?=\\p{L}))?(?:[ÃÂ][\\u0080-\\u00BF]|[\\p{L}\\p{M}])+(?:(?:['’]|[0-9]+|[\\uFFFD?]{1,2})(?:[ÃÂ][\\u0080-\\u00BF]|[\\p{L}\\p{M}])+)*");

    static final Pattern LINE_BREAK_HYPHEN = Pattern.compile("-[ \\t]*\\r?\\n[ \\t]*");
    /** Only a line break, or a hyphen and a line break, between two words: where a word may have been cut. */
    static final Pattern LINE_END = Pattern.compile("[-‐]?[ \\t]*\\r?\\n[ \\t]*");

    static final Pattern EMAIL = Pattern.compile(
            "(?<![\\p{L}\\p{N}._%+-])([\\p{L}\\p{N}._%+-]{2,64})@[\\p{L}\\p{N}-]+(?:\\.[\\p{L}\\p{N}-]+)+");

    /** An email address's local part: its offsets in the page. */
    public record LocalPart(String text, int start, int end) {}

    private final String text;
    private final List<Word> words;
    private final List<LocalPart> localParts;
    private final boolean ocr;
    private Boolean capitalised;
    private List<Integer> lineEnds;

    private PageWords(String text, List<Word> words, List<LocalPart> localParts, boolean ocr) {
        this.text = text;
        this.words = words;
        this.localParts = localParts;
        this.ocr = ocr;
    }

    /** The words of a page that was not read by OCR (a text layer, an email). */
    public static PageWords of(String text) {
        return of(text, false);
    }

    /**
     * The words of a page; {@code ocr}: the page's text was read by OCR ({@code Page.ocr()}), so that the matcher
     * allows OCR's kind of damage ({@link OcrDamage}).
     */
    public static PageWords of(String text, boolean ocr) {
        String t = text == null ? "" : text;
        List<Word> raw = new ArrayList<>();
        WordScanner m = new WordScanner(t, ocr);
        int prevEnd = 0;
        while (m.next()) {
            String w = m.word();
            raw.add(new Word(
                    w, Folding.fold(w), m.start(), m.end(), t.substring(prevEnd, m.start()), Word.Joined.NO, false));
            prevEnd = m.end();
        }
        List<Word> words = new ArrayList<>();
        for (Word w : raw) {
            Word last = words.isEmpty() ? null : words.get(words.size() - 1);
            if (last != null
                    && LINE_BREAK_HYPHEN.matcher(w.before()).matches()
                    && Character.isLowerCase(w.text().codePointAt(0))) {
                words.set(words.size() - 1, last.joinedWith(w, Word.Joined.HYPHEN));
            } else {
                words.add(w);
            }
        }
        List<LocalPart> locals = new ArrayList<>();
        Matcher e = EMAIL.matcher(t);
        while (e.find()) {
            locals.add(new LocalPart(e.group(1), e.start(1), e.end(1)));
            for (int i = 0; i < words.size(); i++) {
                Word w = words.get(i);
                if (w.start() >= e.start() && w.end() <= e.end()) words.set(i, w.markedInEmail());
            }
        }
        return new PageWords(t, List.copyOf(words), List.copyOf(locals), ocr);
    }

    /**
     * Where a word may have been broken at the end of a line without a hyphen ("Balcá" / "zar", as OCR and PDF text
     * extraction leave a word cut at the margin): the indexes k of the words k and k + 1 with only a line break
     * between them (or a hyphen and a line break, when the second is in capitals), the second in lower case or both
     * in capitals, neither in an email address. The second may be a stop word or particle ("Mont" / "es", "O'Sulli" /
     * "van"). Not joined here, since most such pairs are two words ("Balcázar" / "said"): {@link NameMatcher} joins one
     * only where the whole is a part of the name.
     */
    public List<Integer> lineEnds() {
        if (lineEnds == null) {
            List<Integer> out = new ArrayList<>();
            for (int k = 0; k + 1 < words.size(); k++) {
                if (mayJoin(words.get(k), words.get(k + 1))) out.add(k);
            }
            lineEnds = List.copyOf(out);
        }
        return lineEnds;
    }

    private static boolean mayJoin(Word a, Word b) {
        if (a.inEmail() || b.inEmail() || !LINE_END.matcher(b.before()).matches()) return false;
        boolean capitals = a.shape() == Word.Shape.UPPER && b.shape() == Word.Shape.UPPER;
        // A hyphen before a lower-case word was joined already; before capitals it may join two surnames or cut one.
        boolean hyphen = b.before().startsWith("-") || b.before().startsWith("‐");
        return hyphen ? capitals : capitals || b.shape() == Word.Shape.LOWER;
    }

    /** The same page with words k and k + 1 read as one word broken at the end of a line. */
    PageWords joinedAt(int k) {
        List<Word> ws = new ArrayList<>(words);
        ws.set(k, ws.get(k).joinedWith(ws.remove(k + 1), Word.Joined.LINE_END));
        PageWords p = new PageWords(text, List.copyOf(ws), localParts, ocr);
        p.capitalised = writesNamesCapitalised();
        p.lineEnds = List.of();
        return p;
    }

    /** The page's text was read by OCR. */
    public boolean ocr() {
        return ocr;
    }

    public String text() {
        return text;
    }

    public List<Word> words() {
        return words;
    }

    /**
     * True when the page writes names with capitals (a twentieth of its words or more are capitalised, in capitals or
     * initials), so that a lower-case word is not taken for a name as readily as on a page written all in lower case.
     */
    public boolean writesNamesCapitalised() {
        if (capitalised == null) {
            long named = words.stream().filter(Word::nameLike).count();
            capitalised = named * 20 >= words.size() && named > 0;
        }
        return capitalised;
    }

    public List<LocalPart> localParts() {
        return localParts;
    }
}
