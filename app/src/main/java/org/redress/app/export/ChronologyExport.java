package org.redress.app.export;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Image;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.apache.poi.common.usermodel.PictureType;
import org.apache.poi.util.Units;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.redress.app.json.Json;
import org.redress.application.casemodel.Chronology;

/** The chronology as CSV, JSON, DOCX (an editable Word table) or PDF, the last two with the timeline chart. */
public final class ChronologyExport {
    public static final List<String> HEADER = List.of("Date", "Fact", "People", "Source", "Disputed");

    public enum Format {
        CSV,
        JSON,
        DOCX,
        PDF;

        public static Format of(String s) {
            try {
                return valueOf(s.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new org.redress.core.UserMistake(
                        "'" + s + "' is not an export format: use csv, json, docx or pdf");
            }
        }
    }

    private ChronologyExport() {}

    /** {@code chart} is a PNG, or null for none (CSV and JSON never carry it). */
    public static byte[] export(Format format, String title, List<Chronology.Row> rows, byte[] chart) {
        return switch (format) {
            case CSV -> csv(rows);
            case JSON ->
                (Json.write(java.util.Map.of("title", title, "events", rows)) + "\n").getBytes(StandardCharsets.UTF_8);
            case DOCX -> docx(title, rows, chart);
            case PDF -> pdf(title, rows, chart);
        };
    }

    static String fact(Chronology.Row r) {
        return r.fact() + (r.place().isBlank() ? "" : " (" + r.place() + ")") + " [" + r.kind() + "]";
    }

    static String source(Chronology.Row r) {
        return String.join("; ", r.sources());
    }

    static byte[] csv(List<Chronology.Row> rows) {
        // Facts, places and quotes come from hostile documents: SpreadsheetCsv defuses every cell.
        List<List<Object>> cells = rows.stream()
                .<List<Object>>map(r -> java.util.Arrays.asList(
                        r.id(),
                        r.date(),
                        r.kind(),
                        r.fact(),
                        r.people(),
                        r.place(),
                        source(r),
                        String.join(" | ", r.quotes()),
                        r.disputed() ? "yes" : "no"))
                .toList();
        return SpreadsheetCsv.write(
                        List.of("id", "date", "kind", "fact", "people", "place", "source", "quote", "disputed"), cells)
                .getBytes(StandardCharsets.UTF_8);
    }

    static byte[] docx(String title, List<Chronology.Row> rows, byte[] chart) {
        try (XWPFDocument doc = new XWPFDocument();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            WordTables.title(doc, title);
            if (chart != null) {
                XWPFRun img = doc.createParagraph().createRun();
                java.awt.image.BufferedImage bi = javax.imageio.ImageIO.read(new ByteArrayInputStream(chart));
                double scale = 450.0 / bi.getWidth();
                img.addPicture(
                        new ByteArrayInputStream(chart),
                        PictureType.PNG,
                        "timeline.png",
                        Units.toEMU(450),
                        Units.toEMU(bi.getHeight() * scale));
            }
            XWPFTable table = doc.createTable(rows.size() + 1, HEADER.size());
            table.setWidth("100%");
            for (int c = 0; c < HEADER.size(); c++) {
                cell(table.getRow(0), c, HEADER.get(c), true);
            }
            table.getRow(0).setRepeatHeader(true);
            for (int i = 0; i < rows.size(); i++) {
                Chronology.Row r = rows.get(i);
                XWPFTableRow row = table.getRow(i + 1);
                cell(row, 0, r.date(), false);
                cell(
                        row,
                        1,
                        fact(r) + (r.quotes().isEmpty() ? "" : "\n“" + String.join("”\n“", r.quotes()) + "”"),
                        false);
                cell(row, 2, r.people(), false);
                cell(row, 3, source(r), false);
                cell(row, 4, r.disputed() ? "Disputed" : "", false);
            }
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (org.apache.poi.openxml4j.exceptions.InvalidFormatException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void cell(XWPFTableRow row, int c, String text, boolean bold) {
        WordTables.cell(row, c, text, bold);
    }

    static byte[] pdf(String title, List<Chronology.Row> rows, byte[] chart) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document doc = new Document(PageSize.LETTER.rotate(), 36, 36, 36, 36);
        PdfWriter.getInstance(doc, out);
        doc.addTitle(title);
        doc.addCreator("Redress");
        doc.open();
        PdfFonts fonts = PdfFonts.forDocument();
        Font head = fonts.bold(14);
        Font bold = fonts.bold(9);
        Font body = fonts.regular(9);
        Paragraph t = new Paragraph(PdfFonts.text(title), head);
        t.setAlignment(Element.ALIGN_CENTER);
        t.setSpacingAfter(8);
        doc.add(t);
        if (chart != null) {
            try {
                Image img = Image.getInstance(chart);
                img.scaleToFit(doc.getPageSize().getWidth() - 72, 260);
                img.setAlignment(Element.ALIGN_CENTER);
                doc.add(img);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        PdfPTable table = new PdfPTable(new float[] {12, 44, 18, 18, 8});
        table.setWidthPercentage(100);
        table.setHeaderRows(1);
        table.setSpacingBefore(8);
        for (String h : HEADER) {
            PdfPCell c = new PdfPCell(new Phrase(h, bold));
            c.setGrayFill(0.9f);
            table.addCell(c);
        }
        for (Chronology.Row r : rows) {
            table.addCell(new Phrase(r.date(), body));
            table.addCell(new Phrase(
                    PdfFonts.text(fact(r)
                            + (r.quotes().isEmpty()
                                    ? ""
                                    : "\n\u201C" + String.join("\u201D\n\u201C", r.quotes()) + "\u201D")),
                    body));
            table.addCell(new Phrase(PdfFonts.text(r.people()), body));
            table.addCell(new Phrase(PdfFonts.text(source(r)), body));
            table.addCell(new Phrase(r.disputed() ? "Disputed" : "", body));
        }
        doc.add(table);
        doc.close();
        return out.toByteArray();
    }
}
