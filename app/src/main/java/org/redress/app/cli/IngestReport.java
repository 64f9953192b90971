package org.redress.app.cli;

import org.redress.core.Count;
import org.redress.core.corpus.IngestSummary;
import org.redress.ingest.ocr.Tesseract;

/** The plain-language account of an ingest run. */
public final class IngestReport {
    private IngestReport() {}

    public static String plain(IngestSummary s) {
        StringBuilder out = new StringBuilder();
        if (s.nothingNew()) {
            out.append("Nothing new: all ")
                    .append(Count.of(s.filesSeen(), "file was", "files were"))
                    .append(" already in this case.\n");
        }
        out.append(String.format(
                "%s seen: %d new, %d already in the case, %d failed.%n",
                Count.of(s.filesSeen(), "file", "files"), s.filesNew(), s.filesDuplicate(), s.filesFailed()));
        out.append(String.format(
                "%s added (attachments and archive members included), %s; %s, %d read by OCR, in %.1f s.%n",
                Count.of(s.documentsNew(), "document", "documents"),
                Count.of(s.documentsDuplicate(), "duplicate", "duplicates"),
                Count.of(s.pages(), "page", "pages"),
                s.ocrPages(),
                s.seconds()));
        if (s.mentionsNew() > 0) {
            out.append(Count.of(s.mentionsNew(), "new hit", "new hits"))
                    .append(" of watched people: see redress mentions.\n");
        }
        if (!s.failures().isEmpty()) {
            out.append("\nCould not be read:\n");
            s.failures()
                    .forEach(f -> out.append("  ")
                            .append(f.path())
                            .append(": ")
                            .append(f.reason())
                            .append('\n'));
        }
        if (!s.pagesNotOcrd().isEmpty()) {
            out.append("\nThese pages are scans and were not read, because Tesseract (OCR) is not installed:\n");
            s.pagesNotOcrd().forEach(p -> out.append("  ").append(p).append('\n'));
            out.append("Add OCR with:  ")
                    .append(Tesseract.INSTALL_COMMAND)
                    .append("\nthen run the same ingest command again: only those pages will be read.\n");
        }
        return out.toString().stripTrailing();
    }

    /** How much an ingest added, in the few words of its audit entry. */
    public static String counts(IngestSummary s) {
        return s.filesSeen() + " files, " + s.documentsNew() + " new documents, " + s.pages() + " pages, "
                + s.filesFailed() + " failed";
    }
}
