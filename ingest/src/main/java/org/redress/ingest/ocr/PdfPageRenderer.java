package org.redress.ingest.ocr;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.rendering.PageDrawer;
import org.apache.pdfbox.rendering.PageDrawerParameters;

/**
 * Renders PDF pages to greyscale images for OCR, at the resolution Tesseract reads best. PDFBox
 * draws them; a page with an image PDFBox cannot draw (JPEG 2000 above all) is drawn again by
 * pdftoppm, and a page neither can draw says why.
 */
public final class PdfPageRenderer implements AutoCloseable {
    private static final int DPI = 300;
    private static final double MAX_PIXELS = 40e6;
    private final Path pdf;
    private final String password;
    private final Optional<Pdftoppm> pdftoppm;
    private final PDDocument document;
    private final WatchfulRenderer renderer;
    private Path decrypted;

    /** A page image for OCR, and why part of the page is missing from it (null when nothing is). */
    public record Rendering(Path image, String problem) {}

    public PdfPageRenderer(Path pdf, String password, Optional<Pdftoppm> pdftoppm) throws IOException {
        this.pdf = pdf;
        this.password = password;
        this.pdftoppm = pdftoppm;
        this.document = password == null ? Loader.loadPDF(pdf.toFile()) : Loader.loadPDF(pdf.toFile(), password);
        this.renderer = new WatchfulRenderer(document);
    }

    public int pageCount() {
        return document.getNumberOfPages();
    }

    /**
     * Writes page {@code number} (from 1) as a greyscale image in {@code dir}.
     * The image is written as PGM, which is raw pixels behind a short header: encoding a PNG of a
     * 300 dpi page costs about as much as rendering it, and Tesseract reads PGM directly.
     */
    public Rendering render(int number, Path dir) throws IOException {
        var box = document.getPage(number - 1).getMediaBox();
        double squareInches = (box.getWidth() / 72.0) * (box.getHeight() / 72.0);
        // A hostile or poster-sized page must not become a gigapixel image: cap it near 40 megapixels.
        float dpi = (float) Math.min(DPI, Math.sqrt(MAX_PIXELS / Math.max(squareInches, 0.01)));
        BufferedImage image = renderer.render(number - 1, dpi);
        Path out = dir.resolve("page-" + number + ".pgm");
        String undrawn = renderer.undrawn;
        if (undrawn == null) {
            writePgm(image, out);
            return new Rendering(out, null);
        }
        if (pdftoppm.isEmpty()) {
            writePgm(image, out); // what PDFBox could draw is still worth reading
            return new Rendering(
                    out,
                    "PDFBox cannot draw its " + undrawn + ", and pdftoppm, which draws JPEG 2000, is not installed "
                            + "(install it with: " + Pdftoppm.INSTALL_COMMAND + ")");
        }
        try {
            String complaint = pdftoppm.get().render(readable(dir), number, dpi, out);
            return new Rendering(
                    out,
                    complaint == null ? null : "its " + undrawn + " could not be drawn (pdftoppm: " + complaint + ")");
        } catch (IOException e) {
            writePgm(image, out);
            return new Rendering(
                    out, "neither PDFBox nor pdftoppm could draw its " + undrawn + " (" + e.getMessage() + ")");
        }
    }

    /**
     * The file pdftoppm is to read: a decrypted copy when the PDF was opened with a password, so
     * the password is never put on a command line where other users of the machine can see it.
     */
    private Path readable(Path dir) throws IOException {
        if (password == null) return pdf;
        if (decrypted == null) {
            decrypted = dir.resolve("decrypted.pdf");
            document.setAllSecurityToBeRemoved(true);
            document.save(decrypted.toFile());
        }
        return decrypted;
    }

    static void writePgm(BufferedImage image, Path out) throws IOException {
        int width = image.getWidth();
        int height = image.getHeight();
        var raster = image.getRaster();
        try (var stream = new java.io.BufferedOutputStream(java.nio.file.Files.newOutputStream(out), 1 << 16)) {
            stream.write(
                    ("P5\n" + width + " " + height + "\n255\n").getBytes(java.nio.charset.StandardCharsets.US_ASCII));
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
        if (decrypted != null) Files.deleteIfExists(decrypted);
    }

    /**
     * PDFBox's renderer, noting the first image (or form) of a page it could not draw. PDFBox
     * itself only logs it and leaves a blank where the image was, which OCR then reads as an
     * empty page.
     */
    private static final class WatchfulRenderer extends PDFRenderer {
        private String undrawn;

        WatchfulRenderer(PDDocument document) {
            super(document);
        }

        BufferedImage render(int index, float dpi) throws IOException {
            undrawn = null;
            return renderImageWithDPI(index, dpi, ImageType.GRAY);
        }

        @Override
        protected PageDrawer createPageDrawer(PageDrawerParameters parameters) throws IOException {
            PageDrawer drawer = new PageDrawer(parameters) {
                @Override
                protected void operatorException(Operator operator, List<COSBase> operands, IOException e)
                        throws IOException {
                    if (!"Do".equals(operator.getName())) {
                        super.operatorException(operator, operands, e);
                    } else if (undrawn == null) {
                        undrawn = isJpx(getResources(), operands)
                                ? "JPEG 2000 image"
                                : "image ("
                                        + java.util.Objects.toString(
                                                e.getMessage(), e.getClass().getSimpleName()) + ")";
                    }
                }
            };
            drawer.setAnnotationFilter(getAnnotationsFilter());
            return drawer;
        }

        /** Whether the XObject a {@code Do} names is a JPEG 2000 image, read without decoding it. */
        private static boolean isJpx(PDResources resources, List<COSBase> operands) {
            if (resources == null || operands.isEmpty() || !(operands.get(0) instanceof COSName name)) return false;
            COSDictionary xobjects = resources.getCOSObject().getCOSDictionary(COSName.XOBJECT);
            return xobjects != null
                    && xobjects.getDictionaryObject(name) instanceof COSStream stream
                    && new PDStream(stream).getFilters().contains(COSName.JPX_DECODE);
        }
    }
}
