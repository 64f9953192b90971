package org.redress.ingest.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.redress.core.corpus.IngestSummary;
import org.redress.ingest.worker.IsolatedExtractor;

/** The reader process's start: what the JVM prints first is not mistaken, and a reader that cannot start stops the run. */
class ReaderStartIngestTest {
    @TempDir
    Path tmp;

    private Path production() throws Exception {
        Path in = Files.createDirectories(tmp.resolve("in"));
        Files.writeString(in.resolve("a.txt"), "The first memo of the production.\n");
        Files.writeString(in.resolve("b.txt"), "The second memo of the production.\n");
        return in;
    }

    @Test
    void aReaderJvmThatPrintsBeforeItIsReadyStillWorks() throws Exception {
        Path in = production();
        try (TestCase c = new TestCase(tmp.resolve("case"))) {
            // -Xlog to standard output makes the JVM write lines before the worker says "ready".
            IngestSummary s = c.ingest(
                    c.options(),
                    () -> new IsolatedExtractor(Duration.ofSeconds(60), 512, List.of("-Xlog:gc*:stdout")),
                    in);
            assertThat(s.failures()).isEmpty();
            assertThat(s.documentsNew()).isEqualTo(2);
        }
    }

    @Test
    void aReaderThatCannotStartStopsTheRunWithAPlainReasonAndLosesNothing() throws Exception {
        Path in = production();
        try (TestCase c = new TestCase(tmp.resolve("case"))) {
            assertThatThrownBy(() -> c.ingest(
                            c.options(),
                            () -> new IsolatedExtractor(
                                    Duration.ofSeconds(60), 512, List.of("-XX:+NoSuchOptionAnywhere")),
                            in))
                    .isInstanceOf(IngestStoppedException.class)
                    .hasMessageContaining("could not be started")
                    .hasMessageContaining("Unrecognized VM option 'NoSuchOptionAnywhere'") // from its standard error
                    .hasMessageContaining("run the same command again");
            assertThat(c.store.failures()).isEmpty(); // no file was blamed for it
            IngestSummary resumed = c.ingest(c.options(), TestCase.isolated(Duration.ofSeconds(60), 512), in);
            assertThat(resumed.documentsNew()).isEqualTo(2);
            assertThat(c.store.status().unfinishedRuns()).isEmpty();
        }
    }
}
