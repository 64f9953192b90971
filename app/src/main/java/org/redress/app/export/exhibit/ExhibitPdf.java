package org.redress.app.export.exhibit;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;
import org.apache.pdfbox.util.Matrix;
import org.redress.app.export.PdfFonts;
import org.redress.ingest.ocr.Tesseract;

/**
 * The exhibit file: each page its redacted image (lossless), an invisible text layer from OCR of that image placed
 * over the words it read, and the Bates number in a strip below the image, so it never covers the page. The file has
 * no document information and no XMP metadata: nothing of the original but its pixels.
 */
final class ExhibitPdf implements AutoCloseable {
    private static final float BATES_STRIP = 30;
    private static final float BATES_SIZE = 10;

    private final PDDocument document = new PDDocument();
    private final PDType0Font font;

    ExhibitPdf() throws IOException {
        document.setDocumentInformation(new PDDocumentInformation());
        try (InputStream ttf = PdfFonts.regularTrueType()) {
            font = PDType0Font.load(document, ttf, true);
        }
    }

    /** One page; {@code bates} is null when the exhibit has no Bates numbers. */
    void addPage(BufferedImage image, float dpi, List<Tesseract.Word> words, String bates) throws IOException {
        float scale = 72f / dpi;
        float width = image.getWidth() * scale;
        float height = image.getHeight() * scale;
        float strip = bates == null ? 0 : BATES_STRIP;
        PDPage page = new PDPage(new PDRectangle(width, height + strip));
        document.addPage(page);
        PDImageXObject pixels = LosslessFactory.createFromImage(document, image);
        try (PDPageContentStream content = new PDPageContentStream(document, page)) {
            content.drawImage(pixels, 0, strip, width, height);
            content.beginText();
            content.setRenderingMode(RenderingMode.NEITHER);
            for (Tesseract.Word w : words) place(content, w, scale, strip + height);
            content.endText();
            if (bates != null) {
                content.beginText();
                content.setRenderingMode(RenderingMode.FILL);
                content.setFont(font, BATES_SIZE);
                float textWidth = font.getStringWidth(bates) / 1000 * BATES_SIZE;
                content.newLineAtOffset(width - 36 - textWidth, (BATES_STRIP - BATES_SIZE) / 2);
                content.showText(bates);
                content.endText();
            }
        }
    }

    /** An OCR word, stretched to the box Tesseract gave it, so that selecting text follows the image. */
    private void place(PDPageContentStream content, Tesseract.Word w, float scale, float top) throws IOException {
        float size = Math.max(1, w.height() * scale);
        float natural;
        try {
            natural = font.getStringWidth(w.text()) / 1000 * size;
        } catch (IllegalArgumentException noGlyph) {
            return; // a character Liberation Sans lacks: the word stays in the image only
        }
        if (natural <= 0) return;
        content.setFont(font, size);
        content.setHorizontalScaling(100 * (w.width() * scale) / natural);
        content.setTextMatrix(Matrix.getTranslateInstance(w.left() * scale, top - (w.top() + w.height()) * scale));
        content.showText(w.text());
    }

    void save(Path file) throws IOException {
        document.getDocumentCatalog().setMetadata(null);
        document.save(file.toFile());
    }

    @Override
    public void close() throws IOException {
        document.close();
    }
}
