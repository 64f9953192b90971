package org.redress.app.export.exhibit;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import javax.imageio.ImageIO;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.redress.core.UserMistake;
import org.redress.core.corpus.Document;
import org.redress.core.corpus.Page;
import org.redress.core.port.BlobStore;
import org.redress.ingest.ocr.Tesseract;

/**
 * Makes an exhibit of a document: each page drawn as an image (PDFBox for a PDF, the image itself, or the stored text
 * drawn), the words found by the redaction rules and the user's marks painted black, the redacted image read again by
 * Tesseract for the text layer, Bates numbers stamped. What the second reading still finds is painted over too, so
 * the text layer cannot hold anything the rules catch.
 */
public final class ExhibitExport {
    /** Tesseract's reading of a page's small print is good at 200 dpi, and the file stays a few hundred KB a page. */
    static final float DPI = 200;
    /** How many times a redacted page is read again for what the first readings missed. */
    private static final int READINGS = 3;

    /** What the user asked for. {@code pages}: as typed ("3-5"), null for all; {@code batesPrefix}: null for none. */
    public record Options(String pages, boolean redact, List<String> marks, String batesPrefix, int batesStart) {}

    /** One painted box: its kind, where (PDF points from the exhibit page's top-left corner), never what it hid. */
    public record Redaction(
            int page, int documentPage, String bates, String kind, double x, double y, double width, double height) {}

    public record Result(int pages, String firstBates, String lastBates, List<Redaction> redactions) {}

    private final Tesseract tesseract;
    private final Path workDir;
    private final Consumer<String> progress;

    /** @param workDir where page images wait for Tesseract (the case's own work folder); each is removed after */
    public ExhibitExport(Tesseract tesseract, Path workDir, Consumer<String> progress) {
        this.tesseract = tesseract;
        this.workDir = workDir;
        this.progress = progress;
    }

