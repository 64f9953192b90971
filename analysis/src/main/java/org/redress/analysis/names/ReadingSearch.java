package org.redress.analysis.names;

import java.util.ArrayList;
import java.util.List;

/**
 * Every way of reading the words i to j of a page as one name form (each word a part of the name, a title, a
 * particle or a middle initial), tried in turn; {@link ReadingScore} judges and scores each, the best is kept.
 */
final class ReadingSearch {
    private final Honorifics honorifics;
    private final ReadingScore score;

    ReadingSearch(Honorifics honorifics) {
        this.honorifics = honorifics;
        this.score = new ReadingScore(honorifics);
    }

    /** The best reading of words i to j, or null. */
    Reading.Candidate best(WordReadings readings, int i, int j) {
        Reading.Candidate[] best = new Reading.Candidate[1];
        search(readings, i, j, i, new ArrayList<>(), best);
        return best[0];
    }

    private void search(
            WordReadings readings, int i, int j, int k, List<Reading.Pick> picks, Reading.Candidate[] best) {
        if (k > j) {
            Reading.Candidate c = score.evaluate(readings.form(), readings.words(), i, j, picks);
            if (c != null && (best[0] == null || c.beats(best[0]))) best[0] = c;
            return;
        }
        Word w = readings.words().get(k);
        if (k == i && j > i && honorifics.isTitle(w.folded())) {
            picks.add(new Reading.Pick(k, null, honorifics.isCourtesy(w.folded()) ? "courtesy" : "title"));
            search(readings, i, j, k + 1, picks, best);
            picks.remove(picks.size() - 1);
        }
        if (k > i && k < j && NameForm.particle(w.folded(), readings.ocr())) {
            picks.add(new Reading.Pick(k, null, "particle"));
            search(readings, i, j, k + 1, picks, best);
            picks.remove(picks.size() - 1);
        }
        if (k > i && k < j && w.shape() == Word.Shape.INITIAL) {
            picks.add(new Reading.Pick(k, null, "middle initial"));
            search(readings, i, j, k + 1, picks, best);
            picks.remove(picks.size() - 1);
        }
        for (Reading.Option o : readings.of(k)) {
            boolean used = picks.stream()
                    .anyMatch(x -> x.option() != null
                            && (o.alias() ? x.option().alias() : x.option().part() == o.part()));
            if (used) continue;
            picks.add(new Reading.Pick(k, o, null));
            search(readings, i, j, k + 1, picks, best);
            picks.remove(picks.size() - 1);
        }
    }
}
