package org.redress.analysis.names;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The rules for one word of a page against one part of a name: when it is the same given name (exact, accents, short
 * form, initial, a letter off) or the same surname (edits allowed by the surname's length), and by which rule.
 */
final class PartRules {
    private static final String VOWELS = "aeiouy";
    /** From this many letters a given name's last letter may be damaged as any other (see {@link #ocrGiven}). */
    static final int LONG_GIVEN = 5;

    private final Diminutives diminutives;
    private final Phonetic phonetic = new Phonetic();
    private volatile Map<String, List<String>> namesByKey;

    PartRules(Diminutives diminutives) {
        this.diminutives = diminutives;
    }

    Diminutives diminutives() {
        return diminutives;
    }

    /** How a word of the page matches a given name of the form, or null. */
    WordRule givenRule(NamePart part, String word, boolean writtenAsInitial) {
        String f = part.folded();
        if (part.isInitial()) {
            if (word.equals(f)) return WordRule.EXACT;
            return word.length() > 1 && word.startsWith(f) ? WordRule.INITIAL : null;
        }
        if (writtenAsInitial) return word.equals(f.substring(0, 1)) ? WordRule.INITIAL : null;
        if (word.equals(f)) return WordRule.EXACT;
        if (Folding.lostLetters(word, f)) return WordRule.ACCENTS;
        if (diminutives.related(f, word)) return WordRule.DIMINUTIVE;
        if (f.length() >= 4 && oneEditOfAGivenName(part, word)) {
            return phonetic.soundAlike(f, word) ? WordRule.PHONETIC : WordRule.ONE_EDIT;
        }
        return null;
    }

    /**
     * One letter off a given name, as OCR damages it, but not as another given name differs: never in the last letter
     * (Mario and María, Daniel and Daniela, Juan and Juana differ there), and in a short name never one vowel for
     * another (Juan and Joan).
     */
    private static boolean oneEditOfAGivenName(NamePart part, String word) {
        String f = part.folded();
        if (word.length() < 3 || word.charAt(word.length() - 1) != f.charAt(f.length() - 1)) return false;
        if (part.edits(word) != 1) return false;
        if (f.length() >= 6 || word.length() != f.length()) return true;
        for (int i = 0; i < f.length(); i++) {
            char a = f.charAt(i);
            char b = word.charAt(i);
            if (a != b) return !(VOWELS.indexOf(a) >= 0 && VOWELS.indexOf(b) >= 0);
        }
        return true;
    }

    /** The most edits a page word may be from a surname of this many letters and still match it. */
    static int surnameEdits(int length) {
        return length >= 8 ? 2 : length >= 4 ? 1 : 0;
    }

    /** How a word of the page matches a surname of the form, or null. Edits are allowed by the surname's length. */
    WordRule surnameRule(NamePart part, String word) {
        if (word.length() < 2) return null;
        String f = part.folded();
        if (word.equals(f)) return WordRule.EXACT;
        if (Folding.lostLetters(word, f)) return WordRule.ACCENTS;
        int len = f.length();
        int edits = part.edits(word);
        // Never more than the screen looks for (WatchListScreen): it must not hide a hit.
        if (edits > surnameEdits(len)) return null;
        if (edits == 1) {
            boolean alike = phonetic.soundAlike(f, word);
            if (len >= 5) return alike ? WordRule.PHONETIC : WordRule.ONE_EDIT;
            return alike ? WordRule.PHONETIC : null;
        }
        if (edits == 2 && len >= 8) {
            // Two letters off in a name of eight is as often another name (Salazar for Balcazar) as damage.
            if (phonetic.soundAlike(f, word)) return WordRule.PHONETIC_TWO;
            return len >= 9 ? WordRule.TWO_EDITS : null;
        }
        return null;
    }

    /**
     * A given name as OCR damages it, on a page read by OCR: within {@link OcrDamage}'s budget ({@code more} added to
     * it), but not where other given names differ: the last letter only by one of OCR's confusions (Faitb for Faith,
     * not Daniela for Daniel), or in a name of {@value #LONG_GIVEN} letters or more, lost or changed but not with a
     * letter added (Rebeccx for Rebecca; Daniela, Juliana stay other names); never a given name or short form of the
     * table (Mario is not María, however cheap o for a is), nor a word that OCR's confusion classes read as one
     * ({@link OcrKey}: "Mar1a" is María, and "Dolore5" Dolores), nor the name with letters added at its end (Mariana
     * for María, though a doubled a and an n added fit one confusion past the budget): {@link #anotherGivenName}.
     */
    OcrDamage.Damage ocrGiven(NamePart part, String word, String key, double more) {
        if (part.isInitial() || diminutives.isName(word) || anotherGivenName(part, key)) return null;
        String f = part.folded();
        char last = f.charAt(f.length() - 1);
        char end = word.charAt(word.length() - 1);
        String partKey = part.key();
        boolean sameEnd = end == last
                || OcrDamage.cheapPair(end, last)
                || (!key.isEmpty() && key.charAt(key.length() - 1) == partKey.charAt(partKey.length() - 1))
                || (f.length() >= LONG_GIVEN && key.length() <= part.wordKey().length());
        if (!sameEnd) return null;
        return OcrDamage.of(part, word, key, more);
    }

    /**
     * The word's OCR key is that of a given name of the table, or of a short form, other than the part and its short
     * forms ("Mari" is María's, not damage of Mario).
     */
    boolean anotherName(NamePart part, String key) {
        for (String name : namesByKey().getOrDefault(key, List.of())) {
            if (!name.equals(part.folded()) && !diminutives.related(name, part.folded())) return true;
        }
        return false;
    }

    // Built on first use without a lock (threads screening at once share the rules): two that build it at once
    // build the same table, published whole through the volatile field.
    private Map<String, List<String>> namesByKey() {
        Map<String, List<String>> m = namesByKey;
        if (m == null) {
            Map<String, List<String>> built = new HashMap<>();
            for (String name : diminutives.forms())
                built.computeIfAbsent(OcrKey.of(name), k -> new ArrayList<>()).add(name);
            namesByKey = m = built;
        }
        return m;
    }

    /** A surname as OCR damages it, on a page read by OCR: within {@link OcrDamage}'s budget. */
    OcrDamage.Damage ocrSurname(NamePart part, String word) {
        return OcrDamage.of(part, word);
    }

    /** The same, {@code key} the word's {@link OcrKey}, {@code more} added to the budget. */
    OcrDamage.Damage ocrSurname(NamePart part, String word, String key, double more) {
        return OcrDamage.of(part, word, key, more);
    }

    /**
     * Two letters off a long part of the name, in its place beside the rest, or, for a given name, damaged at OCR's
     * costs within one confusion past the part's budget however many letters that takes ({@link OcrDamage#cost}:
     * "Nargorat" for Margaret): more likely damage than a rival's name (Lncaro for Lucero in a scan). It only keeps a
     * reading of the other words from being refused, so it may reach past what the screen looks up; not for a second
     * surname, where so far a word is as often another surname (Navarro for Navarrete, Olivera for Olivares). Only on
     * a page read by OCR: a text layer's letters are as written, and there the
     * rules of letters off already read a typing error, so a word they do not read is another person's (Juliana
     * beside Julián's surnames, Sancho after Enrique Balcázar for Sánchez). Never another given name either
     * ({@link #anotherGivenName}), however cheap its damage would be.
     */
    boolean damaged(NamePart part, String word, boolean ocr) {
        if (!ocr || part.folded().length() < 6) return false;
        if (part.role() != NamePart.Role.GIVEN) return part.edits(word) <= 2;
        if (anotherGivenName(part, OcrKey.of(word))) return false;
        return part.edits(word) <= 2
                || OcrDamage.cost(part, word) <= OcrDamage.budget(part.folded().length()) + OcrDamage.CHEAP;
    }

    /**
     * A word in a given name's place that is another given name, by its OCR key: one of the table or a short form
     * other than the part's, as OCR's confusion classes read it ({@link #anotherName}), or the part with letters added
     * at its end (Daniela for Daniel, Juliana for Julián, Josefina for José, Mariana for María), both read as a page
     * word's key so that a letter OCR doubled adds none.
     */
    boolean anotherGivenName(NamePart part, String key) {
        String partKey = part.wordKey();
        return anotherName(part, key) || (key.length() > partKey.length() && key.startsWith(partKey));
    }
}
