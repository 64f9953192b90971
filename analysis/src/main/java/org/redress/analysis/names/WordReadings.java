package org.redress.analysis.names;

import java.util.ArrayList;
import java.util.List;

/**
 * The ways each word of a page may be read as a part of one of a person's name forms (a given name, a surname, an
 * alias), by {@link PartRules}; worked out once per word, when first asked.
 */
final class WordReadings {
    private final PartRules rules;
    private final WatchedPerson person;
    private final NameForm form;
    private final List<Word> words;
    private final boolean ocr;
    private final List<List<Reading.Option>> cache;

    /** {@code ocr}: the page was read by OCR, so OCR's damage is allowed ({@link OcrDamage}). */
    WordReadings(PartRules rules, WatchedPerson person, NameForm form, List<Word> words, boolean ocr) {
        this.rules = rules;
        this.person = person;
        this.form = form;
        this.words = words;
        this.ocr = ocr;
        this.cache = new ArrayList<>(java.util.Collections.nCopies(words.size(), null));
    }

    WatchedPerson person() {
        return person;
    }

    NameForm form() {
        return form;
    }

    List<Word> words() {
        return words;
    }

    PartRules rules() {
        return rules;
    }

    boolean ocr() {
        return ocr;
    }

    /** The readings of word k. */
    List<Reading.Option> of(int k) {
        List<Reading.Option> o = cache.get(k);
        if (o == null) {
            o = readings(words.get(k));
            cache.set(k, o);
        }
        return o;
    }

    /** Word k may be read as a surname of the form. */
    boolean surname(int k) {
        return of(k).stream().anyMatch(o -> !o.alias() && o.part().role() == NamePart.Role.SURNAME);
    }

    private List<Reading.Option> readings(Word w) {
        List<Reading.Option> out = new ArrayList<>();
        if (w.inEmail() || w.folded().isEmpty()) return out;
        boolean initial = w.shape() == Word.Shape.INITIAL;
        String key = ocr ? OcrKey.of(w.folded()) : null;
        for (NamePart g : form.given()) {
            WordRule r = rules.givenRule(g, w.folded(), initial);
            if (ocr && !initial && (r == null || r.edits()) && ocr(out, g, rules.ocrGiven(g, w.folded(), key, 0)))
                continue;
            if (ocr && !initial && r == null && past(out, g, rules.ocrGiven(g, w.folded(), key, OcrDamage.CHEAP)))
                continue;
            if (r != null)
                out.add(new Reading.Option(
                        g, r == WordRule.EXACT && Folding.accentsDiffer(w.text(), g.display()) ? WordRule.ACCENTS : r));
        }
        if (!initial) {
            for (NamePart s : form.surnames()) {
                WordRule r = rules.surnameRule(s, w.folded());
                if (ocr && (r == null || r.edits()) && ocr(out, s, rules.ocrSurname(s, w.folded(), key, 0))) continue;
                if (ocr && r == null && past(out, s, rules.ocrSurname(s, w.folded(), key, OcrDamage.CHEAP))) continue;
                if (r != null)
                    out.add(new Reading.Option(
                            s,
                            r == WordRule.EXACT && Folding.accentsDiffer(w.text(), bare(s.display()))
                                    ? WordRule.ACCENTS
                                    : r));
            }
            if (person.aliasWords().containsKey(w.folded())) out.add(new Reading.Option(null, WordRule.ALIAS));
        }
        return out;
    }

    /** Adds the OCR reading, when there is one: on a page read by OCR it explains letters off best. */
    private static boolean ocr(List<Reading.Option> out, NamePart part, OcrDamage.Damage d) {
        if (d == null) return false;
        WordRule rule = d.cost() <= OcrDamage.CHEAP ? WordRule.OCR_ONE : WordRule.OCR;
        out.add(new Reading.Option(part, rule, d.words()));
        return true;
    }

    /**
     * Adds the reading one confusion past OCR's budget, when there is one ({@link WordRule#OCR_PAST}): it counts only
     * beside the person's other name parts.
     */
    private static boolean past(List<Reading.Option> out, NamePart part, OcrDamage.Damage d) {
        if (d == null) return false;
        out.add(new Reading.Option(part, d.ocrKinds() ? WordRule.OCR_PAST_CONFUSIONS : WordRule.OCR_PAST, d.words()));
        return true;
    }

    private static String bare(String display) {
        int space = display.lastIndexOf(' ');
        return space < 0 ? display : display.substring(space + 1);
    }
}
