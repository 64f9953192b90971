package org.redress.core.search;

import java.time.Instant;

/** One page that matched, with the passage around the match. */
public record SearchHit(
        String documentId,
        int page,
        String path,
        String title,
        Instant date,
        String type,
        Snippet snippet,
        float score) {}
