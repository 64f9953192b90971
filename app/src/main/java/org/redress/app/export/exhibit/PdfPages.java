package org.redress.app.export.exhibit;

import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * The pages of a PDF original, drawn by PDFBox, with the words of its text layer placed by PDFBox's own text
 * positions. The original is read in memory: no plain copy of it is written anywhere.
 */
final class PdfPages implements AutoCloseable {
    private static final double MAX_PIXELS = 40e6;
    private final PDDocument document;
    private final PDFRenderer renderer;

    PdfPages(InputStream original, String password) throws IOException {
        RandomAccessReadBuffer bytes = new RandomAccessReadBuffer(original);
        this.document = password == null ? Loader.loadPDF(bytes) : Loader.loadPDF(bytes, password);
        this.renderer = new PDFRenderer(document);
    }

    int pageCount() {
        return document.getNumberOfPages();
    }

    PageImage page(int number, float wantedDpi) throws IOException {
        PDRectangle box = document.getPage(number - 1).getCropBox();
        double squareInches = (box.getWidth() / 72.0) * (box.getHeight() / 72.0);
        // A poster-sized or hostile page must not become a gigapixel image.
        float dpi = (float) Math.min(wantedDpi, Math.sqrt(MAX_PIXELS / Math.max(squareInches, 0.01)));
        BufferedImage image = renderer.renderImageWithDPI(number - 1, dpi, ImageType.RGB);
        return new PageImage(number, image, dpi, new TextLayerWords(dpi / 72f).of(document, number));
    }

    @Override
    public void close() throws IOException {
        document.close();
    }

    /** The words of one page's text layer, each with the box its glyphs cover, in the image's pixels. */
    private static final class TextLayerWords extends PDFTextStripper {
        private final float scale;
        private final List<PageWord> words = new ArrayList<>();
        private int line;

        TextLayerWords(float scale) {
            this.scale = scale;
        }

        List<PageWord> of(PDDocument document, int page) throws IOException {
            setStartPage(page);
            setEndPage(page);
            setSortByPosition(true);
            getText(document);
            return List.copyOf(words);
        }

        @Override
        protected void writeString(String text, List<TextPosition> positions) {
            List<TextPosition> word = new ArrayList<>();
            for (TextPosition p : positions) {
                if (p.getUnicode() == null || p.getUnicode().isBlank()) {
                    add(word);
                } else {
                    word.add(p);
                }
            }
            add(word);
        }

        @Override
        protected void writeLineSeparator() throws IOException {
            line++;
            super.writeLineSeparator();
        }

        private void add(List<TextPosition> glyphs) {
            if (glyphs.isEmpty()) return;
            StringBuilder text = new StringBuilder();
            float left = Float.MAX_VALUE;
            float top = Float.MAX_VALUE;
            float right = -Float.MAX_VALUE;
            float bottom = -Float.MAX_VALUE;
            for (TextPosition p : glyphs) {
                text.append(p.getUnicode());
                // Glyph heights in PDFs are often understated: take the font size, and room for descenders.
                float size = Math.max(p.getHeightDir(), Math.abs(p.getFontSizeInPt()));
                left = Math.min(left, p.getXDirAdj());
                right = Math.max(right, p.getXDirAdj() + p.getWidthDirAdj());
                top = Math.min(top, p.getYDirAdj() - size);
                bottom = Math.max(bottom, p.getYDirAdj() + size * 0.3f);
            }
            glyphs.clear();
            words.add(new PageWord(
                    text.toString(),
                    new Rectangle(
                            Math.round(left * scale),
                            Math.round(top * scale),
                            Math.max(1, Math.round((right - left) * scale)),
                            Math.max(1, Math.round((bottom - top) * scale))),
                    "text-layer " + line));
        }
    }
}
