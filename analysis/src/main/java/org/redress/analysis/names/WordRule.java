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
    TWO_EDITS("two letters off (OCR or typing)", 0.75),
    /** Only on a page read by OCR: one of OCR's confusions ({@link OcrDamage}). */
    OCR_ONE("OCR damage, one of OCR's confusions (the page was read by OCR)", 0.9),
    /** Only on a page read by OCR: within the OCR budget of the part's length ({@link OcrDamage}). */
    OCR("OCR damage within the budget of the part's length (the page was read by OCR)", 0.85),
    /**
     * Only on a page read by OCR, and only in a reading of a given name and both surnames of a person who has two
     * ({@link ReadingScore}): OCR damage one confusion past the budget, vouched for by the other parts of the name.
     */
    OCR_PAST(
            "OCR damage one confusion past the budget of the part's length, beside a given name and both surnames"
                    + " (the page was read by OCR)",
            0.75),
    /**
     * The same, every edit of it one of OCR's kinds (a confusion, a letter doubled or lost: "Blk" for Black), which
     * also counts beside a given name and the only surname of a person who has one ({@link ReadingScore}).
     */
    OCR_PAST_CONFUSIONS(
            "OCR damage one confusion past the budget of the part's length, all of it OCR's confusions and doubled or"
                    + " lost letters, beside the rest of the name (the page was read by OCR)",
            0.75);

    /** One of the OCR rules, which apply only on a page read by OCR. */
    boolean ocr() {
        return this == OCR_ONE || this == OCR || past();
    }

    /** A rule of OCR damage past the budget, which counts only beside the rest of the name. */
    boolean past() {
        return this == OCR_PAST || this == OCR_PAST_CONFUSIONS;
    }

    /** A rule of letters off, which on a page read by OCR the OCR rule explains better when it applies. */
    boolean edits() {
        return this == ONE_EDIT || this == PHONETIC || this == TWO_EDITS || this == PHONETIC_TWO;
    }

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
