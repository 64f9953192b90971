package org.redress.analysis.names;

import java.util.List;

/**
 * Whether a reading is another person's name: a capitalised word in the place of the given name that is not one of
 * the person's ("Rosa Palacios" for Zully Palacios), or in the place of the second surname when the person has one
 * and the reading has only the first ("Enrique Baltazar Sandoval" for José Enrique Balcázar Sánchez). Such a conflict
 * means no hit; in text written all in capitals, where any word could be taken for a name, it lowers the score. A
 * name word in lower case on a page that capitalises names lowers it too.
 */
final class Rivals {
    private static final double CAPITALS_CONFLICT = 0.7;
    private static final double LOWER_CASE = 0.7;

    private final NameWords words;

    Rivals(NameWords words) {
        this.words = words;
    }

    /**
     * Below the threshold (kept for review) when a name word is written in lower case on a page that writes names
     * with capitals: "we hope banks will comply" is not Hope Banks. A part after a hyphen may be lower case
     * (Yong-chun).
     */
    static double lowerCase(PageWords page, List<Word> ws, Reading.Candidate c) {
        for (Reading.Pick x : c.picks()) {
            Word w = ws.get(x.word());
            if (x.option() != null
                    && w.shape() == Word.Shape.LOWER
                    && !w.before().contains("-")
                    && !capitalLost(x.option(), w)) {
                return page.writesNamesCapitalised() ? LOWER_CASE : 1;
            }
        }
        return 1;
    }

    /**
     * On a page read by OCR, a word that lost its capital with its first letter ("onovan" for Donovan, "lizondo" for
     * Elizondo): read by the OCR rule, with another first letter than the part's, so its lower case says nothing.
     */
    private static boolean capitalLost(Reading.Option o, Word w) {
        return o.rule().ocr()
                && !o.alias()
                && w.folded().charAt(0) != o.part().folded().charAt(0);
    }

    /** 1 without a conflict; 0 (no hit) or a lower factor (in capitals) with one. */
    double conflict(WordReadings readings, Reading.Candidate c) {
        WatchedPerson p = readings.person();
        NameForm form = readings.form();
        List<Word> ws = readings.words();
        boolean capitals = true;
        for (int k = c.from(); k <= c.to(); k++) {
            Word.Shape s = ws.get(k).shape();
            capitals &= s == Word.Shape.UPPER || s == Word.Shape.INITIAL;
        }
        Word rival = null;
        int before = c.from() - 1;
        // A particle before the reading belongs to its surname (Patricia de los Santos): the rival is before it.
        while (before > 0
                && NameForm.particle(ws.get(before).folded(), readings.ocr())
                && NameWords.SPACE.matcher(ws.get(before).before()).matches()) before--;
        if (c.order() == Reading.Order.NATURAL && !c.title() && before >= 0) {
            Word prev = ws.get(before);
            boolean slotOpen = c.given() == 0 || c.openGivenBefore();
            // A capitalised word opening a sentence is often no name ("Yesterday Enrique Balcázar"), unless what
            // follows it is only an initial ("Eric A. Wendt" is not Josh A. Wendt).
            boolean exempt = c.given() > 0
                    && !c.onlyInitials()
                    && !middleAsGiven(form, c)
                    && NameWords.sentenceInitial(ws, before);
            if (slotOpen
                    && !exempt
                    && NameWords.SPACE.matcher(ws.get(before + 1).before()).matches()
                    && NameWords.sameLine(prev, ws.get(before + 1))
                    && words.couldBeAName(prev)
                    && readings.of(before).isEmpty()
                    && form.given().stream().noneMatch(g -> readings.rules().damaged(g, prev.folded(), readings.ocr())))
                rival = prev;
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
                    : words.couldBeAName(next);
            if (NameWords.SPACE_OR_HYPHEN.matcher(next.before()).matches()
                    && name
                    && NameWords.sameLine(ws.get(c.to()), next)
                    && readings.rules().surnameRule(second, next.folded()) == null
                    && !readings.rules().damaged(second, next.folded(), readings.ocr())
                    && !(readings.ocr() && readings.rules().ocrSurname(second, next.folded()) != null)) rival = next;
        }
        if (rival == null && c.order() != Reading.Order.NATURAL && c.to() + 1 < ws.size()) {
            // After the given names of a comma form, an initial or name that is none of the person's remaining given
            // names ("Frost, William G." is not William W Frost).
            Word next = ws.get(c.to() + 1);
            if (NameWords.SPACE.matcher(next.before()).matches()
                    && (next.shape() == Word.Shape.INITIAL || words.couldBeAName(next))
                    && (c.givenAfter(form)
                            || (next.shape() == Word.Shape.INITIAL && c.picks().size() < Reading.partsOf(form)))
                    && readings.of(c.to() + 1).isEmpty()) rival = next;
        }
        if (rival == null && (c.given() == 0 || middleAsGiven(form, c)) && c.to() + 1 < ws.size()) {
            // Surnames, a comma and a given name that is none of the person's: another person's comma form.
            Word next = ws.get(c.to() + 1);
            if (NameWords.COMMA.matcher(next.before()).matches()
                    && words.couldBeAName(next)
                    && readings.of(c.to() + 1).isEmpty()) rival = next;
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
}
