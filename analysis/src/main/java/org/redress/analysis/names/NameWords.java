package org.redress.analysis.names;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.es.SpanishAnalyzer;

/**
 * What lies between and around the words of a possible name: which separators join the words of one name, whether a
 * word could be someone's name (capitalised, no stop word, title or particle), whether it opens a sentence.
 */
final class NameWords {
    static final Pattern COMMA = Pattern.compile("[ \\t]*,[ \\t]*");
    /** What may stand between two words of one name: spaces, a line break, a hyphen, an initial's period, a comma. */
    static final Pattern LINK = Pattern.compile(
            "[ \\t]*(?:\\r?\\n[ \\t]*)?|[ \\t]*[-‐][ \\t]*(?:\\r?\\n[ \\t]*)?|\\.[ \\t]*(?:\\r?\\n[ \\t]*)?|[ \\t]*,[ \\t]*(?:\\r?\\n[ \\t]*)?");

    static final Pattern SPACE = Pattern.compile("[ \\t]*(?:\\r?\\n[ \\t]*)?");
    static final Pattern SPACE_OR_HYPHEN = Pattern.compile("[ \\t]*[-‐]?[ \\t]*(?:\\r?\\n[ \\t]*)?");
    private static final Pattern SENTENCE_END =
            Pattern.compile("(?s).*(?:[.!?:;]|\\n[ \\t]*\\n)[\\s\\p{Pi}\\p{Pf}\"']*");

    private static final CharArraySet STOP_WORDS = stopWords();

    private final Honorifics honorifics;

    NameWords(Honorifics honorifics) {
        this.honorifics = honorifics;
    }

    private static CharArraySet stopWords() {
        CharArraySet stop = new CharArraySet(EnglishAnalyzer.ENGLISH_STOP_WORDS_SET, true);
        stop.addAll(SpanishAnalyzer.getDefaultStopSet());
        return CharArraySet.unmodifiableSet(stop);
    }

    /** An English or Spanish stop word ("the", "son"), as written or folded. */
    private static boolean stopWord(Word w) {
        return STOP_WORDS.contains(w.text().toLowerCase(Locale.ROOT)) || STOP_WORDS.contains(w.folded());
    }

    Honorifics honorifics() {
        return honorifics;
    }

    /** Every word from i+1 to j is joined to the one before it as the words of one name are. */
    static boolean linked(List<Word> ws, int i, int j) {
        for (int k = i + 1; k <= j; k++) {
            if (!LINK.matcher(ws.get(k).before()).matches()) return false;
        }
        return true;
    }

    boolean couldBeAName(Word w) {
        return w.nameLike()
                && w.shape() != Word.Shape.INITIAL
                && !w.inEmail()
                && !honorifics.isTitle(w.folded())
                && !NameForm.PARTICLES.contains(w.folded())
                && !stopWord(w);
    }

    static boolean sentenceInitial(List<Word> ws, int k) {
        return k == 0 || SENTENCE_END.matcher(ws.get(k).before()).matches();
    }

    /** Two words on one line, or on two lines but written alike ("Name: Margaret King" / "DOB:" is a new field). */
    static boolean sameLine(Word first, Word second) {
        return !second.before().contains("\n") || first.shape() == second.shape();
    }
}
