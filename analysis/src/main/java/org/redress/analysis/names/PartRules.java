package org.redress.analysis.names;

/**
 * The rules for one word of a page against one part of a name: when it is the same given name (exact, accents, short
 * form, initial, a letter off) or the same surname (edits allowed by the surname's length), and by which rule.
 */
final class PartRules {
    private static final String VOWELS = "aeiouy";

    private final Diminutives diminutives;
    private final Phonetic phonetic = new Phonetic();

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
     * A given name as OCR damages it, on a page read by OCR: within {@link OcrDamage}'s budget, but not where other
     * given names differ: the last letter only by one of OCR's confusions (Faitb for Faith, not Daniela for Daniel),
     * and never a given name of the table (Mario is not María, however cheap o for a is).
     */
    OcrDamage.Damage ocrGiven(NamePart part, String word) {
        if (part.isInitial() || diminutives.isName(word)) return null;
        String f = part.folded();
        char last = f.charAt(f.length() - 1);
        char end = word.charAt(word.length() - 1);
        if (end != last && !OcrDamage.cheapPair(end, last)) return null;
        return OcrDamage.of(part, word);
    }

    /** A surname as OCR damages it, on a page read by OCR: within {@link OcrDamage}'s budget. */
    OcrDamage.Damage ocrSurname(NamePart part, String word) {
        return OcrDamage.of(part, word);
    }

    /** Two letters off a long part of the name: more likely damage than a rival (Lncaro for Lucero in a scan). */
    static boolean damaged(NamePart part, String word) {
        return part.folded().length() >= 6 && part.edits(word) <= 2;
    }
}
