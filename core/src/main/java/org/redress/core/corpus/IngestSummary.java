package org.redress.core.corpus;

import java.util.List;

/**
 * What one run did, as `redress ingest --json` prints it. Every input file is accounted for:
 * {@code filesSeen = filesNew + filesDuplicate + filesFailed}. Documents count every item,
 * attachments and archive members included.
 */
public record IngestSummary(
        long filesSeen,
        long filesNew,
        long filesDuplicate,
        long filesFailed,
        long documentsNew,
        long documentsDuplicate,
        long pages,
        long ocrPages,
        List<FailureRow> failures,
        List<String> pagesNotOcrd,
        boolean nothingNew,
        double seconds) {

    public record FailureRow(String path, String reason) {}

    public IngestSummary {
        failures = List.copyOf(failures);
        pagesNotOcrd = List.copyOf(pagesNotOcrd);
    }
}
