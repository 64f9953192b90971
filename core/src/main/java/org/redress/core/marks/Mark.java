package org.redress.core.marks;

import java.nio.charset.StandardCharsets;
import java.util.Objects;
import org.redress.core.corpus.Sha256;

/**
 * One mark on a page: {@code [start, end)} in the page's text, the stage that found it, its kind ({@code email},
 * {@code phone}, {@code a-number}, {@code plate}, {@code ssn}, {@code date}, {@code exemption}, {@code flag}), a code
 * (the exemption as {@code (b)(7)(C)}, the lexicon's term; empty for entities), a label (the exemption's law, the
 * flag's lexicon, a plate's state, "personal data"), the value written one way and, for a flag, its sentence.
 *
 * <p>The value and the sentence are the page's words: its toString leaves them out, and they never reach a log.
 */
public record Mark(
        String id,
        String documentId,
        int page,
        int start,
        int end,
        MarkStage stage,
        String kind,
        String code,
        String label,
        String value,
        String sentence) {

    public Mark {
        Objects.requireNonNull(documentId, "documentId");
        Objects.requireNonNull(stage, "stage");
        Objects.requireNonNull(kind, "kind");
        if (page < 1 || start < 0 || end < start) throw new IllegalArgumentException("a mark needs a page and offsets");
        code = code == null ? "" : code;
        label = label == null ? "" : label;
        value = value == null ? "" : value;
        sentence = sentence == null ? "" : sentence;
        if (id == null || id.isBlank()) id = idOf(documentId, page, start, end, kind, code);
    }

    /** The same mark at the same place always has the same id (12 hex digits), so a citation's id stays valid. */
    public static String idOf(String documentId, int page, int start, int end, String kind, String code) {
        String key = documentId + "|" + page + "|" + start + "|" + end + "|" + kind + "|" + code;
        return Sha256.of(key.getBytes(StandardCharsets.UTF_8)).substring(0, 12);
    }

    @Override
    public String toString() {
        return "Mark[" + id + ", " + kind + ", document " + documentId + ", page " + page + "]";
    }
}
