package org.redress.ingest.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.redress.core.corpus.IngestSummary;
import org.redress.ingest.extract.ExtractionRequest;
import org.redress.ingest.extract.ExtractionResult;
import org.redress.ingest.ocr.Tesseract;
import org.redress.ingest.worker.IsolatedExtractor;

/**
 * The isolated reader: a file that hangs it or exhausts its memory costs one failure, and the next file still comes in;
 * a reader that dies leaves the last lines of its standard error in the reason.
 */
class IsolatedWorkerIngestTest {
    @TempDir
    Path tmp;

    private IngestOptions options(TestCase c, Duration timeout, int memoryMb) {
        return options(c, timeout, memoryMb, c.options().maxTextChars());
    }

    private IngestOptions options(TestCase c, Duration timeout, int memoryMb, int maxTextChars) {
        IngestOptions d = c.options();
        return new IngestOptions(
                d.passwords(),
                1,
                d.maxFileBytes(),
                d.maxDepth(),
                d.maxExpandedBytes(),
                maxTextChars,
                d.ocr(),
                timeout,
                memoryMb,
                d.workDir());
    }

    @Test
    void aFileSlowerThanTheTimeoutIsKilledAndReportedAndTheNextFileIngests() throws Exception {
        assumeTrue(Tesseract.find().isPresent(), "Tesseract is not installed: no slow OCR to time out");
        Path in = Files.createDirectories(tmp.resolve("in"));
        // A 3400x4400 page dense with text: one Tesseract call of several seconds, with no heartbeat until it ends.
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 60; i++)
            text.append("Line ").append(i).append(" of the dense scanned roster of detainees held\n");
        ImageIO.write(
                Fixtures.pageImage(text.toString(), 2),
                "png",
                in.resolve("a-dense-scan.png").toFile());
        Files.writeString(in.resolve("b-after.txt"), "The file after the slow one still arrives.\n");
        try (TestCase c = new TestCase(tmp.resolve("case"))) {
            Duration timeout = Duration.ofSeconds(1);
            IngestSummary s = c.ingest(options(c, timeout, 512), TestCase.isolated(timeout, 512), in);
            assertThat(s.filesSeen()).isEqualTo(2);
            assertThat(s.filesFailed()).isEqualTo(1);
            assertThat(s.filesNew()).isEqualTo(1);
            assertThat(s.failures()).singleElement().satisfies(f -> {
                assertThat(f.path()).isEqualTo("in/a-dense-scan.png");
                assertThat(f.reason()).startsWith("timed out after 1 s");
            });
            assertThat(c.search("\"still arrives\"").total()).isEqualTo(1);
        }
    }

    @Test
    void aWorkerThatRunsOutOfMemoryIsReportedWithItsLastWordsAndTheNextFileIngests() throws Exception {
        Path in = Files.createDirectories(tmp.resolve("in"));
        try (BufferedWriter w = Files.newBufferedWriter(in.resolve("a-huge.txt"), StandardCharsets.UTF_8)) {
            String line = "This line of a very long production log repeats to fill the reader's memory.\n";
            for (long written = 0; written < (90L << 20); written += line.length()) w.write(line);
        }
        Files.writeString(in.resolve("b-after.txt"), "The file after the huge one still arrives.\n");
        try (TestCase c = new TestCase(tmp.resolve("case"))) {
            Duration timeout = Duration.ofSeconds(120);
            // The text limit is raised past what a 128 MB reader can hold, so the reader runs out of memory;
            // its garbage collector logs every collection to standard error on the way, far more than is kept.
            IngestSummary s = c.ingest(
                    options(c, timeout, 128, 200_000_000),
                    () -> new IsolatedExtractor(timeout, 128, List.of("-Xlog:gc*:stderr")),
                    in);
            assertThat(s.filesSeen()).isEqualTo(2);
            assertThat(s.failures()).singleElement().satisfies(f -> {
                assertThat(f.path()).isEqualTo("in/a-huge.txt");
                assertThat(f.reason())
                        .startsWith("ran out of memory while reading (limit 128 MB); its standard error ended:\n")
                        .contains("Terminating due to java.lang.OutOfMemoryError: Java heap space")
                        .doesNotContain("production log");
                List<String> kept = f.reason().lines().skip(1).toList();
                assertThat(kept)
                        .hasSizeBetween(2, 20)
                        .allSatisfy(line -> assertThat(line.strip()).hasSizeLessThanOrEqualTo(200));
            });
            assertThat(s.filesNew()).isEqualTo(1);
            assertThat(c.search("\"still arrives\"").total()).isEqualTo(1);
        }
    }

    @Test
    void aReaderThatDiesOfAnUncaughtExceptionSaysWhatItPrintedButNoDocumentText() throws Exception {
        Path memo = Files.writeString(tmp.resolve("memo.txt"), "The memo names the informant Quillfeather.\n");
        Path work = Files.createDirectories(tmp.resolve("work"));
        // A folder where the reader writes its result: writing fails, and nothing in the reader catches that.
        Files.createDirectories(work.resolve("memo.result.json"));
        try (IsolatedExtractor reader = new IsolatedExtractor(Duration.ofSeconds(60), 256, List.of())) {
            ExtractionResult r = reader.extract(new ExtractionRequest(
                    memo.toString(),
                    "memo.txt",
                    List.of(),
                    false,
                    work.resolve("memo").toString(),
                    1 << 20,
                    100_000));
            assertThat(r.ok()).isFalse();
            assertThat(r.failure())
                    .startsWith("the reader crashed on this file (exit code 1); its standard error ended:\n")
                    .contains("Exception in thread \"main\" java.io.FileNotFoundException")
                    .contains("memo.result.json (Is a directory)")
                    .doesNotContain("\tat ")
                    .doesNotContain("Quillfeather");
        }
    }
}
