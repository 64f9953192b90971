package org.redress.app.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.redress.application.marks.RedactionReport;
import org.redress.core.Count;

/**
 * The redaction report as a spreadsheet (CSV through {@link SpreadsheetCsv}) and as a Word table (POI): the start of a
 * Vaughn-index challenge, one row per source or agency or document and exemption, with an empty column for the
 * agency's justification the index must give.
 */
public final class RedactionExport {
    public static final List<String> HEADER =
            List.of("source", "agency", "exemption", "documents", "pages", "marks", "document_id", "path");
    private static final List<String> TITLES = List.of(
            "Source", "Agency", "Exemption", "Documents", "Pages", "Marks", "Document", "Agency's justification");

    private RedactionExport() {}

    public static byte[] csv(RedactionReport report) {
        List<List<Object>> rows = new ArrayList<>();
        for (RedactionReport.Row r : report.rows()) {
            rows.add(Arrays.asList(
                    r.source(),
                    r.agency(),
                    r.exemption(),
                    r.documents(),
                    r.pages(),
                    r.marks(),
                    r.documentId(),
                    r.path()));
        }
        return SpreadsheetCsv.write(HEADER, rows).getBytes(StandardCharsets.UTF_8);
    }

    public static byte[] docx(String title, RedactionReport report) {
        try (XWPFDocument doc = new XWPFDocument();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            WordTables.title(doc, title);
            doc.createParagraph()
                    .createRun()
                    .setText(Count.of(report.marksTotal(), "exemption mark", "exemption marks") + " on "
                            + Count.of(report.pagesWithMarks(), "page", "pages")
                            + ". The last column is for the justification the agency's Vaughn index must give"
                            + " for each withholding.");
            XWPFTable table = doc.createTable(report.rows().size() + 1, TITLES.size());
            table.setWidth("100%");
            for (int c = 0; c < TITLES.size(); c++) cell(table.getRow(0), c, TITLES.get(c), true);
            table.getRow(0).setRepeatHeader(true);
            for (int i = 0; i < report.rows().size(); i++) {
                RedactionReport.Row r = report.rows().get(i);
                XWPFTableRow row = table.getRow(i + 1);
                cell(row, 0, text(r.source()), false);
                cell(row, 1, r.agency() == null ? "(unknown)" : r.agency(), false);
                cell(row, 2, r.exemption(), false);
                cell(row, 3, Long.toString(r.documents()), false);
                cell(row, 4, Long.toString(r.pages()), false);
                cell(row, 5, Long.toString(r.marks()), false);
                cell(row, 6, r.path() == null ? "" : r.path(), false);
                cell(row, 7, "", false);
            }
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String text(String s) {
        return s == null ? "" : s;
    }

    private static void cell(XWPFTableRow row, int c, String text, boolean bold) {
        WordTables.cell(row, c, text, bold);
    }
}
