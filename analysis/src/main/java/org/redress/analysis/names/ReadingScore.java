package org.redress.analysis.names;

import java.util.List;

/**
 * Whether one reading of a few words is a name at all, in which order (natural, surname first, comma form), and its
 * score: the pattern's worth (full name, a given name and one surname, both surnames, a courtesy title and surname)
 * times the weakest word's ({@link WordRule}). A word damaged past OCR's budget ({@link WordRule#OCR_PAST}) is read
 * only in a full name of a person with two surnames; one whose damage is all of OCR's kinds
 * ({@link WordRule#OCR_PAST_CONFUSIONS}) also beside a given name and the only surname of a person who has one.
 */
final class ReadingScore {
    private final Honorifics honorifics;

    ReadingScore(Honorifics honorifics) {
        this.honorifics = honorifics;
    }

    Reading.Candidate evaluate(NameForm form, List<Word> ws, int i, int j, List<Reading.Pick> picks) {
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
        // A word damaged past OCR's budget counts only beside a given name and both surnames: three parts in place; or,
        // when all its damage is of OCR's kinds, as the one such word beside a given name and a person's only surname.
        long past = named.stream().filter(x -> x.option().rule().past()).count();
        boolean kinds = named.stream().noneMatch(x -> x.option().rule() == WordRule.OCR_PAST);
        if (past > 0 && !(given > 0 && complete && (surnames.length >= 2 || (kinds && past == 1)))) return null;
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
}
