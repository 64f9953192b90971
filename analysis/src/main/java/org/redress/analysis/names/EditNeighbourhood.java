package org.redress.analysis.names;

import java.util.HashSet;
import java.util.Set;
import org.apache.lucene.util.automaton.CharacterRunAutomaton;
import org.apache.lucene.util.automaton.LevenshteinAutomata;

/**
 * Words within a few edits of one another, found without comparing every pair: two words within k edits (a letter
 * wrong, missing, added, or two swapped) always share a word made by deleting at most k letters from each, so an index
 * of the deletions of the watched words finds the candidates of a page word from the page word's own deletions, and
 * Lucene's Levenshtein automaton (the measure {@link NamePart#edits} uses) then checks each.
 */
final class EditNeighbourhood {
    private EditNeighbourhood() {}

    /** The word and every word made from it by deleting up to {@code k} letters. */
    static Set<String> deletions(String word, int k) {
        Set<String> out = new HashSet<>();
        out.add(word);
        Set<String> level = Set.of(word);
        for (int round = 0; round < k; round++) {
            Set<String> next = new HashSet<>();
            for (String w : level) {
                if (w.length() <= 1) continue;
                for (int i = 0; i < w.length(); i++) {
                    String d = w.substring(0, i) + w.substring(i + 1);
                    if (out.add(d)) next.add(d);
                }
            }
            level = next;
        }
        return out;
    }

    /** Accepts exactly the words within {@code k} edits of {@code word}, transpositions counted as one. */
    static CharacterRunAutomaton automaton(String word, int k) {
        return new CharacterRunAutomaton(new LevenshteinAutomata(word, true).toAutomaton(k));
    }
}
