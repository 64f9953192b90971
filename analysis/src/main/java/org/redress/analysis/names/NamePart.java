package org.redress.analysis.names;

import org.apache.lucene.util.automaton.CharacterRunAutomaton;
import org.apache.lucene.util.automaton.LevenshteinAutomata;

/**
 * One word of a name form: a given name or a surname (0 the first or paternal, 1 the second or maternal), as written
 * ({@code display}, with any particle: "de la Cruz") and folded ({@code folded}: "cruz").
 */
public final class NamePart {
    public enum Role {
        GIVEN,
        SURNAME
    }

    private final Role role;
    private final int position;
    private final String display;
    private final String folded;
    private final String key;
    private final String wordKey;
    // The automata are built on first use, without a lock: the threads of a screening share the watch list's parts,
    // and two that build one at once build the same (each published whole through its volatile field).
    private volatile EditAutomata edits;
    private volatile CharacterRunAutomaton undoubledTwo;
    private volatile CharacterRunAutomaton keyedTwo;

    private record EditAutomata(CharacterRunAutomaton one, CharacterRunAutomaton two) {}

    NamePart(Role role, int position, String display, String folded) {
        this.role = role;
        this.position = position;
        this.display = display;
        this.folded = folded;
        this.key = OcrKey.ofName(folded);
        this.wordKey = OcrKey.of(folded);
    }

    public Role role() {
        return role;
    }

    public int position() {
        return position;
    }

    public String display() {
        return display;
    }

    public String folded() {
        return folded;
    }

    public boolean isInitial() {
        return folded.length() == 1;
    }

    /**
     * The number of edits (a letter wrong, missing, doubled or two swapped) between this part and a folded word, up
     * to 2, or 3 for more; by Lucene's Levenshtein automata, the same measure the fuzzy screen uses.
     */
    int edits(String word) {
        if (word.equals(folded)) return 0;
        if (Math.abs(word.length() - folded.length()) > 2) return 3;
        EditAutomata a = edits;
        if (a == null) {
            LevenshteinAutomata automata = new LevenshteinAutomata(folded, true);
            a = new EditAutomata(
                    new CharacterRunAutomaton(automata.toAutomaton(1)),
                    new CharacterRunAutomaton(automata.toAutomaton(2)));
            edits = a;
        }
        if (a.one().run(word)) return 1;
        return a.two().run(word) ? 2 : 3;
    }

    /**
     * Within two edits of this part once every run of one letter is written once ("guttierreez" and "gutierrez" both
     * "gutierez"): OCR doubles letters, and a word it doubled three times is past two plain edits. The screen's OCR
     * tier looks the same up ({@link ScreenDictionary}).
     */
    boolean withinTwoUndoubled(String word) {
        String w = undoubled(word);
        String f = undoubled(folded);
        if (w.equals(f)) return true;
        if (Math.abs(w.length() - f.length()) > 2) return false;
        CharacterRunAutomaton a = undoubledTwo;
        if (a == null) undoubledTwo = a = EditNeighbourhood.automaton(f, 2);
        return a.run(w);
    }

    /** The part as OCR's confusion classes read it, its doubled letters kept ({@link OcrKey#ofName}). */
    String key() {
        return key;
    }

    /**
     * The part read as a page word is ({@link OcrKey#of}: its runs of one letter written once before 1, l and i are
     * written alike), to measure a page word's key against: "julian" is "juiian", where {@link #key} written once
     * would be "juian", one letter short.
     */
    String wordKey() {
        return wordKey;
    }

    /**
     * Within two edits of this part when both are read by OCR's confusion classes ({@link OcrKey}, the page word's
     * key its runs written once): several of OCR's confusions in one word, past two plain edits, count as one. The
     * screen's OCR tier looks the same up.
     */
    boolean withinTwoKeyed(String wordKey) {
        if (wordKey.equals(key)) return true;
        if (Math.abs(wordKey.length() - key.length()) > 2) return false;
        CharacterRunAutomaton a = keyedTwo;
        if (a == null) keyedTwo = a = EditNeighbourhood.automaton(key, 2);
        return a.run(wordKey);
    }

    /** The word with every run of one letter written once. */
    static String undoubled(String word) {
        StringBuilder b = new StringBuilder(word.length());
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (i == 0 || c != word.charAt(i - 1)) b.append(c);
        }
        return b.toString();
    }

    @Override
    public String toString() {
        return role + " " + position;
    }
}
