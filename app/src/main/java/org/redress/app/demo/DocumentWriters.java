package org.redress.app.demo;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.imageio.ImageIO;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/**
 * Writes the kinds of file a records production holds, for the demo case and the benchmark
 * corpus: PDFs with a text layer, scanned pages (an image and no text), emails, Word and Excel
 * files, and zip archives.
 */
public final class DocumentWriters {
    private DocumentWriters() {}

    /** A PDF with a text layer, one page per entry of {@code pages}. */
    public static void textPdf(Path file, String title, List<String> pages) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            doc.getDocumentInformation().setTitle(title);
            PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            for (String text : pages) {
                PDPage page = new PDPage(PDRectangle.LETTER);
                doc.addPage(page);
                try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                    cs.beginText();
                    cs.setFont(font, 11);
                    cs.setLeading(15);
                    cs.newLineAtOffset(60, 720);
                    for (String line : wrap(text, 90)) {
                        cs.showText(latin1(line));
                        cs.newLine();
                    }
                    cs.endText();
                }
            }
            doc.save(file.toFile());
        }
    }

    /** A PDF whose pages are pictures of text, as a scanner makes them: OCR is the only way in. */
    public static void scannedPdf(Path file, List<String> pages) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            for (String text : pages) {
                BufferedImage image = pageImage(text);
                PDPage page = new PDPage(PDRectangle.LETTER);
                doc.addPage(page);
                PDImageXObject xobject = LosslessFactory.createFromImage(doc, image);
                try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                    cs.drawImage(xobject, 0, 0, PDRectangle.LETTER.getWidth(), PDRectangle.LETTER.getHeight());
                }
            }
            doc.save(file.toFile());
        }
    }

    public static void png(Path file, String text) throws IOException {
        ImageIO.write(pageImage(text), "png", file.toFile());
    }

    /** A letter-size page at 200 dpi with the text typed on it. */
    static BufferedImage pageImage(String text) {
        BufferedImage image = new BufferedImage(1700, 2200, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, image.getWidth(), image.getHeight());
        g.setColor(Color.BLACK);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setFont(new Font(Font.SERIF, Font.PLAIN, 36));
        int y = 200;
        for (String line : wrap(text, 70)) {
            g.drawString(line, 150, y);
            y += 52;
        }
        g.dispose();
        return image;
    }

    /** An RFC 822 email, with optional attachments. */
    public static void email(
            Path file,
            String from,
            String to,
            String cc,
            ZonedDateTime date,
            String subject,
            String messageId,
            String inReplyTo,
            String body,
            List<Path> attachments)
            throws IOException {
        String boundary = "redress-demo-" + Integer.toHexString(messageId.hashCode());
        StringBuilder m = new StringBuilder();
        m.append("From: ").append(from).append("\r\n");
        m.append("To: ").append(to).append("\r\n");
        if (cc != null) m.append("Cc: ").append(cc).append("\r\n");
        m.append("Date: ")
                .append(date.format(DateTimeFormatter.RFC_1123_DATE_TIME))
                .append("\r\n");
        m.append("Subject: ").append(subject).append("\r\n");
        m.append("Message-ID: <").append(messageId).append(">\r\n");
        if (inReplyTo != null) m.append("In-Reply-To: <").append(inReplyTo).append(">\r\n");
        m.append("MIME-Version: 1.0\r\n");
        if (attachments.isEmpty()) {
            m.append("Content-Type: text/plain; charset=UTF-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n")
                    .append(body)
                    .append("\r\n");
        } else {
            m.append("Content-Type: multipart/mixed; boundary=\"")
                    .append(boundary)
                    .append("\"\r\n\r\n");
            m.append("--")
                    .append(boundary)
                    .append("\r\nContent-Type: text/plain; charset=UTF-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n")
                    .append(body)
                    .append("\r\n");
            for (Path a : attachments) {
                m.append("--")
                        .append(boundary)
                        .append("\r\nContent-Type: application/octet-stream; name=\"")
                        .append(a.getFileName())
                        .append("\"\r\nContent-Disposition: attachment; filename=\"")
                        .append(a.getFileName())
                        .append("\"\r\nContent-Transfer-Encoding: base64\r\n\r\n")
                        .append(java.util.Base64.getMimeEncoder().encodeToString(Files.readAllBytes(a)))
                        .append("\r\n");
            }
            m.append("--").append(boundary).append("--\r\n");
        }
        Files.writeString(file, m.toString(), StandardCharsets.UTF_8);
    }

    public static void xlsx(Path file, String sheetName, List<List<String>> rows) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook();
                OutputStream out = Files.newOutputStream(file)) {
            XSSFSheet sheet = wb.createSheet(sheetName);
            for (int r = 0; r < rows.size(); r++) {
                var row = sheet.createRow(r);
                for (int c = 0; c < rows.get(r).size(); c++)
                    row.createCell(c).setCellValue(rows.get(r).get(c));
            }
            wb.write(out);
        }
    }

    public static void docx(Path file, String title, List<String> paragraphs) throws IOException {
        try (XWPFDocument doc = new XWPFDocument();
                OutputStream out = Files.newOutputStream(file)) {
            doc.getProperties().getCoreProperties().setTitle(title);
            for (String p : paragraphs) doc.createParagraph().createRun().setText(p);
            doc.write(out);
        }
    }

    public static void zip(Path file, List<Path> members) throws IOException {
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            for (Path m : members) {
                zip.putNextEntry(new ZipEntry(m.getFileName().toString()));
                Files.copy(m, zip);
                zip.closeEntry();
            }
        }
    }

    static List<String> wrap(String text, int width) {
        List<String> lines = new java.util.ArrayList<>();
        for (String paragraph : text.split("\n", -1)) {
            StringBuilder line = new StringBuilder();
            for (String word : paragraph.split(" ")) {
                if (line.length() + word.length() + 1 > width && line.length() > 0) {
                    lines.add(line.toString());
                    line.setLength(0);
                }
                if (line.length() > 0) line.append(' ');
                line.append(word);
            }
            lines.add(line.toString());
        }
        return lines;
    }

    /** The standard PDF fonts speak Latin-1 only: anything else becomes '?'. */
    private static String latin1(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (char c : s.toCharArray()) out.append(c < 256 && c != '\t' ? c : '?');
        return out.toString();
    }
}
