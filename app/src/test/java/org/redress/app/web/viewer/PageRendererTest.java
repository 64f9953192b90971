package org.redress.app.web.viewer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import javax.imageio.ImageIO;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.junit.jupiter.api.Test;
import org.redress.app.web.viewer.PageImageException.Reason;

class PageRendererTest {
    private final PageRenderer renderer = new PageRenderer(RenderLimits.DEFAULT);

    @Test
    void aPdfPageIsDrawnAt150DpiWithItsText() throws Exception {
        byte[] pdf = TestPdfs.pdf(PDRectangle.LETTER, "First page", "Second page");
        byte[] png = renderer.render(pdf, "application/pdf", 2);
        assertThat(TestPdfs.isPng(png)).isTrue();
        BufferedImage image = TestPdfs.read(png);
        // Letter is 8.5 × 11 in: 1275 × 1650 pixels at 150 dpi (within the 2,000-pixel side and 4 Mpx limits).
        assertThat(image.getWidth()).isBetween(1274, 1275); // PDFBox rounds the scaled size down
        assertThat(image.getHeight()).isBetween(1649, 1650);
        assertThat(TestPdfs.dark(image)).isGreaterThan(500);
        // The pages differ: each is its own picture.
        assertThat(renderer.render(pdf, "application/pdf", 1)).isNotEqualTo(png);
    }

    @Test
    void aPageClaimingToBeHugeIsDrawnWithinTheLimits() throws Exception {
        // 200 inches square: at 150 dpi this would be 30,000 × 30,000 pixels (3.6 GB).
        byte[] pdf = TestPdfs.pdf(new PDRectangle(14_400, 14_400), "A poster");
        BufferedImage image = TestPdfs.read(renderer.render(pdf, "application/pdf", 1));
        assertThat(image.getWidth()).isLessThanOrEqualTo(2000);
        assertThat((long) image.getWidth() * image.getHeight()).isLessThanOrEqualTo(4_000_000L);
    }

    @Test
    void missingPagesOtherFormatsAndDamageAreSaidApart() throws Exception {
        byte[] pdf = TestPdfs.pdf(PDRectangle.A4, "Only page");
        assertThatThrownBy(() -> renderer.render(pdf, "application/pdf", 2))
                .isInstanceOfSatisfying(PageImageException.class, e -> {
                    assertThat(e.reason()).isEqualTo(Reason.NO_PAGE);
                    assertThat(e.getMessage()).contains("the PDF has 1 page; there is no page 2");
                });
        assertThatThrownBy(() -> renderer.render(pdf, "application/pdf", 0))
                .isInstanceOfSatisfying(
                        PageImageException.class, e -> assertThat(e.reason()).isEqualTo(Reason.NO_PAGE));
        assertThatThrownBy(() -> renderer.render("Dear ICE".getBytes(StandardCharsets.UTF_8), "message/rfc822", 1))
                .isInstanceOfSatisfying(
                        PageImageException.class, e -> assertThat(e.reason()).isEqualTo(Reason.NO_IMAGE));
        byte[] truncated = Arrays.copyOf(pdf, 40);
        assertThatThrownBy(() -> renderer.render(truncated, "application/pdf", 1))
                .isInstanceOfSatisfying(PageImageException.class, e -> {
                    assertThat(e.reason()).isEqualTo(Reason.UNREADABLE);
                    assertThat(e.getMessage()).doesNotContain("Only page");
                });
        assertThat(PageRenderer.draws("application/pdf")).isTrue();
        assertThat(PageRenderer.draws("image/tiff")).isTrue();
        assertThat(PageRenderer.draws("text/html; charset=UTF-8")).isFalse();
    }

    @Test
    void anImageIsScaledDownToTheLimitAndKeptAsItIsWhenSmall() throws Exception {
        byte[] big = image(5000, 2500);
        BufferedImage drawn = TestPdfs.read(renderer.render(big, "image/png", 1));
        assertThat(drawn.getWidth()).isLessThanOrEqualTo(2000).isGreaterThan(1000);
        assertThat(drawn.getHeight()).isLessThanOrEqualTo(1000);
        BufferedImage small = TestPdfs.read(renderer.render(image(300, 200), "image/png", 1));
        assertThat(small.getWidth()).isEqualTo(300);
        assertThat(small.getHeight()).isEqualTo(200);
        assertThatThrownBy(() -> renderer.render(image(300, 200), "image/png", 2))
                .isInstanceOfSatisfying(
                        PageImageException.class, e -> assertThat(e.reason()).isEqualTo(Reason.NO_PAGE));
    }

    @Test
    void realPdfsOfTheCorpus() throws Exception {
        // A PDF of several pages from Tika's test documents: a later page is drawn with its text.
        byte[] various = TestPdfs.corpus("testPDFVarious.pdf");
        BufferedImage page = TestPdfs.read(renderer.render(various, "application/pdf", 1));
        assertThat(page.getWidth()).isBetween(500, 2000);
        assertThat(TestPdfs.dark(page)).isGreaterThan(1000);
        // Encrypted with an empty user password: it opens and draws.
        byte[] protectedPdf = TestPdfs.corpus("testPDF_protected.pdf");
        assertThat(TestPdfs.isPng(renderer.render(protectedPdf, "application/pdf", 2)))
                .isTrue();
        // A user password: refused with the reason, not a crash.
        byte[] locked = TestPdfs.corpus("testPDF_no_extract_no_accessibility_owner_user.pdf");
        assertThatThrownBy(() -> renderer.render(locked, "application/pdf", 1))
                .isInstanceOfSatisfying(PageImageException.class, e -> {
                    assertThat(e.reason()).isEqualTo(Reason.UNREADABLE);
                    assertThat(e.getMessage()).contains("password");
                });
    }

    @Test
    void limitsScaleToTheTightestOfTheirBounds() {
        RenderLimits limits = new RenderLimits(150, 1000, 4_000_000L, 1 << 20, Duration.ofSeconds(1));
        assertThat(limits.scale(612, 792, 72)).isEqualTo(1000.0 / 792);
        assertThat(RenderLimits.DEFAULT.scale(612, 792, 72)).isEqualTo(150.0 / 72);
        assertThatThrownBy(() -> new RenderLimits(0, 1, 1, 1, Duration.ofSeconds(1)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    static byte[] image(int w, int h) throws IOException {
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, w, h);
        g.setColor(Color.BLACK);
        g.fillRect(w / 4, h / 4, w / 2, h / 2);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(img, "png", out);
        return out.toByteArray();
    }
}
