package org.redress.ingest.ocr;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

/** Renders PDF pages to greyscale images for OCR, at the resolution Tesseract reads best. */
public final class PdfPageRenderer implements AutoCloseable {
    private static final int DPI = 300;
    private static final double MAX_PIXELS = 40e6;
    private final PDDocument document;
    private final PDFRenderer renderer;

    public PdfPageRenderer(Path pdf, String password) throws IOException {
        this.document = password == null ? Loader.loadPDF(pdf.toFile()) : Loader.loadPDF(pdf.toFile(), password);
        this.renderer = new PDFRenderer(document);
    }

    public int pageCount() {
        return document.getNumberOfPages();
    }

    /**
     * Writes page {@code number} (from 1) as a greyscale image in {@code dir} and returns its path.
     * The image is written as PGM, which is raw pixels behind a short header: encoding a PNG of a
     * 300 dpi page costs about as much as rendering it, and Tesseract reads PGM directly.
     */
    public Path render(int number, Path dir) throws IOException {
        var box = document.getPage(number - 1).getMediaBox();
        double squareInches = (box.getWidth() / 72.0) * (box.getHeight() / 72.0);
        // A hostile or poster-sized page must not become a gigapixel image: cap it near 40 megapixels.
        float dpi = (float) Math.min(DPI, Math.sqrt(MAX_PIXELS / Math.max(squareInches, 0.01)));
        BufferedImage image = renderer.renderImageWithDPI(number - 1, dpi, ImageType.GRAY);
        Path out = dir.resolve("page-" + number + ".pgm");
        writePgm(image, out);
        return out;
    }

    static void writePgm(BufferedImage image, Path out) throws IOException {
        int width = image.getWidth();
        int height = image.getHeight();
        var raster = image.getRaster();
        try (var stream = new java.io.BufferedOutputStream(java.nio.file.Files.newOutputStream(out), 1 << 16)) {
            stream.write(("P5\n" + width + " " + height + "\n255\n").getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            byte[] row = new byte[width];
            for (int y = 0; y < height; y++) {
                raster.getDataElements(0, y, width, 1, row);
                stream.write(row);
            }
        }
    }

    @Override
    public void close() throws IOException {
        document.close();
    }
}
