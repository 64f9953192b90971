package org.redress.core.reuse;

import java.util.Objects;

/**
 * A passage of an agency record that reuses a passage of a reference document. Offsets are character offsets:
 * {@code start}/{@code end} in the record's page text, {@code referenceStart}/{@code referenceEnd} in the reference's
 * whole text (its pages joined by a form feed, {@link ReferenceText#PAGE_BREAK}). Both bound the passage exactly, from
 * its first aligned word to its last. {@code words} counts the reference's words in the passage.
 */
public record ReuseMatch(
        String id,
        String referenceDocumentId,
        int referenceStart,
        int referenceEnd,
        String documentId,
        int page,
        int start,
        int end,
        int words,
        double similarity,
        MatchKind kind) {

    public ReuseMatch {
        Objects.requireNonNull(referenceDocumentId, "referenceDocumentId");
        Objects.requireNonNull(documentId, "documentId");
        Objects.requireNonNull(kind, "kind");
        if (start < 0 || end < start || referenceStart < 0 || referenceEnd < referenceStart)
            throw new IllegalArgumentException("a passage's offsets must bound it");
        if (id == null) id = idOf(referenceDocumentId, referenceStart, referenceEnd, documentId, page, start, end);
    }

    /** The same passage found again has the same id. */
    static String idOf(String ref, int rs, int re, String doc, int page, int s, int e) {
        String key = ref + ":" + rs + "-" + re + "|" + doc + ":" + page + ":" + s + "-" + e;
        return org.redress.core.corpus.Sha256.of(key.getBytes(java.nio.charset.StandardCharsets.UTF_8))
                .substring(0, 16);
    }
}
