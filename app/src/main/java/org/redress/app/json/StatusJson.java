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
        long queued,
        long running,
        WorkersJson workers,
        List<UnfinishedIngest> unfinishedIngests,
        List<ReferenceSource> referenceSources) {

    /** An ingest that was interrupted: running the same command again finishes it. */
    public record UnfinishedIngest(String started, String inputs) {}

    /** A source of the group's own material (redress ingest --reference), private or not. */
    public record ReferenceSource(
            String name,

            @com.fasterxml.jackson.annotation.JsonProperty("private")
            boolean isPrivate) {}

    public static StatusJson of(CaseStatus s, long indexedPages) {
        return of(s, indexedPages, List.of());
    }

    /**
     * The same with where a team server's workers stand: the files they have still to read ({@code queued}), are
     * reading ({@code running}), and {@code workers} with what they read, could not read, their pace and the time
     * left. A case folder reads inline: 0, 0 and no {@code workers}.
     */
    public StatusJson withWorkers(java.util.Optional<WorkersJson> on) {
        if (on.isEmpty()) return this;
        WorkersJson w = on.get();
        return new StatusJson(
                documents,
                pages,
                ocrPages,
                sources,
                failures,
                pendingDocuments,
                needsOcrDocuments,
                indexedPages,
                w.queued(),
                w.running(),
                w,
                unfinishedIngests,
                referenceSources);
    }

    public static StatusJson of(
            CaseStatus s, long indexedPages, List<org.redress.core.reuse.ReferenceSource> references) {
        return new StatusJson(
                s.documents(),
                s.pages(),
                s.ocrPages(),
                s.sources(),
                s.failures(),
                s.pendingDocuments(),
                s.needsOcrDocuments(),
                indexedPages,
                0,
                0,
                null,
                s.unfinishedRuns().stream()
                        .map(r -> new UnfinishedIngest(r.started().toString(), r.arguments()))
                        .toList(),
                references.stream()
                        .map(r -> new ReferenceSource(r.name(), r.isPrivate()))
                        .toList());
    }
}
