package org.redress.analysis.marks;

/**
 * One thing a recogniser found on a page: {@code [start, end)} in the page's text, its kind ({@code email},
 * {@code exemption}, {@code flag} …), a code (the exemption, the lexicon's term; empty for entities), a label (the law
 * of an exemption, the lexicon of a flag, the state of a plate, {@code personal data} for an SSN), the value written
 * one way, and for a flag its sentence. Its toString leaves out the value and the sentence: they are the page's words.
 */
public record Found(String kind, int start, int end, String code, String label, String value, String sentence) {
    public Found {
        if (start < 0 || end < start) throw new IllegalArgumentException("offsets out of order");
        code = code == null ? "" : code;
        label = label == null ? "" : label;
        value = value == null ? "" : value;
        sentence = sentence == null ? "" : sentence;
    }

    @Override
    public String toString() {
        return "Found[" + kind + " " + code + ", " + start + ".." + end + "]";
    }
}
