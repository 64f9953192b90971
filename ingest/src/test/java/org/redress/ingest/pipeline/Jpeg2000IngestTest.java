package org.redress.ingest.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.redress.core.corpus.Document;
import org.redress.core.corpus.IngestSummary;
import org.redress.core.corpus.Page;
import org.redress.core.corpus.Sha256;
import org.redress.ingest.ocr.Pdftoppm;
import org.redress.ingest.ocr.Tesseract;

/**
 * Scans stored as JPEG 2000, which PDFBox cannot draw: pdftoppm renders them for OCR, and a page
 * nothing can render says which page and why instead of passing for a page without text.
 */
class Jpeg2000IngestTest {
    @TempDir
    Path tmp;

    @BeforeEach
    void tools() {
        assumeTrue(Tesseract.find().isPresent(), "Tesseract is not installed: OCR cannot be tested here");
        assumeTrue(
                onPath("opj_compress"),
                "opj_compress is not installed (sudo apt-get install -y libopenjp2-tools): "
                        + "no JPEG 2000 image can be made for this test");
    }

    private static boolean onPath(String command) {
        return Arrays.stream(System.getenv("PATH").split(java.io.File.pathSeparator))
                .anyMatch(dir -> Files.isExecutable(Path.of(dir, command)));
    }

    private Document document(TestCase c, Path file) throws Exception {
        return c.store.document(Sha256.of(file)).orElseThrow();
    }

    @Test
    void jpeg2000ScansAreRenderedByPdftoppmAndOcrdInTheIsolatedReader() throws Exception {
        assumeTrue(Pdftoppm.find().isPresent(), "pdftoppm is not installed (" + Pdftoppm.INSTALL_COMMAND + ")");
        Path in = Files.createDirectories(tmp.resolve("in"));
        Path scan = Fixtures.jpxPdf(
                in.resolve("scan.pdf"),
                List.of(
                        Fixtures.jp2(tmp, "IMMIGRATION DETAINER\nNOTICE OF ACTION"),
                        Fixtures.jp2(tmp, "SECOND PAGE\nRELEASE ORDER")),
                null);
        Path locked = Fixtures.jpxPdf(
                in.resolve("locked.pdf"), List.of(Fixtures.jp2(tmp, "SEALED WARRANT\nFOR ARREST")), "secret");
        try (TestCase c = new TestCase(tmp.resolve("case"))) {
            Duration timeout = Duration.ofSeconds(120);
            IngestSummary s =
                    c.ingest(c.options().withPasswords(List.of("secret")), TestCase.isolated(timeout, 512), in);
            assertThat(s.failures()).isEmpty();
            assertThat(s.ocrPages()).isEqualTo(3);

            List<Page> pages = c.store.pages(Sha256.of(scan));
            assertThat(pages).extracting(Page::number).containsExactly(1, 2);
            assertThat(pages).allMatch(Page::ocr);
            assertThat(pages.get(0).text()).contains("DETAINER").contains("NOTICE OF ACTION");
            assertThat(pages.get(1).text()).contains("RELEASE ORDER");
            assertThat(document(c, scan).statusDetail()).isNull();

            // Opened with its password; pdftoppm read a decrypted copy, which is gone again.
            assertThat(c.store.pages(Sha256.of(locked)).get(0).text()).contains("SEALED WARRANT");
            assertThat(document(c, locked).statusDetail()).isNull();
            try (Stream<Path> left = Files.walk(tmp.resolve("case"))) {
                assertThat(left).noneMatch(p -> p.getFileName().toString().endsWith(".pdf"));
            }
        }
    }

    @Test
    void aPageNeitherRendererCanDrawSaysWhichPageAndWhy() throws Exception {
        assumeTrue(Pdftoppm.find().isPresent(), "pdftoppm is not installed (" + Pdftoppm.INSTALL_COMMAND + ")");
        Path in = Files.createDirectories(tmp.resolve("in"));
        byte[] good = Fixtures.jp2(tmp, "FIRST PAGE\nSUBPOENA");
        byte[] broken = Arrays.copyOf(Fixtures.jp2(tmp, "LOST PAGE"), 200); // cut off after its header
        Path scan = Fixtures.jpxPdf(in.resolve("damaged.pdf"), List.of(good, broken), null);
        try (TestCase c = new TestCase(tmp.resolve("case"))) {
            IngestSummary s = c.ingest(in);
            assertThat(s.failures()).isEmpty();
            List<Page> pages = c.store.pages(Sha256.of(scan));
            assertThat(pages.get(0).text()).contains("SUBPOENA");
            assertThat(pages.get(1).text()).isBlank();
            assertThat(document(c, scan).statusDetail())
                    .startsWith(
                            "page 2 could not be rendered for OCR: its JPEG 2000 image could not be drawn (pdftoppm: ")
                    .contains("JPX")
                    .doesNotContain("OCR found no text")
                    .doesNotContain("page 1");
        }
    }

    @Test
    void withoutPdftoppmTheReasonSaysWhatToInstall() throws Exception {
        assertThat(Pdftoppm.at(tmp.resolve("no-such-pdftoppm").toString())).isEmpty();
        Path in = Files.createDirectories(tmp.resolve("in"));
        Path scan = Fixtures.jpxPdf(in.resolve("scan.pdf"), List.of(Fixtures.jp2(tmp, "IMMIGRATION DETAINER")), null);
        try (TestCase c = new TestCase(tmp.resolve("case"))) {
            IngestSummary s = c.ingest(c.options(), TestCase.inProcess(Optional.empty()), in);
            assertThat(s.failures()).isEmpty();
            assertThat(document(c, scan).statusDetail())
                    .isEqualTo("page 1 could not be rendered for OCR: PDFBox cannot draw "
                            + "its JPEG 2000 image, and pdftoppm, which draws JPEG 2000, is not installed "
                            + "(install it with: sudo apt-get install -y poppler-utils)");
        }
    }
}
