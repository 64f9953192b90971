package org.redress.core.entities;

import java.util.Locale;

/** The languages entities are recognised in; a page is read in its document's language. */
public enum TextLanguage {
    ENGLISH,
    SPANISH;

    /**
     * The language to read a document in, from the code ingest stored (ISO 639-3, as the language detector gives it:
     * {@code spa}, {@code eng}; two-letter codes too). Spanish documents are read as Spanish; anything else, and a
     * document too short to guess, as English, the language of most productions.
     */
    public static TextLanguage ofDocument(String code) {
        String c = code == null ? "" : code.strip().toLowerCase(Locale.ROOT);
        return c.equals("spa") || c.equals("es") ? SPANISH : ENGLISH;
    }
}
