package org.redress.app.export;

import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

/** The pieces the Word exports share: a centred bold title, and a table cell of 10-point text with line breaks. */
final class WordTables {
    private WordTables() {}

    static void title(XWPFDocument doc, String text) {
        XWPFParagraph h = doc.createParagraph();
        h.setAlignment(ParagraphAlignment.CENTER);
        XWPFRun hr = h.createRun();
        hr.setBold(true);
        hr.setFontSize(14);
        hr.setText(text);
    }

    static void cell(XWPFTableRow row, int c, String text, boolean bold) {
        XWPFParagraph p = row.getCell(c).getParagraphs().get(0);
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            XWPFRun run = p.createRun();
            run.setBold(bold);
            run.setFontSize(10);
            run.setText(lines[i]);
            if (i < lines.length - 1) run.addBreak();
        }
    }
}
