package org.redress.app.web.viewer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.redress.app.web.viewer.PageImageException.Reason;
import org.redress.core.corpus.Sha256;
import org.redress.store.blob.FileBlobStore;

/** The page images of a case over its real blob store: cached, bounded, and refusing what exceeds the limits. */
class PageImagesTest {
    @TempDir
    Path tmp;

    private String store(FileBlobStore blobs, byte[] bytes) throws Exception {
        Path file = Files.write(tmp.resolve("original-" + bytes.length), bytes);
        String id = Sha256.of(file);
        blobs.put(id, file);
        return id;
    }

    @Test
    void aPageIsDrawnOnceAndThenServedFromMemory() throws Exception {
        FileBlobStore blobs = new FileBlobStore(tmp.resolve("blobs"));
        byte[] pdf = TestPdfs.pdf(PDRectangle.LETTER, "One", "Two");
        String id = store(blobs, pdf);
        try (PageImages images = new PageImages(blobs)) {
            byte[] first = images.png(id, "application/pdf", pdf.length, 2);
            assertThat(TestPdfs.isPng(first)).isTrue();
            assertThat(images.png(id, "application/pdf", pdf.length, 2)).isSameAs(first);
            assertThat(images.cacheStatus()).startsWith("1 page,");
            assertThatThrownBy(() -> images.png(id, "application/pdf", pdf.length, 3))
                    .isInstanceOfSatisfying(
                            PageImageException.class,
                            e -> assertThat(e.reason()).isEqualTo(Reason.NO_PAGE));
            assertThatThrownBy(() -> images.png(id, "text/plain", pdf.length, 1))
                    .isInstanceOfSatisfying(
                            PageImageException.class,
                            e -> assertThat(e.reason()).isEqualTo(Reason.NO_IMAGE));
        }
    }

    @Test
    void anOriginalOverTheSizeLimitIsRefusedBeforeItIsRead() throws Exception {
        FileBlobStore blobs = new FileBlobStore(tmp.resolve("blobs"));
        byte[] pdf = TestPdfs.pdf(PDRectangle.LETTER, "One");
        String id = store(blobs, pdf);
        RenderLimits small = new RenderLimits(150, 2000, 4_000_000L, 100, Duration.ofSeconds(20));
        try (PageImages images = new PageImages(blobs, small, 1 << 20)) {
            assertThatThrownBy(() -> images.png(id, "application/pdf", pdf.length, 1))
                    .isInstanceOfSatisfying(
                            PageImageException.class,
                            e -> assertThat(e.reason()).isEqualTo(Reason.TOO_LARGE));
        }
    }

    @Test
    void aDamagedOriginalIsRefusedAndRememberedNotRetried() throws Exception {
        FileBlobStore blobs = new FileBlobStore(tmp.resolve("blobs"));
        byte[] junk = "%PDF-1.7 not really a PDF".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        String id = store(blobs, junk);
        try (PageImages images = new PageImages(blobs)) {
            PageImageException first = null;
            try {
                images.png(id, "application/pdf", junk.length, 1);
            } catch (PageImageException e) {
                first = e;
            }
            assertThat(first).isNotNull();
            assertThat(first.reason()).isEqualTo(Reason.UNREADABLE);
            PageImageException again = null;
            try {
                images.png(id, "application/pdf", junk.length, 1);
            } catch (PageImageException e) {
                again = e;
            }
            assertThat(again).isSameAs(first);
        }
    }

    @Test
    void aMissingOriginalHasNoImage() throws Exception {
        FileBlobStore blobs = new FileBlobStore(tmp.resolve("blobs"));
        try (PageImages images = new PageImages(blobs)) {
            assertThatThrownBy(() -> images.png("ab".repeat(32), "application/pdf", 10, 1))
                    .isInstanceOfSatisfying(
                            PageImageException.class,
                            e -> assertThat(e.reason()).isEqualTo(Reason.NO_IMAGE));
        }
    }
}
