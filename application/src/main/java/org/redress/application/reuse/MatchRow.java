package org.redress.application.reuse;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.LocalDate;

/**
 * One passage as {@code redress reuse --json} prints it. {@code privateBeforeRecord}: a private reference (a closed
 * meeting's notes) found in a record dated on or after it. {@code datesInconsistent}: the record is dated before the
 * reference it quotes, so one of the two dates is wrong (or the "source" is not the source).
 */
@JsonPropertyOrder({
    "referenceDocumentId", "referencePath", "referenceStart", "referenceEnd", "documentId", "path", "page", "start",
    "end", "words", "similarity", "kind", "private", "referenceDate", "recordDate", "privateBeforeRecord",
    "datesInconsistent"
})
public record MatchRow(
        String referenceDocumentId,
        String referencePath,
        int referenceStart,
        int referenceEnd,
        String documentId,
        String path,
        int page,
        int start,
        int end,
        int words,
        double similarity,
        String kind,
        @JsonProperty("private") boolean isPrivate,
        LocalDate referenceDate,
        LocalDate recordDate,
        boolean privateBeforeRecord,
        boolean datesInconsistent) {}
