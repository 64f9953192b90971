package org.redress.app.export.exhibit;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.redress.app.export.SpreadsheetCsv;

/**
 * The redaction log beside an exhibit ({@code FILE.pdf.redactions.csv}): one row per painted box, with the exhibit
 * page, the document's page, the Bates number, the kind, and where (PDF points from the page's top-left corner).
 * Never the redacted text: the log travels with the exhibit.
 */
public final class RedactionLog {
    static final List<String> HEADER = List.of("page", "document_page", "bates", "kind", "x", "y", "width", "height");

    private RedactionLog() {}

    public static Path beside(Path exhibit) {
        return exhibit.resolveSibling(exhibit.getFileName() + ".redactions.csv");
    }

    public static void write(Path file, List<ExhibitExport.Redaction> redactions) throws IOException {
        List<List<?>> rows = new ArrayList<>();
        for (ExhibitExport.Redaction r : redactions)
            rows.add(List.of(
                    r.page(),
                    r.documentPage(),
                    r.bates() == null ? "" : r.bates(),
                    r.kind(),
                    r.x(),
                    r.y(),
                    r.width(),
                    r.height()));
        Files.writeString(file, SpreadsheetCsv.write(HEADER, rows), StandardCharsets.UTF_8);
    }
}
