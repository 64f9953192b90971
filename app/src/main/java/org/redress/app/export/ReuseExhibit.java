package org.redress.app.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.poi.xwpf.usermodel.UnderlinePatterns;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.redress.application.reuse.MatchRow;
import org.redress.application.reuse.PassagePair;
import org.redress.core.Count;

/**
 * The exhibit table of text reuse, as a Word document: our words | their record | citation with page. Words that
 * differ between the two passages are underlined and italic on both sides, so the reader sees what the agency's copy
 * changed or damaged; everything else is quoted exactly, within the offsets of the match.
 */
public final class ReuseExhibit {
    private static final List<String> HEADER = List.of("Our words", "Their record", "Citation");

    private ReuseExhibit() {}

    /** One row: the match and its two passages. */
    public record Entry(MatchRow match, PassagePair passages) {}

    public static byte[] docx(String title, List<Entry> entries) {
        try (XWPFDocument doc = new XWPFDocument();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XWPFRun hr = doc.createParagraph().createRun();
            hr.setBold(true);
            hr.setFontSize(14);
            hr.setText(clean(title));
            doc.createParagraph()
                    .createRun()
                    .setText("Underlined words differ between the two passages (changed, damaged, or with nothing"
                            + " facing them). " + Count.of(entries.size(), "passage", "passages") + ".");
            XWPFTable table = doc.createTable(entries.size() + 1, HEADER.size());
            table.setWidth("100%");
            for (int c = 0; c < HEADER.size(); c++)
                runs(table.getRow(0).getCell(c), List.of(new PassagePair.Run(HEADER.get(c), false)), true);
            table.getRow(0).setRepeatHeader(true);
            for (int i = 0; i < entries.size(); i++) {
                Entry e = entries.get(i);
                runs(table.getRow(i + 1).getCell(0), e.passages().ourRuns(), false);
                runs(table.getRow(i + 1).getCell(1), e.passages().theirRuns(), false);
                runs(table.getRow(i + 1).getCell(2), List.of(new PassagePair.Run(citation(e.match()), false)), false);
            }
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String citation(MatchRow m) {
        StringBuilder b = new StringBuilder();
        b.append(m.path())
                .append(", p. ")
                .append(m.page())
                .append(" (document ")
                .append(m.documentId(), 0, 12)
                .append("…, characters ")
                .append(m.start())
                .append("–")
                .append(m.end())
                .append(")");
        if (m.recordDate() != null) b.append(", dated ").append(m.recordDate());
        b.append("\nOur words: ").append(m.referencePath());
        if (m.referenceDate() != null) b.append(", dated ").append(m.referenceDate());
        if (m.isPrivate()) b.append(" (private)");
        b.append("\n")
                .append(m.kind())
                .append(", ")
                .append(m.words())
                .append(" words, similarity ")
                .append(String.format(java.util.Locale.ROOT, "%.2f", m.similarity()));
        if (m.privateBeforeRecord()) b.append("\nThe record is dated on or after the private meeting.");
        if (m.datesInconsistent()) b.append("\nThe record is dated before our words: check both dates.");
        return b.toString();
    }

    private static void runs(XWPFTableCell cell, List<PassagePair.Run> runs, boolean bold) {
        XWPFParagraph p = cell.getParagraphs().get(0);
        for (PassagePair.Run r : runs) {
            String[] lines = clean(r.text()).split("\n", -1);
            for (int k = 0; k < lines.length; k++) {
                XWPFRun run = p.createRun();
                run.setFontSize(9);
                run.setBold(bold);
                if (r.differs()) {
                    run.setItalic(true);
                    run.setUnderline(UnderlinePatterns.SINGLE);
                }
                if (k > 0) run.addBreak();
                run.setText(lines[k]);
            }
        }
    }

    /** Text a Word document can hold: page breaks and other control characters become spaces or line breaks. */
    private static String clean(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\f') b.append('\n');
            else if (c == '\r') continue;
            else if (c < 0x20 && c != '\n' && c != '\t') b.append(' ');
            else b.append(c);
        }
        return b.toString();
    }
}
