package org.redress.ingest.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PlainTextFirstTest {
    private static final String RELEASE =
            "     UNCLASSIFIED U.S. Department of State Case No. F-2014-20439 Doc No. C05774958\n\n\n"
                    + "From:                            Jane Roe <roe@example.gov>\r\n"
                    + "Sent:                            Saturday, March 13, 2010 5:47 PM   \n"
                    + "Subject:                         Question\n\n\n\n\n"
                    + "Can you have the office prepare a comparison of the three countries over the last twenty years on as "
                    + "many factors reflecting their economic and social development as you can muster? Gracias, señora.\n"
                    + "\tSecond paragraph of the release, with more plain English text about the meetings next week.\n";

    private static final Path FOIA = Path.of("../../shared/corpora/foia/state-dept-clinton-emails-sample");

    @TempDir
    Path dir;

    /** Records what reaches the reader, so a test can see which files were kept in process. */
    private static final class Reader implements Extractor {
        final List<String> asked = new ArrayList<>();

        @Override
        public ExtractionResult extract(ExtractionRequest request) {
            asked.add(request.name());
            return ExtractionResult.failed(null, "sent to the reader");
        }
    }

    private ExtractionRequest request(String name, byte[] bytes) throws Exception {
        Path file = dir.resolve(name);
        Files.write(file, bytes);
        return new ExtractionRequest(
                file.toString(),
                name,
                List.of(),
                false,
                dir.resolve(name + "-children").toString(),
                1 << 20,
                1_000_000);
    }

    @Test
    void aPlainTextFileReadsInProcessExactlyAsTikaReadsIt() throws Exception {
        ExtractionRequest r = request("C05774958.txt", RELEASE.getBytes(StandardCharsets.UTF_8));
        Reader reader = new Reader();
        ExtractionResult here = new PlainTextFirst(reader).extract(r);
        ExtractionResult tika = new TikaExtractor(Optional.empty(), Optional.empty(), () -> {}).extract(r);

        assertThat(reader.asked).isEmpty();
        assertThat(tika.ok()).isTrue();
        assertThat(here.ok()).isTrue();
        assertThat(here.pages()).isEqualTo(tika.pages());
        assertThat(here.mediaType()).isEqualTo(tika.mediaType());
        assertThat(here.language()).isEqualTo(tika.language());
        assertThat(here.title()).isEqualTo(tika.title());
        assertThat(here.children()).isEmpty();
        assertThat(Files.exists(Path.of(r.childDir())))
                .as("no child folder for a file without children")
                .isFalse();
    }

    @Test
    void formFeedsBetweenPagesOfAReleaseReadAsTikaReadsThem() throws Exception {
        String release =
                RELEASE + "\f\n     UNCLASSIFIED U.S. Department of State Case No. F-2014-20439\n\fLast page.\n";
        assertSameAsTika(request("C05774959.txt", release.getBytes(StandardCharsets.UTF_8)));
    }

    /** Every file of the FOIA text sample (they all separate pages with form feeds) reads here as in the reader. */
    @Test
    void theFoiaSampleReadsInProcessExactlyAsTikaReadsIt() throws Exception {
        assumeTrue(Files.isDirectory(FOIA), "skipped: " + FOIA + " is absent (the shared test corpora)");
        List<Path> files;
        try (var walk = Files.walk(FOIA)) {
            files = walk.filter(f -> f.toString().endsWith(".txt")).sorted().toList();
        }
        assertThat(files).isNotEmpty();
        for (Path f : files) assertSameAsTika(request(f.getFileName().toString(), Files.readAllBytes(f)));
    }

    private void assertSameAsTika(ExtractionRequest r) {
        Reader reader = new Reader();
        ExtractionResult here = new PlainTextFirst(reader).extract(r);
        ExtractionResult tika = new TikaExtractor(Optional.empty(), Optional.empty(), () -> {}).extract(r);
        assertThat(reader.asked).as(r.name()).isEmpty();
        assertThat(tika.ok()).isTrue();
        assertThat(here.pages()).as(r.name()).isEqualTo(tika.pages());
        assertThat(here.mediaType()).as(r.name()).isEqualTo(tika.mediaType());
        assertThat(here.language()).as(r.name()).isEqualTo(tika.language());
        assertThat(here.title()).as(r.name()).isEqualTo(tika.title());
    }

    @Test
    void anythingNotCertainlyPlainTextGoesToTheReader() throws Exception {
        Reader reader = new Reader();
        PlainTextFirst first = new PlainTextFirst(reader);
        first.extract(request("page.txt", "  <html><body>hello</body></html>".getBytes(StandardCharsets.UTF_8)));
        first.extract(
                request("mail.txt", "From: a@example.gov\nTo: b@example.gov\n\nhi".getBytes(StandardCharsets.UTF_8)));
        first.extract(request("latin1.txt", "se\u00f1ora".getBytes(StandardCharsets.ISO_8859_1)));
        first.extract(request("binary.txt", new byte[] {'a', 'b', 0, 1, 2, 'c'}));
        first.extract(request("bell.txt", "page one\u0007page two".getBytes(StandardCharsets.UTF_8)));
        first.extract(request("report.pdf", "%PDF-1.7 not really".getBytes(StandardCharsets.UTF_8)));
        first.extract(request("notes.doc", "plain words in a file named like Word".getBytes(StandardCharsets.UTF_8)));
        first.extract(request(
                "big.txt", "word ".repeat(PlainTextFirst.MAX_BYTES / 5 + 1).getBytes(StandardCharsets.UTF_8)));

        assertThat(reader.asked)
                .containsExactly(
                        "page.txt",
                        "mail.txt",
                        "latin1.txt",
                        "binary.txt",
                        "bell.txt",
                        "report.pdf",
                        "notes.doc",
                        "big.txt");
    }

    @Test
    void aLongTextIsCutAtTheLimitWithANote() throws Exception {
        Path file = dir.resolve("long.txt");
        Files.writeString(file, "plain text ".repeat(100), StandardCharsets.UTF_8);
        ExtractionResult r = new PlainTextFirst(new Reader())
                .extract(new ExtractionRequest(file.toString(), "long.txt", List.of(), false, dir.toString(), 0, 50));

        assertThat(r.pages().get(0).text()).hasSizeLessThanOrEqualTo(50);
        assertThat(r.notes()).containsExactly("text cut at 50 characters");
    }
}
