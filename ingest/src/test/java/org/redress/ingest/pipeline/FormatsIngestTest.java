package org.redress.ingest.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.redress.core.corpus.Document;
import org.redress.core.corpus.IngestSummary;
import org.redress.core.corpus.Location;
import org.redress.core.corpus.Page;
import org.redress.core.corpus.Sha256;
import org.redress.core.search.SearchHit;
import org.redress.ingest.ocr.Tesseract;

/** Each kind of file a production holds comes out as documents, pages and search hits. */
class FormatsIngestTest {
    @TempDir
    Path tmp;

    private static String sha(Path file) throws Exception {
        return Sha256.of(Files.readAllBytes(file));
    }

    @Test
    void textPdfGivesOnePagePerPageWithItsOwnTextAndSearchNamesThePage() throws Exception {
        Path in = Files.createDirectories(tmp.resolve("in"));
        Path pdf = Fixtures.textPdf(
                in.resolve("letter.pdf"),
                "Detainer request to Yakima County",
                List.of(
                        "First page about the booking record",
                        "Second page mentions the quokkaberry warrant",
                        "Third page signed by the sheriff"));
        try (TestCase c = new TestCase(tmp.resolve("case"))) {
            IngestSummary s = c.ingest(in);
            assertThat(s.failures()).isEmpty();
            assertThat(s.documentsNew()).isEqualTo(1);
            assertThat(s.pages()).isEqualTo(3);

            String id = sha(pdf);
            Document d = c.store.document(id).orElseThrow();
            assertThat(d.title()).isEqualTo("Detainer request to Yakima County");
            assertThat(d.mediaType()).isEqualTo("application/pdf");
            assertThat(d.pageCount()).isEqualTo(3);
            List<Page> pages = c.store.pages(id);
            assertThat(pages).extracting(Page::number).containsExactly(1, 2, 3);
            assertThat(pages.get(0).text()).contains("booking record").doesNotContain("quokkaberry");
            assertThat(pages.get(1).text()).contains("quokkaberry warrant").doesNotContain("sheriff");
            assertThat(pages.get(2).text()).contains("signed by the sheriff");
            assertThat(pages).noneMatch(Page::ocr);

            List<SearchHit> hits = c.search("quokkaberry").hits();
            assertThat(hits).hasSize(1);
            assertThat(hits.get(0).documentId()).isEqualTo(id);
            assertThat(hits.get(0).page()).isEqualTo(2);
            assertThat(c.index.pageCount()).isEqualTo(3);
        }
    }

    @Test
    void scansAndImagesAreOcrdAndFlaggedAndEveryTiffFrameIsAPage() throws Exception {
        assumeTrue(Tesseract.find().isPresent(), "Tesseract is not installed: OCR cannot be tested here");
        Path in = Files.createDirectories(tmp.resolve("in"));
        Path scan = Fixtures.scannedPdf(in.resolve("scan.pdf"), List.of("IMMIGRATION DETAINER\nNOTICE OF ACTION"));
        Path png = Fixtures.png(in.resolve("photo.png"), "CERTIFICATE OF\nRELEASE ORDER");
        Path tiff =
                Fixtures.tiff(in.resolve("fax.tif"), List.of("FIRST FAX PAGE\nWARRANT", "SECOND FAX PAGE\nSUBPOENA"));
        try (TestCase c = new TestCase(tmp.resolve("case"))) {
            IngestSummary s = c.ingest(in);
            assertThat(s.failures()).isEmpty();
            assertThat(s.documentsNew()).isEqualTo(3);
            assertThat(s.ocrPages()).isEqualTo(4);
            assertThat(s.pagesNotOcrd()).isEmpty();

            List<Page> scanPages = c.store.pages(sha(scan));
            assertThat(scanPages).hasSize(1);
            assertThat(scanPages.get(0).ocr()).isTrue();
            assertThat(scanPages.get(0).text()).contains("DETAINER").contains("NOTICE OF ACTION");

            List<Page> pngPages = c.store.pages(sha(png));
            assertThat(pngPages).hasSize(1);
            assertThat(pngPages.get(0).ocr()).isTrue();
            assertThat(pngPages.get(0).text()).contains("RELEASE ORDER");

            List<Page> tiffPages = c.store.pages(sha(tiff));
            assertThat(tiffPages).extracting(Page::number).containsExactly(1, 2);
            assertThat(tiffPages).allMatch(Page::ocr);
            assertThat(tiffPages.get(0).text()).contains("WARRANT").doesNotContain("SUBPOENA");
            assertThat(tiffPages.get(1).text()).contains("SUBPOENA").doesNotContain("WARRANT");
            assertThat(c.store.status().ocrPages()).isEqualTo(4);

            List<SearchHit> hits = c.search("subpoena").hits();
            assertThat(hits).extracting(SearchHit::page).containsExactly(2);
        }
    }

    @Test
    void emailHeadersBodyAndAttachmentAsChild() throws Exception {
        Path in = Files.createDirectories(tmp.resolve("in"));
        byte[] attachment = "Attached roster of detainees held on 12 March.\n".getBytes(StandardCharsets.UTF_8);
        Path eml = Fixtures.email(
                in.resolve("message.eml"),
                "Jane Roe <jane.roe@sheriff.example.gov>",
                "ice.liaison@dhs.example.gov",
                "Hold requests for March",
                "Tue, 12 Mar 2024 09:15:00 -0700",
                "<abc123@sheriff.example.gov>",
                "Please see the attached roster of holds for the zephyrine unit.",
                "roster.txt",
                attachment);
        try (TestCase c = new TestCase(tmp.resolve("case"))) {
            IngestSummary s = c.ingest(in);
            assertThat(s.failures()).isEmpty();
            assertThat(s.filesNew()).isEqualTo(1);
            assertThat(s.documentsNew()).isEqualTo(2);

            String id = sha(eml);
            Document d = c.store.document(id).orElseThrow();
            assertThat(d.isEmail()).isTrue();
            assertThat(d.email().from()).contains("jane.roe@sheriff.example.gov");
            assertThat(d.email().to()).anyMatch(t -> t.contains("ice.liaison@dhs.example.gov"));
            assertThat(d.email().subject()).isEqualTo("Hold requests for March");
            assertThat(d.email().sent()).isEqualTo(Instant.parse("2024-03-12T16:15:00Z"));
            assertThat(d.email().messageId()).isEqualTo("<abc123@sheriff.example.gov>");

            List<Page> pages = c.store.pages(id);
            assertThat(pages).hasSize(1);
            assertThat(pages.get(0).text())
                    .contains("roster of holds for the zephyrine unit")
                    .doesNotContain("detainees held on 12 March");

            List<Location> children = c.store.children(id);
            assertThat(children).hasSize(1);
            assertThat(children.get(0).path()).isEqualTo("roster.txt");
            assertThat(children.get(0).documentId()).isEqualTo(Sha256.of(attachment));
            assertThat(c.store.pages(Sha256.of(attachment)).get(0).text()).contains("detainees held on 12 March");

            assertThat(c.search("zephyrine").hits())
                    .extracting(SearchHit::documentId)
                    .containsExactly(id);
        }
    }
}
