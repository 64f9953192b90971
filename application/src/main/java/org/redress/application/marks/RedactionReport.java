package org.redress.application.marks;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Locale;
import org.redress.core.UserMistake;

/**
 * How much was withheld, and under which exemption, as {@code redress redactions --json} prints it: one row per
 * source (or agency, or document) and exemption, with the documents, pages and marks; then the pages with any mark
 * and all marks. The start of a Vaughn-index challenge.
 */
public record RedactionReport(List<Row> rows, long pagesWithMarks, long marksTotal) {

    /** What a row is per: the source (with its request's agency), the agency, or the document. */
    public enum By {
        SOURCE,
        AGENCY,
        DOCUMENT;

        /** source, agency or document (case and spaces aside). */
        public static By of(String text) {
            String t = text == null ? "source" : text.strip().toLowerCase(Locale.ROOT);
            return switch (t) {
                case "source", "sources" -> SOURCE;
                case "agency", "agencies" -> AGENCY;
                case "document", "documents" -> DOCUMENT;
                default -> throw new UserMistake("--by is source, agency or document, not '" + text + "'");
            };
        }
    }

    /**
     * One row. {@code agency} is the producing agency of the source's records request (null when unknown);
     * {@code source} is null in rows by agency; {@code documentId} and {@code path} are given only by document.
     */
    public record Row(
            String source,
            String agency,
            String exemption,
            long documents,
            long pages,
            long marks,
            @JsonInclude(JsonInclude.Include.NON_NULL) String documentId,
            @JsonInclude(JsonInclude.Include.NON_NULL) String path) {}
}
