package org.redress.bench.names;

/**
 * The classes of issue 8: how records write a watched member's name (positives), and the look-alikes that are not the
 * member (negatives).
 */
public enum Variant {
    FULL(true, "the name as entered"),
    ACCENTS_DROPPED(true, "accents dropped, often in capitals"),
    ACCENTS_MANGLED(true, "accents mangled (mojibake, a replacement character, a wrong or stray accent)"),
    HYPHENATED(true, "the two surnames hyphenated"),
    ONE_SURNAME(true, "a given name with either surname alone"),
    PARTICLES(true, "particles kept, capitalised or dropped (de la Cruz)"),
    REORDERED(true, "surnames first, comma forms (BALCAZAR SANCHEZ, JOSE E)"),
    INITIALS(true, "initials for given names (J. E. Balcázar)"),
    NICKNAME(true, "a diminutive from the table or the member's own nickname"),
    OCR(true, "OCR damage at 5-15 % character error rate"),
    LINE_BREAK(true, "the name broken across a line"),
    EMAIL(true, "an email local part (jbalcazar@)"),
    OTHER_GIVEN(false, "another given name with the member's surnames (Rosa Palacios for Zully Palacios)"),
    CONFLICTING_MATERNAL(false, "the member's given and paternal names with another maternal surname"),
    LOOKALIKE_SURNAME(false, "the member's given name with another, similar surname"),
    COMMON_WORDS(false, "the name's words as common words, places or alone (the Guerra farm, we hope banks)"),
    OTHER_EMAIL(false, "an address with the member's surname and another's initial (rpalacios@)"),
    OCR_LOOKALIKE(false, "a look-alike of the three kinds above, damaged by OCR at 5-15 % CER on an OCR page");

    private final boolean positive;
    private final String description;

    Variant(boolean positive, String description) {
        this.positive = positive;
        this.description = description;
    }

    public boolean positive() {
        return positive;
    }

    public String description() {
        return description;
    }

    /**
     * The page was read by OCR, so the matcher allows OCR's damage there: the OCR classes, and every other page of a
     * look-alike class in turn ({@code index}), so that the look-alikes are also judged with the OCR rule on.
     */
    public boolean ocrPage(int index) {
        if (this == OCR || this == OCR_LOOKALIKE) return true;
        return !positive && index % 2 == 1;
    }

    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