    public Result write(Document document, BlobStore blobs, List<Page> stored, Options options, Path out)
            throws IOException {
        PageRedactor redactor = new PageRedactor(options.redact(), options.marks());
        List<Redaction> redactions = new ArrayList<>();
        Files.createDirectories(workDir);
        int exhibitPage = 0;
        String first = null;
        String last = null;
        try (ExhibitPdf pdf = new ExhibitPdf();
                PageSource source = PageSource.of(document, blobs, stored)) {
            List<Integer> pages = PageRange.parse(options.pages(), source.pageCount());
            for (int number : pages) {
                progress.accept("page " + number + " (" + (pages.indexOf(number) + 1) + " of " + pages.size() + ")");
                for (PageImage image : source.images(number)) {
                    exhibitPage++;
                    String bates = options.batesPrefix() == null
                            ? null
                            : options.batesPrefix()
                                    + String.format(Locale.ROOT, "%06d", options.batesStart() + exhibitPage - 1);
                    if (first == null) first = bates;
                    last = bates;
                    List<Tesseract.Word> textLayer =
                            redact(image, redactor, source.readsPixels(), exhibitPage, bates, redactions);
                    pdf.addPage(image.image(), image.dpi(), textLayer, bates);
                }
            }
            Path temp = Files.createTempFile(out.toAbsolutePath().getParent(), ".exhibit-", ".pdf");
            try {
                pdf.save(temp);
                Files.move(temp, out, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            } finally {
                Files.deleteIfExists(temp);
            }
        }
        return new Result(exhibitPage, first, last, redactions);
    }

    /**
     * Paints the page's redactions into its pixels and gives the words of the redacted image for the text layer.
     * {@code readPixels}: whether the page's own pixels hold text the known words may miss (scans, images in a PDF).
     */
    private List<Tesseract.Word> redact(
            PageImage page,
            PageRedactor redactor,
            boolean readPixels,
            int exhibitPage,
            String bates,
            List<Redaction> log)
            throws IOException {
        List<PageRedactor.Box> boxes = new ArrayList<>();
        if (redactor.redactsAnything()) {
            PageRedactor.merge(boxes, redactor.boxes(page.knownWords(), page.dpi()));
            if (readPixels) PageRedactor.merge(boxes, redactor.boxes(words(read(page.image())), page.dpi()));
        }
        paint(page.image(), boxes);
        List<Tesseract.Word> reading = read(page.image());
        for (int round = 1; round < READINGS && redactor.redactsAnything(); round++) {
            List<PageRedactor.Box> missed = redactor.boxes(words(reading), page.dpi());
            missed.removeIf(b -> boxes.stream().anyMatch(known -> known.area().contains(b.area())));
            if (missed.isEmpty()) break;
            PageRedactor.merge(boxes, missed);
            paint(page.image(), missed);
            reading = read(page.image());
        }
        float scale = 72f / page.dpi();
        for (PageRedactor.Box b : boxes) {
            Rectangle r = b.area()
                    .intersection(new Rectangle(
                            0, 0, page.image().getWidth(), page.image().getHeight()));
            log.add(new Redaction(
                    exhibitPage,
                    page.documentPage(),
                    bates,
                    kindCode(b.kind()),
                    round1(r.x * scale),
                    round1(r.y * scale),
                    round1(r.width * scale),
                    round1(r.height * scale)));
        }
        return reading;
    }

    private static void paint(BufferedImage image, List<PageRedactor.Box> boxes) {
        Graphics2D g = image.createGraphics();
        g.setColor(Color.BLACK);
        for (PageRedactor.Box b : boxes) g.fill(b.area());
        g.dispose();
    }

    private List<Tesseract.Word> read(BufferedImage image) throws IOException {
        Path png = Files.createTempFile(workDir, "exhibit-page-", ".png");
        try {
            ImageIO.write(image, "png", png.toFile());
            return tesseract.words(png);
        } finally {
            Files.deleteIfExists(png);
        }
    }

    private static List<PageWord> words(List<Tesseract.Word> read) {
        return read.stream()
                .map(w -> new PageWord(w.text(), new Rectangle(w.left(), w.top(), w.width(), w.height()), w.line()))
                .toList();
    }

    /** The kind as the log writes it: a-number, ssn, date-of-birth, phone, address, marked. */
    static String kindCode(org.redress.analysis.redaction.Redactor.Kind kind) {
        return kind == org.redress.analysis.redaction.Redactor.Kind.MARKED
                ? "marked"
                : kind.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    private static double round1(double v) {
        return Math.round(v * 10) / 10.0;
    }

    /** Where a document's page images come from. */
    private interface PageSource extends AutoCloseable {
        int pageCount();

        List<PageImage> images(int number) throws IOException;

        boolean readsPixels();

        @Override
        void close() throws IOException;

        static PageSource of(Document document, BlobStore blobs, List<Page> stored) throws IOException {
            String type =
                    document.mediaType() == null ? "" : document.mediaType().toLowerCase(Locale.ROOT);
            if (type.startsWith("application/pdf")) return pdf(document, blobs);
            if (type.startsWith("image/")
                    && ImageIO.getImageReadersByMIMEType(type).hasNext()) return image(document, blobs);
            return text(stored);
        }

        private static PageSource pdf(Document document, BlobStore blobs) throws IOException {
            PdfPages pdf;
            try (InputStream in = blobs.open(document.id())) {
                pdf = new PdfPages(in, document.openedWithPassword());
            } catch (InvalidPasswordException e) {
                throw new UserMistake("This PDF needs a password the case does not have; nothing was exported");
            }
            return new PageSource() {
                @Override
                public int pageCount() {
                    return pdf.pageCount();
                }

                @Override
                public List<PageImage> images(int number) throws IOException {
                    return List.of(pdf.page(number, DPI));
                }

                @Override
                public boolean readsPixels() {
                    return true;
                }

                @Override
                public void close() throws IOException {
                    pdf.close();
                }
            };
        }

        private static PageSource image(Document document, BlobStore blobs) {
            return new PageSource() {
                @Override
                public int pageCount() {
                    return Math.max(1, document.pageCount());
                }

                @Override
                public List<PageImage> images(int number) throws IOException {
                    try (InputStream in = blobs.open(document.id())) {
                        return List.of(ImagePages.page(in, number));
                    }
                }

                @Override
                public boolean readsPixels() {
                    return true;
                }

                @Override
                public void close() {}
            };
        }

        private static PageSource text(List<Page> stored) {
            return new PageSource() {
                @Override
                public int pageCount() {
                    return stored.size();
                }

                @Override
                public List<PageImage> images(int number) {
                    return TextPages.draw(number, stored.get(number - 1).text());
                }

                @Override
                public boolean readsPixels() {
                    return false; // drawn here from the words it knows
                }

                @Override
                public void close() {}
            };
        }
    }
}
