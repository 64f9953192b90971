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
    private CharacterRunAutomaton oneEdit;
    private CharacterRunAutomaton twoEdits;
    private CharacterRunAutomaton undoubledTwo;
    private String key;
    private String wordKey;
    private CharacterRunAutomaton keyedTwo;

    NamePart(Role role, int position, String display, String folded) {
        this.role = role;
        this.position = position;
        this.display = display;
        this.folded = folded;
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
    synchronized int edits(String word) {
        if (word.equals(folded)) return 0;
        if (Math.abs(word.length() - folded.length()) > 2) return 3;
        if (oneEdit == null) {
            LevenshteinAutomata automata = new LevenshteinAutomata(folded, true);
            oneEdit = new CharacterRunAutomaton(automata.toAutomaton(1));
            twoEdits = new CharacterRunAutomaton(automata.toAutomaton(2));
        }
        if (oneEdit.run(word)) return 1;
        return twoEdits.run(word) ? 2 : 3;
    }

    /**
     * Within two edits of this part once every run of one letter is written once ("guttierreez" and "gutierrez" both
     * "gutierez"): OCR doubles letters, and a word it doubled three times is past two plain edits. The screen's OCR
     * tier looks the same up ({@link ScreenDictionary}).
     */
    synchronized boolean withinTwoUndoubled(String word) {
        String w = undoubled(word);
        String f = undoubled(folded);
        if (w.equals(f)) return true;
        if (Math.abs(w.length() - f.length()) > 2) return false;
        if (undoubledTwo == null) undoubledTwo = EditNeighbourhood.automaton(f, 2);
        return undoubledTwo.run(w);
    }

    /** The part as OCR's confusion classes read it, its doubled letters kept ({@link OcrKey#ofName}). */
    synchronized String key() {
        if (key == null) key = OcrKey.ofName(folded);
        return key;
    }

    /**
     * The part read as a page word is ({@link OcrKey#of}: its runs of one letter written once before 1, l and i are
     * written alike), to measure a page word's key against: "julian" is "juiian", where {@link #key} written once
     * would be "juian", one letter short.
     */
    synchronized String wordKey() {
        if (wordKey == null) wordKey = OcrKey.of(folded);
        return wordKey;
    }

    /**
     * Within two edits of this part when both are read by OCR's confusion classes ({@link OcrKey}, the page word's
     * key its runs written once): several of OCR's confusions in one word, past two plain edits, count as one. The
     * screen's OCR tier looks the same up.
     */
    synchronized boolean withinTwoKeyed(String wordKey) {
        String k = key();
        if (wordKey.equals(k)) return true;
        if (Math.abs(wordKey.length() - k.length()) > 2) return false;
        if (keyedTwo == null) keyedTwo = EditNeighbourhood.automaton(k, 2);
        return keyedTwo.run(wordKey);
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
