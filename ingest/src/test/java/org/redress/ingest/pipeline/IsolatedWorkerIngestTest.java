package org.redress.ingest.pipeline;

import org.redress.core.corpus.IngestSummary;

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
import org.redress.ingest.ocr.Tesseract;

/** The isolated reader: a file that hangs it or exhausts its memory costs one failure, and the next file still comes in. */
class IsolatedWorkerIngestTest {
    @TempDir Path tmp;

    private IngestOptions options(TestCase c, Duration timeout, int memoryMb) {
        return options(c, timeout, memoryMb, c.options().maxTextChars());
    }

    private IngestOptions options(TestCase c, Duration timeout, int memoryMb, int maxTextChars) {
        IngestOptions d = c.options();
        return new IngestOptions(d.passwords(), 1, d.maxFileBytes(), d.maxDepth(), d.maxExpandedBytes(), maxTextChars,
                d.ocr(), timeout, memoryMb, d.workDir());
    }

    @Test
    void aFileSlowerThanTheTimeoutIsKilledAndReportedAndTheNextFileIngests() throws Exception {
        assumeTrue(Tesseract.find().isPresent(), "Tesseract is not installed: no slow OCR to time out");
        Path in = Files.createDirectories(tmp.resolve("in"));
        // A 3400x4400 page dense with text: one Tesseract call of several seconds, with no heartbeat until it ends.
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 60; i++) text.append("Line ").append(i).append(" of the dense scanned roster of detainees held\n");
        ImageIO.write(Fixtures.pageImage(text.toString(), 2), "png", in.resolve("a-dense-scan.png").toFile());
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
    void aWorkerThatRunsOutOfMemoryIsReportedAndTheNextFileIngests() throws Exception {
        Path in = Files.createDirectories(tmp.resolve("in"));
        try (BufferedWriter w = Files.newBufferedWriter(in.resolve("a-huge.txt"), StandardCharsets.UTF_8)) {
            String line = "This line of a very long production log repeats to fill the reader's memory.\n";
            for (long written = 0; written < (90L << 20); written += line.length()) w.write(line);
        }
        Files.writeString(in.resolve("b-after.txt"), "The file after the huge one still arrives.\n");
        try (TestCase c = new TestCase(tmp.resolve("case"))) {
            Duration timeout = Duration.ofSeconds(120);
            // The text limit is raised past what a 128 MB reader can hold, so the reader runs out of memory.
            IngestSummary s = c.ingest(options(c, timeout, 128, 200_000_000), TestCase.isolated(timeout, 128), in);
            assertThat(s.filesSeen()).isEqualTo(2);
            assertThat(s.failures()).singleElement().satisfies(f -> {
                assertThat(f.path()).isEqualTo("in/a-huge.txt");
                assertThat(f.reason()).contains("ran out of memory");
            });
            assertThat(s.filesNew()).isEqualTo(1);
            assertThat(c.search("\"still arrives\"").total()).isEqualTo(1);
        }
    }
}
