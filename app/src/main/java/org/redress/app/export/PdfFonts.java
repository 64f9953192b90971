package org.redress.app.export;

import com.lowagie.text.DocumentException;
import com.lowagie.text.Font;
import com.lowagie.text.pdf.BaseFont;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.text.Normalizer;

/**
 * The fonts of every PDF the application writes: Liberation Sans regular and bold, embedded as Unicode (Identity-H)
 * subsets. OpenPDF's built-in Helvetica knows only cp1252 and silently drops the rest (Nguyễn, Łukasz Żółć). The TTF
 * files come from the {@code com.github.librepdf:openpdf-fonts-extra} jar, under the SIL Open Font License 1.1
 * ({@code liberation/LICENSE} in that jar). Scripts Liberation Sans lacks (CJK, Arabic, Hebrew…) still come out blank.
 */
public final class PdfFonts {
    private static final byte[] REGULAR = ttf("LiberationSans-Regular.ttf");
    private static final byte[] BOLD = ttf("LiberationSans-Bold.ttf");

    private final BaseFont regular;
    private final BaseFont bold;

    private PdfFonts(BaseFont regular, BaseFont bold) {
        this.regular = regular;
        this.bold = bold;
    }

    /**
     * Fonts for one document. Each document gets its own: an embedded font remembers the glyphs a document used and
     * reads them back when that document closes, so sharing one between exports running at once is unsafe.
     */
    public static PdfFonts forDocument() {
        return new PdfFonts(font("LiberationSans-Regular.ttf", REGULAR), font("LiberationSans-Bold.ttf", BOLD));
    }

    /** Liberation Sans regular as TrueType, for writers other than OpenPDF (PDFBox, Java2D). */
    public static InputStream regularTrueType() {
        return new java.io.ByteArrayInputStream(REGULAR);
    }

    public Font regular(float size) {
        return new Font(regular, size);
    }

    public Font bold(float size) {
        return new Font(bold, size);
    }

    /**
     * Text composed (NFC): OpenPDF draws one glyph per character and does no shaping, so an "ễ" written as "e" plus two
     * combining marks (as macOS file names and some OCR output write it) would be drawn as loose accents.
     */
    public static String text(String s) {
        return s == null ? "" : Normalizer.normalize(s, Normalizer.Form.NFC);
    }

    private static BaseFont font(String name, byte[] ttf) {
        try {
            return BaseFont.createFont(name, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, false, ttf, null);
        } catch (DocumentException | IOException e) {
            throw new IllegalStateException("the PDF font " + name + " cannot be read", e);
        }
    }

    private static byte[] ttf(String name) {
        try (InputStream in = PdfFonts.class.getResourceAsStream("/liberation/" + name)) {
            if (in == null)
                throw new IllegalStateException(
                        "the PDF font " + name + " is not on the class path (openpdf-fonts-extra)");
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
