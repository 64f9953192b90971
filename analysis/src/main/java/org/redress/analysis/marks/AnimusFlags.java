package org.redress.analysis.marks;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds a lexicon's terms on a page, whole words after Lucene's analysis (case and accents aside, a hyphen the same
 * as a space), each flag with its sentence. Where two terms start at one word the longer is kept ("outside agitator"
 * over "agitator").
 */
public final class AnimusFlags {
    public static final String KIND = "flag";

    private final Lexicon lexicon;
    private final Map<String, List<String[]>> byFirstWord = new HashMap<>();
    private final List<String[]> prefixFirst = new ArrayList<>();

    public AnimusFlags(Lexicon lexicon) {
        this.lexicon = lexicon;
        for (String key : lexicon.byKey().keySet()) {
            String[] words = key.split(" ");
            if (words.length == 1 && key.endsWith("*")) prefixFirst.add(words);
            else byFirstWord.computeIfAbsent(words[0], w -> new ArrayList<>()).add(words);
        }
    }

    public List<Found> find(String text) {
        List<Terms.Word> words = Terms.words(text);
        List<Found> out = new ArrayList<>();
        int i = 0;
        while (i < words.size()) {
            String[] best = null;
            List<String[]> candidates =
                    new ArrayList<>(byFirstWord.getOrDefault(words.get(i).folded(), List.of()));
            candidates.addAll(prefixFirst);
            for (String[] term : candidates) {
                if (matchesAt(words, i, term) && (best == null || term.length > best.length)) best = term;
            }
            if (best == null) {
                i++;
                continue;
            }
            Lexicon.Term t = lexicon.byKey().get(String.join(" ", best));
            int start = words.get(i).start();
            int end = words.get(i + best.length - 1).end();
            out.add(new Found(
                    KIND,
                    start,
                    end,
                    t.text(),
                    t.lexicon(),
                    text.substring(start, end),
                    Sentences.around(text, start, end)));
            i += best.length;
        }
        return out;
    }

    private static boolean matchesAt(List<Terms.Word> words, int at, String[] term) {
        if (at + term.length > words.size()) return false;
        for (int k = 0; k < term.length; k++) {
            String w = words.get(at + k).folded();
            String t = term[k];
            boolean ok = k == term.length - 1 && t.endsWith("*")
                    ? w.startsWith(t.substring(0, t.length() - 1))
                    : w.equals(t);
            if (!ok) return false;
        }
        return true;
    }
}
