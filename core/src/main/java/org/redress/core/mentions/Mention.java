package org.redress.core.mentions;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.redress.core.corpus.Sha256;

/**
 * One hit of a watched person's name on a page: {@code start} and {@code end} are character offsets into the page's
 * text, {@code matched} the words there, {@code rule} the name form and rules that matched, {@code explanation} one
 * line per word. {@code pageSha} is the SHA-256 of the page's text: decisions follow it. Its toString leaves out the
 * person and the words, which must never reach a log or an error message.
 */
public record Mention(
        String id,
        String person,
        String documentId,
        int page,
        int start,
        int end,
        String matched,
        double score,
        String rule,
        List<String> explanation,
        String pageSha,
        MentionStatus status,
        String reason) {

    public Mention {
        Objects.requireNonNull(person, "person");
        Objects.requireNonNull(documentId, "documentId");
        if (page < 1 || start < 0 || end < start)
            throw new IllegalArgumentException("a mention needs a page and offsets");
        explanation = explanation == null ? List.of() : List.copyOf(explanation);
        status = status == null ? MentionStatus.NEW : status;
        reason = reason == null ? "" : reason;
        if (id == null || id.isBlank()) id = idOf(person, documentId, page, start, end);
    }

    /**
     * The hit's id: the same person at the same place always gets the same id, so a script's ids stay valid when
     * the corpus is screened again. 12 hex digits of a SHA-256, from which the name cannot be read back.
     */
    public static String idOf(String person, String documentId, int page, int start, int end) {
        String key = person.strip().toLowerCase(Locale.ROOT) + "|" + documentId + "|" + page + "|" + start + "|" + end;
        return Sha256.of(key.getBytes(StandardCharsets.UTF_8)).substring(0, 12);
    }

    public Mention withDecision(MentionStatus newStatus, String newReason) {
        return new Mention(
                id,
                person,
                documentId,
                page,
                start,
                end,
                matched,
                score,
                rule,
                explanation,
                pageSha,
                newStatus,
                newReason);
    }

    /** True when this hit counts as knowledge: confirmed, or not rejected and at least at the threshold. */
    public boolean counts(double threshold) {
        return status == MentionStatus.CONFIRMED || (status != MentionStatus.REJECTED && score >= threshold);
    }

    @Override
    public String toString() {
        return "Mention[" + id + ", document " + documentId + ", page " + page + ", " + status.code() + "]";
    }
}
