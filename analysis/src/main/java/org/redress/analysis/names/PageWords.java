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
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{M}]+(?:['’][\\p{L}\\p{M}]+)*");
    private static final Pattern LINE_BREAK_HYPHEN = Pattern.compile("-[ \\t]*\\r?\\n[ \\t]*");
    static final Pattern EMAIL = Pattern.compile(
            "(?<![\\p{L}\\p{N}._%+-])([\\p{L}\\p{N}._%+-]{2,64})@[\\p{L}\\p{N}-]+(?:\\.[\\p{L}\\p{N}-]+)+");

    /** An email address's local part: its offsets in the page. */
    public record LocalPart(String text, int start, int end) {}

    private final String text;
    private final List<Word> words;
    private final List<LocalPart> localParts;

    private PageWords(String text, List<Word> words, List<LocalPart> localParts) {
        this.text = text;
        this.words = words;
        this.localParts = localParts;
    }

    public static PageWords of(String text) {
        String t = text == null ? "" : text;
        List<Word> raw = new ArrayList<>();
        Matcher m = WORD.matcher(t);
        int prevEnd = 0;
        while (m.find()) {
            raw.add(new Word(
                    m.group(),
                    Folding.fold(m.group()),
                    m.start(),
                    m.end(),
                    t.substring(prevEnd, m.start()),
                    false,
                    false));
            prevEnd = m.end();
        }
        List<Word> words = new ArrayList<>();
        for (Word w : raw) {
            Word last = words.isEmpty() ? null : words.get(words.size() - 1);
            if (last != null
                    && LINE_BREAK_HYPHEN.matcher(w.before()).matches()
                    && Character.isLowerCase(w.text().codePointAt(0))) {
                String joined = last.text() + w.text();
                words.set(
                        words.size() - 1,
                        new Word(joined, Folding.fold(joined), last.start(), w.end(), last.before(), true, false));
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
        return new PageWords(t, List.copyOf(words), List.copyOf(locals));
    }

    public String text() {
        return text;
    }

    public List<Word> words() {
        return words;
    }

    public List<LocalPart> localParts() {
        return localParts;
    }
}
