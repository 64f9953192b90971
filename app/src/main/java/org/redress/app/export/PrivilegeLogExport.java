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
import org.redress.application.privilege.PrivilegeLogEntry;
import org.redress.core.Count;

/**
 * The privilege log as a spreadsheet (CSV through {@link SpreadsheetCsv}) and as a Word table (POI), in the columns
 * courts expect: number, date, author, recipients, type, the file, the privilege claimed and its basis. The basis is
 * the reason given with the mark; the lawyer edits it into the log's words before serving it.
 */
public final class PrivilegeLogExport {
    public static final List<String> HEADER =
            List.of("number", "date", "author", "recipients", "type", "found_as", "privilege", "basis", "target", "id");
    private static final List<String> TITLES =
            List.of("No.", "Date", "Author", "Recipients", "Type", "File", "Privilege claimed", "Basis of the claim");

    private PrivilegeLogExport() {}

    public static byte[] csv(List<PrivilegeLogEntry> log) {
        List<List<Object>> rows = new ArrayList<>();
        for (PrivilegeLogEntry e : log) {
            rows.add(Arrays.asList(
                    e.number(),
                    e.date() == null ? "" : e.date().toString(),
                    text(e.author()),
                    String.join("; ", e.recipients()),
                    text(e.type()),
                    text(e.found()),
                    e.kind().code(),
                    text(e.basis()),
                    e.target(),
                    e.id()));
        }
        return SpreadsheetCsv.write(HEADER, rows).getBytes(StandardCharsets.UTF_8);
    }

    public static byte[] docx(String title, List<PrivilegeLogEntry> log) {
        try (XWPFDocument doc = new XWPFDocument();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            WordTables.title(doc, title);
            doc.createParagraph()
                    .createRun()
                    .setText(Count.of(log.size(), "item", "items")
                            + " withheld as privileged. Review each basis before serving the log: it must let the"
                            + " other side assess the claim without revealing what is privileged.");
            XWPFTable table = doc.createTable(log.size() + 1, TITLES.size());
            table.setWidth("100%");
            for (int c = 0; c < TITLES.size(); c++) WordTables.cell(table.getRow(0), c, TITLES.get(c), true);
            table.getRow(0).setRepeatHeader(true);
            for (int i = 0; i < log.size(); i++) {
                PrivilegeLogEntry e = log.get(i);
                XWPFTableRow row = table.getRow(i + 1);
                WordTables.cell(row, 0, Integer.toString(e.number()), false);
                WordTables.cell(
                        row, 1, e.date() == null ? "(undated)" : e.date().toString(), false);
                WordTables.cell(row, 2, e.author() == null ? "(unknown)" : e.author(), false);
                WordTables.cell(row, 3, String.join("\n", e.recipients()), false);
                WordTables.cell(row, 4, text(e.type()), false);
                WordTables.cell(row, 5, text(e.found()), false);
                WordTables.cell(row, 6, kind(e), false);
                WordTables.cell(row, 7, text(e.basis()), false);
            }
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String kind(PrivilegeLogEntry e) {
        return switch (e.kind()) {
            case ATTORNEY_CLIENT -> "Attorney–client privilege";
            case WORK_PRODUCT -> "Attorney work product";
        };
    }

    private static String text(String s) {
        return s == null ? "" : s;
    }
}
