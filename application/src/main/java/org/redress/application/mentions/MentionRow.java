package org.redress.application.mentions;

import java.util.List;

/**
 * A hit as `redress mentions --json` prints it: where it is (document, its path, page, offsets), what matched, its
 * score, rule and explanation, its review status and reason, and the document's date and organisation.
 */
public record MentionRow(
        String id,
        String person,
        String documentId,
        String path,
        int page,
        String matched,
        int start,
        int end,
        double score,
        String rule,
        String status,
        String reason,
        boolean counts,
        String date,
        List<String> organisations,
        List<String> explanation) {}
