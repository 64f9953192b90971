package org.redress.app.json;

import java.util.List;
import org.redress.core.corpus.CaseStatus;

/** What the case holds, the same for {@code redress status --json} and {@code GET /api/v1/status}. */
public record StatusJson(
        long documents,
        long pages,
        long ocrPages,
        long sources,
        long failures,
        long pendingDocuments,
        long needsOcrDocuments,
        long indexedPages,
        List<UnfinishedIngest> unfinishedIngests) {

    /** An ingest that was interrupted: running the same command again finishes it. */
    public record UnfinishedIngest(String started, String inputs) {}

    public static StatusJson of(CaseStatus s, long indexedPages) {
        return new StatusJson(
                s.documents(),
                s.pages(),
                s.ocrPages(),
                s.sources(),
                s.failures(),
                s.pendingDocuments(),
                s.needsOcrDocuments(),
                indexedPages,
                s.unfinishedRuns().stream()
                        .map(r -> new UnfinishedIngest(r.started().toString(), r.arguments()))
                        .toList());
    }
}
