package org.redress.core.corpus;

/** The text of one page of a document; every citation points at one. Numbers start at 1. */
public record Page(String documentId, int number, String text, boolean ocr) {
    public Page {
        if (number < 1) throw new IllegalArgumentException("page numbers start at 1");
        text = text == null ? "" : text;
    }
}
