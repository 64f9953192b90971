package org.redress.app.web.viewer;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.Locale;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.MemoryUsageSetting;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.redress.app.web.viewer.PageImageException.Reason;
import org.redress.core.Count;

/**
 * One page of an original as a PNG: a PDF page drawn by PDFBox, or an image (a page of a multi-page TIFF) scaled down.
 * Everything happens in memory (PDFBox keeps no scratch files), within {@link RenderLimits}: the picture's size is
 * decided from the page's declared size before anything is drawn, and an image is decoded subsampled when it is big.
 */
public final class PageRenderer {
    private static final double POINTS_PER_INCH = 72;
    /** Beyond this an image is a decompression bomb, not a scan: refused before it is decoded. */
    private static final long MAX_SOURCE_PIXELS = 400_000_000L;

    private final RenderLimits limits;

    public PageRenderer(RenderLimits limits) {
        this.limits = limits;
    }

    /** Whether documents of this media type have page images (PDFs and images). */
    public static boolean draws(String mediaType) {
        String type = mediaType == null ? "" : mediaType.toLowerCase(Locale.ROOT);
        return isPdf(type) || type.startsWith("image/");
    }

    /** Page {@code page} (from 1) of {@code original}, a document of {@code mediaType}, as PNG bytes. */
    public byte[] render(byte[] original, String mediaType, int page) throws PageImageException {
        String type = mediaType == null ? "" : mediaType.toLowerCase(Locale.ROOT);
        if (page < 1) throw new PageImageException(Reason.NO_PAGE, "pages are numbered from 1");
        if (isPdf(type)) return png(pdfPage(original, page));
        if (type.startsWith("image/")) return png(imagePage(original, page));
        throw new PageImageException(
                Reason.NO_IMAGE, "a document of type " + type + " has no page image; read its text instead");
    }

    private static boolean isPdf(String type) {
        return type.startsWith("application/pdf");
    }

    private BufferedImage pdfPage(byte[] original, int page) throws PageImageException {
        try (PDDocument pdf = Loader.loadPDF(
                original,
                "",
                null,
                null,
                MemoryUsageSetting.setupMainMemoryOnly(limits.maxOriginalBytes()).streamCache)) {
            int count = pdf.getNumberOfPages();
            if (page > count)
                throw new PageImageException(
                        Reason.NO_PAGE,
                        "the PDF has " + Count.of(count, "page", "pages") + "; there is no page " + page);
            PDPage p = pdf.getPage(page - 1);
            PDRectangle box = p.getCropBox();
            double w = box.getWidth();
            double h = box.getHeight();
            if (!(w > 0 && h > 0) || Double.isInfinite(w) || Double.isInfinite(h))
                throw new PageImageException(Reason.UNREADABLE, "the PDF's page " + page + " has no usable size");
            float scale = (float) limits.scale(w, h, POINTS_PER_INCH);
            PDFRenderer renderer = new PDFRenderer(pdf);
            renderer.setSubsamplingAllowed(true); // big embedded scans are read at the size drawn, not in full
            return renderer.renderImage(page - 1, scale, ImageType.RGB);
        } catch (InvalidPasswordException e) {
            throw new PageImageException(Reason.UNREADABLE, "the PDF is protected by a password", e);
        } catch (IOException | RuntimeException e) {
            throw new PageImageException(
                    Reason.UNREADABLE,
                    "the PDF could not be drawn (" + e.getClass().getSimpleName() + ")",
                    e);
        } catch (OutOfMemoryError e) {
            // a page whose content needs more memory than the server has: that page only fails
            throw new PageImageException(
                    Reason.TOO_LARGE, "the PDF's page " + page + " needs too much memory to draw", e);
        }
    }

    private BufferedImage imagePage(byte[] original, int page) throws PageImageException {
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(original))) {
            Iterator<ImageReader> readers = in == null ? null : ImageIO.getImageReaders(in);
            if (readers == null || !readers.hasNext())
                throw new PageImageException(Reason.UNREADABLE, "this image format cannot be drawn on the server");
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, false, true);
                int index = page - 1;
                int w;
                int h;
                try {
                    w = reader.getWidth(index);
                    h = reader.getHeight(index);
                } catch (IndexOutOfBoundsException e) {
                    throw new PageImageException(Reason.NO_PAGE, "the image has no page " + page, e);
                }
                if ((long) w * h > MAX_SOURCE_PIXELS)
                    throw new PageImageException(
                            Reason.TOO_LARGE, "the image is " + w + " × " + h + " pixels, too large to draw");
                double scale = limits.scale(w, h, limits.dpi()); // an image is drawn at its own pixels at most
                int step = Math.max(1, (int) Math.ceil(1 / Math.min(1, scale)));
                ImageReadParam param = reader.getDefaultReadParam();
                param.setSourceSubsampling(step, step, 0, 0);
                return reader.read(index, param);
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            throw new PageImageException(
                    Reason.UNREADABLE,
                    "the image could not be drawn (" + e.getClass().getSimpleName() + ")",
                    e);
        }
    }

    private static byte[] png(BufferedImage image) throws PageImageException {
        if (image == null) throw new PageImageException(Reason.UNREADABLE, "nothing could be drawn");
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        try {
            if (!ImageIO.write(image, "png", out)) {
                BufferedImage rgb = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
                rgb.getGraphics().drawImage(image, 0, 0, null);
                ImageIO.write(rgb, "png", out);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e); // writing to memory does not fail
        }
        return out.toByteArray();
    }
}
