package org.redress.core.corpus;

import java.util.List;

/** What a case holds, as `redress status` reports it. */
public record CaseStatus(
        long documents,
        long pages,
        long ocrPages,
        long sources,
        long failures,
        long pendingDocuments,
        long needsOcrDocuments,
        List<IngestRun> unfinishedRuns) {}
