package org.redress.ingest.pipeline;

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
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/** Minimal writers of the files a production holds, for the ingest tests. */
final class Fixtures {
    private Fixtures() {}

    static Path textPdf(Path file, String title, List<String> pages) throws IOException {
        return pdf(file, title, pages, null);
    }

    static Path encryptedPdf(Path file, List<String> pages, String userPassword) throws IOException {
        return pdf(file, null, pages, userPassword);
    }

    private static Path pdf(Path file, String title, List<String> pages, String userPassword) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            if (title != null) doc.getDocumentInformation().setTitle(title);
            PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            for (String text : pages) {
                PDPage page = new PDPage(PDRectangle.LETTER);
                doc.addPage(page);
                try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                    cs.beginText();
                    cs.setFont(font, 11);
                    cs.newLineAtOffset(60, 720);
                    cs.showText(text);
                    cs.endText();
                }
            }
            protect(doc, userPassword);
            doc.save(file.toFile());
        }
        return file;
    }

    private static void protect(PDDocument doc, String userPassword) throws IOException {
        if (userPassword == null) return;
        StandardProtectionPolicy policy =
                new StandardProtectionPolicy("owner-" + userPassword, userPassword, new AccessPermission());
        policy.setEncryptionKeyLength(128);
        doc.protect(policy);
    }

    /** Pages that are only pictures of text, as a scanner makes them. */
    static Path scannedPdf(Path file, List<String> pages) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            for (String text : pages) {
                PDPage page = new PDPage(PDRectangle.LETTER);
                doc.addPage(page);
                PDImageXObject image = LosslessFactory.createFromImage(doc, pageImage(text, 1));
                try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                    cs.drawImage(image, 0, 0, PDRectangle.LETTER.getWidth(), PDRectangle.LETTER.getHeight());
                }
            }
            doc.save(file.toFile());
        }
        return file;
    }

    /** A picture of the text in JPEG 2000, as some scanners store pages, made by OpenJPEG's opj_compress. */
    static byte[] jp2(Path dir, String text) throws IOException, InterruptedException {
        Path png = png(Files.createTempFile(dir, "page", ".png"), text);
        Path jp2 = dir.resolve(png.getFileName() + ".jp2");
        Process p = new ProcessBuilder("opj_compress", "-i", png.toString(), "-o", jp2.toString())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
        if (p.waitFor() != 0) throw new IOException("opj_compress failed with exit code " + p.exitValue());
        return Files.readAllBytes(jp2);
    }

    /**
     * A PDF of letter pages that are each one {@link #pageImage} stored as the bytes given, filtered
     * /JPXDecode (JPEG 2000), which PDFBox cannot decode without a plug-in.
     */
    static Path jpxPdf(Path file, List<byte[]> images, String userPassword) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            for (byte[] bytes : images) {
                COSStream image = doc.getDocument().createCOSStream();
                try (OutputStream out = image.createRawOutputStream()) {
                    out.write(bytes);
                }
                image.setItem(COSName.TYPE, COSName.XOBJECT);
                image.setItem(COSName.SUBTYPE, COSName.IMAGE);
                image.setInt(COSName.WIDTH, 1700);
                image.setInt(COSName.HEIGHT, 2200);
                image.setItem(COSName.COLORSPACE, COSName.DEVICEGRAY);
                image.setInt(COSName.BITS_PER_COMPONENT, 8);
                image.setItem(COSName.FILTER, COSName.JPX_DECODE);
                COSDictionary xobjects = new COSDictionary();
                xobjects.setItem(COSName.getPDFName("Scan"), image);
                PDResources resources = new PDResources();
                resources.getCOSObject().setItem(COSName.XOBJECT, xobjects);
                PDPage page = new PDPage(PDRectangle.LETTER);
                page.setResources(resources);
                PDStream contents = new PDStream(doc);
                try (OutputStream out = contents.createOutputStream()) {
                    out.write("q 612 0 0 792 0 0 cm /Scan Do Q".getBytes(StandardCharsets.US_ASCII));
                }
                page.setContents(contents);
                doc.addPage(page);
            }
            protect(doc, userPassword);
            doc.save(file.toFile());
        }
        return file;
    }

    static Path png(Path file, String text) throws IOException {
        ImageIO.write(pageImage(text, 1), "png", file.toFile());
        return file;
    }

    /** A multi-page TIFF, one frame per text, written with the JDK's own TIFF writer. */
    static Path tiff(Path file, List<String> pages) throws IOException {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("tiff").next();
        try (ImageOutputStream out = ImageIO.createImageOutputStream(file.toFile())) {
            writer.setOutput(out);
            writer.prepareWriteSequence(null);
            for (String text : pages) writer.writeToSequence(new IIOImage(pageImage(text, 1), null, null), null);
            writer.endWriteSequence();
        } finally {
            writer.dispose();
        }
        return file;
    }

    /** A letter-size page at 200 dpi (times {@code scale}) with the text typed on it in large print. */
    static BufferedImage pageImage(String text, int scale) {
        BufferedImage image = new BufferedImage(1700 * scale, 2200 * scale, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, image.getWidth(), image.getHeight());
        g.setColor(Color.BLACK);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setFont(new Font(Font.SERIF, Font.PLAIN, 40 * scale));
        int y = 200 * scale;
        for (String line : text.split("\n")) {
            g.drawString(line, 150 * scale, y);
            y += 60 * scale;
        }
        g.dispose();
        return image;
    }

    static Path docx(Path file, String title, List<String> paragraphs) throws IOException {
        try (XWPFDocument doc = new XWPFDocument();
                OutputStream out = Files.newOutputStream(file)) {
            doc.getProperties().getCoreProperties().setTitle(title);
            for (String p : paragraphs) doc.createParagraph().createRun().setText(p);
            doc.write(out);
        }
        return file;
    }

    /** An RFC 822 message with a plain-text body and one attachment. */
    static Path email(
            Path file,
            String from,
            String to,
            String subject,
            String date,
            String messageId,
            String body,
            String attachmentName,
            byte[] attachment)
            throws IOException {
        String boundary = "----=_redress_boundary";
        String eml = "From: " + from + "\r\n"
                + "To: " + to + "\r\n"
                + "Subject: " + subject + "\r\n"
                + "Date: " + date + "\r\n"
                + "Message-ID: " + messageId + "\r\n"
                + "MIME-Version: 1.0\r\n"
                + "Content-Type: multipart/mixed; boundary=\"" + boundary + "\"\r\n\r\n"
                + "--" + boundary + "\r\n"
                + "Content-Type: text/plain; charset=UTF-8\r\n\r\n"
                + body + "\r\n"
                + "--" + boundary + "\r\n"
                + "Content-Type: application/octet-stream; name=\"" + attachmentName + "\"\r\n"
                + "Content-Disposition: attachment; filename=\"" + attachmentName + "\"\r\n"
                + "Content-Transfer-Encoding: base64\r\n\r\n"
                + Base64.getMimeEncoder().encodeToString(attachment) + "\r\n"
                + "--" + boundary + "--\r\n";
        Files.writeString(file, eml, StandardCharsets.UTF_8);
        return file;
    }

    /** A zip of the given members, in order; names are used as given (hostile ones included). */
    static Path zip(Path file, Map<String, byte[]> members) throws IOException {
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            for (var e : members.entrySet()) {
                zip.putNextEntry(new ZipEntry(e.getKey()));
                zip.write(e.getValue());
                zip.closeEntry();
            }
        }
        return file;
    }

    /** A zip holding one entry of {@code zeros} zero bytes, streamed: the expanded bytes never touch the disk. */
    static Path zipBomb(Path file, long zeros) throws IOException {
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            zip.setLevel(java.util.zip.Deflater.BEST_SPEED);
            zip.putNextEntry(new ZipEntry("zeros.bin"));
            byte[] block = new byte[1 << 20];
            for (long written = 0; written < zeros; written += block.length) zip.write(block);
            zip.closeEntry();
        }
        return file;
    }
}
