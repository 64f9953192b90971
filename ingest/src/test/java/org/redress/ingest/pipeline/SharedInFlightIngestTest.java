package org.redress.ingest.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.redress.core.corpus.IngestSummary;
import org.redress.ingest.extract.ExtractionRequest;
import org.redress.ingest.extract.ExtractionResult;
import org.redress.ingest.extract.Extractor;

/**
 * Two ingest runs of one case at once, as a worker's threads run them, each batch in a run of its own: given one
 * {@link InFlight}, a content one run is reading inside a container is met by the other, which has it as a file of its
 * own, as a document already read, exactly as two threads of one run meet it. Without it, both read it (and a failure
 * of its insides would be listed twice).
 */
class SharedInFlightIngestTest {
    @TempDir
    Path tmp;

    private static final String NOTE = "The note of the harbour meeting, read once.\n";

    /**
     * Tika in this JVM; the nested note is held once this run owns it, so the other run meets it then, until
     * {@code release} or for {@code seconds}.
     */
    private static Supplier<Extractor> holdingTheNote(CountDownLatch owned, CountDownLatch release, int seconds) {
        Supplier<Extractor> tika = TestCase.inProcess();
        return () -> new Extractor() {
            private final Extractor real = tika.get();

            @Override
            public ExtractionResult extract(ExtractionRequest request) {
                if (request.name().equals("note.txt")) {
                    owned.countDown();
                    try {
                        release.await(seconds, TimeUnit.SECONDS);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }
                return real.extract(request);
            }

            @Override
            public void close() {
                real.close();
            }
        };
    }

    /**
     * The first run reads a zip with the note inside; once it holds the note, the second reads a copy of the note. With
     * {@code shared} the second waits for the first, which holds the note for 2 s; without, the first holds it until
     * the second has finished, so that both read it.
     */
    private IngestSummary[] twoRunsAtOnce(InFlight shared) throws Exception {
        Path bundle = Files.createDirectories(tmp.resolve("a"));
        try (OutputStream out = Files.newOutputStream(bundle.resolve("bundle.zip"));
                ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("note.txt"));
            zip.write(NOTE.getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        Path alone = Files.createDirectories(tmp.resolve("b"));
        Files.writeString(alone.resolve("copy.txt"), NOTE);
        try (TestCase c = new TestCase(tmp.resolve("case"))) {
            CountDownLatch owned = new CountDownLatch(1);
            CountDownLatch release = new CountDownLatch(1);
            Supplier<Extractor> holding = holdingTheNote(owned, release, shared != null ? 2 : 120);
            CompletableFuture<IngestSummary> first = CompletableFuture.supplyAsync(() -> {
                try {
                    return new Ingest(c.store, c.blobs, c.index, holding, c.options(), IngestListener.NONE, shared)
                            .run(List.of(bundle), "production", TestCase.RECEIVED);
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
            assertThat(owned.await(60, TimeUnit.SECONDS)).isTrue();
            IngestSummary second = new Ingest(
                            c.store, c.blobs, c.index, TestCase.inProcess(), c.options(), IngestListener.NONE, shared)
                    .run(List.of(alone), "production", TestCase.RECEIVED);
            release.countDown();
            return new IngestSummary[] {first.get(60, TimeUnit.SECONDS), second};
        }
    }

    @Test
    void theSecondRunMeetsTheNestedContentAsAlreadyRead() throws Exception {
        IngestSummary[] runs = twoRunsAtOnce(InFlight.sharedByRuns());
        assertThat(runs[0].documentsNew() + runs[1].documentsNew()).isEqualTo(2); // the zip and the note, once each
        assertThat(runs[1].documentsDuplicate()).isEqualTo(1);
    }

    @Test
    void withoutItBothRunsReadTheNote() throws Exception {
        // the race the shared InFlight closes, shown happening: the note is read by both runs
        IngestSummary[] runs = twoRunsAtOnce(null);
        assertThat(runs[0].documentsNew() + runs[1].documentsNew()).isEqualTo(3);
    }
}
