package org.redress.core.requests;

import java.time.LocalDate;
import java.util.List;

/**
 * One letter, email or call about a request.
 *
 * @param kind free text such as request, acknowledgment, fee_notice, clarification, determination, appeal, call
 */
public record Correspondence(
        long id,
        long requestId,
        LocalDate date,
        Direction direction,
        String kind,
        String summary,
        List<Attachment> attachments) {
    public Correspondence {
        if (date == null) throw new InvalidRequestException("date", "the date of the correspondence is required");
        if (direction == null) throw new InvalidRequestException("direction", "say whether it came in or went out");
        kind = kind == null || kind.isBlank() ? "letter" : kind.trim();
        summary = summary == null ? "" : summary.trim();
        attachments = attachments == null ? List.of() : List.copyOf(attachments);
    }
}
