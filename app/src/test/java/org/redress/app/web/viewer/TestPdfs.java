package org.redress.app.web.viewer;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Assumptions;

/** PDFs made with PDFBox for the tests, the shared corpus's real ones, and reading a PNG back. */
final class TestPdfs {
    /** The shared corpus beside the repository (or {@code -Dredress.corpora=DIR}), as the other corpus tests find it. */
    static final Path CORPUS = (System.getProperty("redress.corpora") != null
                    ? Path.of(System.getProperty("redress.corpora"))
                    : Path.of("../../shared/corpora").toAbsolutePath().normalize())
            .resolve("tika-test-documents/pdf-module");

    private TestPdfs() {}

    /** A PDF with one page of {@code size} per text, each page's text written on it in black. */
    static byte[] pdf(PDRectangle size, String... pages) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            for (String text : pages) {
                PDPage page = new PDPage(size);
                doc.addPage(page);
                try (PDPageContentStream s = new PDPageContentStream(doc, page)) {
                    s.beginText();
                    s.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 24);
                    s.newLineAtOffset(72, size.getHeight() - 100);
                    s.showText(text);
                    s.endText();
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        }
    }

    /** A file of the shared corpus, or the test skipped saying it is absent. */
    static byte[] corpus(String name) throws IOException {
        Path file = CORPUS.resolve(name);
        Assumptions.assumeTrue(
                Files.isRegularFile(file),
                "skipped: " + file.toAbsolutePath() + " is absent (../shared not checked out)");
        return Files.readAllBytes(file);
    }

    static BufferedImage read(byte[] png) throws IOException {
        return ImageIO.read(new ByteArrayInputStream(png));
    }

    static boolean isPng(byte[] bytes) {
        return bytes.length > 8
                && (bytes[0] & 0xff) == 0x89
                && bytes[1] == 'P'
                && bytes[2] == 'N'
                && bytes[3] == 'G'
                && bytes[4] == 0x0d
                && bytes[5] == 0x0a;
    }

    /** How many pixels of the image are dark: text drawn on a white page. */
    static long dark(BufferedImage image) {
        long n = 0;
        for (int y = 0; y < image.getHeight(); y++)
            for (int x = 0; x < image.getWidth(); x++) {
                int rgb = image.getRGB(x, y);
                int lum = ((rgb >> 16) & 0xff) + ((rgb >> 8) & 0xff) + (rgb & 0xff);
                if (lum < 200) n++;
            }
        return n;
    }
}
