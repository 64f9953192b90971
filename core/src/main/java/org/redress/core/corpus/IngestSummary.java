package org.redress.core.corpus;

import java.util.List;

/**
 * What one run did, as `redress ingest --json` prints it. Every input file is accounted for:
 * {@code filesSeen = filesNew + filesDuplicate + filesFailed}. Documents count every item,
 * attachments and archive members included. {@code mentionsNew} counts the watch list's hits that screening found in
 * what the run added.
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
        double seconds,
        long mentionsNew) {

    public record FailureRow(String path, String reason) {}

    public IngestSummary {
        failures = List.copyOf(failures);
        pagesNotOcrd = List.copyOf(pagesNotOcrd);
    }

    public IngestSummary withMentionsNew(long n) {
        return new IngestSummary(
                filesSeen,
                filesNew,
                filesDuplicate,
                filesFailed,
                documentsNew,
                documentsDuplicate,
                pages,
                ocrPages,
                failures,
                pagesNotOcrd,
                nothingNew,
                seconds,
                n);
    }
}
