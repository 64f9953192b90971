package org.redress.analysis.names;

/** How one word of a page matched one word of a name, and how much that is worth (1 for the same word). */
public enum WordRule {
    EXACT("same word", 1.0),
    ACCENTS("accents differ", 1.0),
    ALIAS("the person's alias", 1.0),
    DIMINUTIVE("short form of the name", 0.95),
    INITIAL("initial", 0.9),
    PHONETIC("sounds alike (Beider–Morse), one letter off", 0.9),
    ONE_EDIT("one letter off (OCR or typing)", 0.85),
    PHONETIC_TWO("sounds alike (Beider–Morse), two letters off", 0.85),
    TWO_EDITS("two letters off (OCR or typing)", 0.75);

    private final String words;
    private final double weight;

    WordRule(String words, double weight) {
        this.words = words;
        this.weight = weight;
    }

    public String words() {
        return words;
    }

    public double weight() {
        return weight;
    }

    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
