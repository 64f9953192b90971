package org.redress.core.casemodel;

import java.util.Locale;

/**
 * The link from a fact to its evidence: a page of a corpus document with a quote, a witness statement, or an
 * outside source (a URL, an article, a court filing) with its date. {@code id} is assigned by the store
 * (0 before). Build with {@link #document}, {@link #witness} or {@link #outside}.
 */
public record Citation(
        long id,
        Type type,
        String documentId,
        Integer page,
        String quote,
        WitnessStatement statement,
        String url,
        String title,
        String sourceDate) {

    public enum Type {
        DOCUMENT,
        WITNESS,
        OUTSIDE;

        public String code() {
            return name().toLowerCase(Locale.ROOT);
        }

        public static Type fromCode(String c) {
            return valueOf(c.strip().toUpperCase(Locale.ROOT));
        }
    }

    public Citation {
        if (type == null) throw new CaseModelException("a citation needs a type");
        quote = quote == null ? "" : quote;
        switch (type) {
            case DOCUMENT -> {
                if (documentId == null || documentId.isBlank())
                    throw new CaseModelException("a document citation needs a document id");
                if (page == null || page < 1)
                    throw new CaseModelException("a document citation needs a page number of 1 or more");
            }
            case WITNESS -> {
                if (statement == null) throw new CaseModelException("a witness citation needs the statement");
            }
            case OUTSIDE -> {
                if ((url == null || url.isBlank()) && (title == null || title.isBlank())) {
                    throw new CaseModelException("an outside source needs a URL or a title");
                }
            }
        }
    }

    public static Citation document(String documentId, int page, String quote) {
        return new Citation(0, Type.DOCUMENT, documentId, page, quote, null, null, null, null);
    }

    public static Citation witness(WitnessStatement statement) {
        return new Citation(0, Type.WITNESS, null, null, statement.words(), statement, null, null, null);
    }

    /** {@code sourceDate} is the publication or filing date as written (ISO preferred). */
    public static Citation outside(String url, String title, String sourceDate, String quote) {
        return new Citation(0, Type.OUTSIDE, null, null, quote, null, url, title, sourceDate);
    }

    public Citation withId(long newId) {
        return new Citation(newId, type, documentId, page, quote, statement, url, title, sourceDate);
    }

    public Citation withDocumentId(String fullId) {
        return new Citation(id, type, fullId, page, quote, statement, url, title, sourceDate);
    }

    /**
     * How a chronology cites it: "doc 3f1c9a02, p. 14", "statement of Ana Ruiz", "Title (2018-02-01), URL", or without
     * a title "URL (2018-02-01)".
     */
    public String label() {
        return switch (type) {
            case DOCUMENT -> "doc " + documentId.substring(0, Math.min(12, documentId.length())) + ", p. " + page;
            case WITNESS ->
                "statement of " + statement.witness()
                        + (statement.when().isBlank() ? "" : " (" + statement.when() + ")");
            case OUTSIDE -> {
                String date = sourceDate == null || sourceDate.isBlank() ? "" : " (" + sourceDate + ")";
                String link = url == null || url.isBlank() ? "" : url;
                yield title == null || title.isBlank()
                        ? link + date
                        : title + date + (link.isEmpty() ? "" : ", " + link);
            }
        };
    }
}
