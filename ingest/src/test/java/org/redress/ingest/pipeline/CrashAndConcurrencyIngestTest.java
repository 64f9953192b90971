package org.redress.ingest.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.redress.core.corpus.CaseStatus;
import org.redress.core.corpus.Document;
import org.redress.core.corpus.ExtractionStatus;
import org.redress.core.corpus.IngestSummary;
import org.redress.core.corpus.Sha256;

class CrashAndConcurrencyIngestTest {
    @TempDir
    Path tmp;

    @Test
    void anIngestKilledPartWayIsFinishedByTheNextRunWithNothingLostOrDuplicated() throws Exception {
        Path in = Files.createDirectories(tmp.resolve("in"));
        long expectedPages = 0;
        for (int i = 1; i <= 30; i++) {
            switch (i % 3) {
                case 0 -> {
                    List<String> pages = new ArrayList<>();
                    for (int p = 1; p <= 1 + i % 4; p++)
                        pages.add("Letter " + i + " page " + p + " concerning hold number " + (1000 + i));
                    Fixtures.textPdf(in.resolve(String.format("f%02d.pdf", i)), "Letter " + i, pages);
                    expectedPages += pages.size();
                }
                case 1 -> {
                    Fixtures.docx(
                            in.resolve(String.format("f%02d.docx", i)),
                            "Memo " + i,
                            List.of("Memo number " + i + " about transfers."));
                    expectedPages += 1;
                }
                default -> {
                    // a zip of one text file: two documents, two pages
                    Fixtures.zip(
                            in.resolve(String.format("f%02d.zip", i)),
                            Map.of(
                                    "log-" + i + ".txt",
                                    ("Log entry " + i + " of the jail roster.\n").getBytes(StandardCharsets.UTF_8)));
                    expectedPages += 2;
                }
            }
        }
        Path caseDir = tmp.resolve("case");
        ProcessBuilder pb = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-cp",
                        System.getProperty("java.class.path"),
                        "-Djava.awt.headless=true",
                        "-Dorg.slf4j.simpleLogger.defaultLogLevel=error",
                        CrashIngestMain.class.getName(),
                        caseDir.toString(),
                        in.toString())
                .redirectError(ProcessBuilder.Redirect.DISCARD);
        Process child = pb.start();
        boolean killedMidway = false;
        try (BufferedReader out =
                new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line; (line = out.readLine()) != null; ) {
                if (line.equals("finished 4")) {
                    child.destroyForcibly(); // SIGKILL: no shutdown hooks, no commit
                    killedMidway = true;
                    break;
                }
            }
        } finally {
            child.destroyForcibly();
            child.waitFor(30, TimeUnit.SECONDS);
        }
        assertThat(killedMidway)
                .as("the child ingest reported progress and was killed part-way")
                .isTrue();

        try (TestCase c = new TestCase(caseDir)) {
            CaseStatus before = c.store.status();
            assertThat(before.unfinishedRuns())
                    .as("the killed run is left unfinished")
                    .isNotEmpty();
            assertThat(before.documents()).isLessThan(50);

            IngestSummary s = c.ingest(in);
            assertThat(s.failures()).isEmpty();
            assertThat(s.filesSeen()).isEqualTo(30);
            assertThat(s.filesSeen()).isEqualTo(s.filesNew() + s.filesDuplicate() + s.filesFailed());

            List<Path> inputs;
            try (var list = Files.list(in)) {
                inputs = list.sorted().toList();
            }
            for (Path file : inputs) {
                Document d =
                        c.store.document(Sha256.of(Files.readAllBytes(file))).orElse(null);
                assertThat(d).as("document for %s", file.getFileName()).isNotNull();
                assertThat(d.status()).as("status of %s", file.getFileName()).isEqualTo(ExtractionStatus.DONE);
                assertThat(c.store.locations(d.id()))
                        .as("locations of %s", file.getFileName())
                        .hasSize(1);
            }
            CaseStatus after = c.store.status();
            assertThat(after.documents()).isEqualTo(40); // 30 files + 10 zip members
            assertThat(after.pages()).isEqualTo(expectedPages);
            assertThat(c.index.pageCount()).isEqualTo(after.pages());
            assertThat(after.pendingDocuments()).isZero();
            assertThat(after.unfinishedRuns()).isEmpty();
            assertThat(c.search("\"hold number 1003\"").hits())
                    .extracting(h -> h.page())
                    .containsExactlyInAnyOrder(1, 2, 3, 4);
        }
    }

    @Test
    void twoIdenticalFilesOnTwoThreadsAreAlwaysOneNewAndOneDuplicate() throws Exception {
        for (int round = 0; round < 5; round++) {
            Path in = Files.createDirectories(tmp.resolve("in-" + round));
            Path a = Fixtures.textPdf(
                    in.resolve("a.pdf"), "Same", List.of("identical bytes round " + round, "second page"));
            Files.copy(a, in.resolve("b.pdf"));
            try (TestCase c = new TestCase(tmp.resolve("case-" + round))) {
                IngestSummary s = c.ingest(c.options().withThreads(2), TestCase.inProcess(), in);
                assertThat(s.failures()).as("round %d", round).isEmpty();
                assertThat(s.documentsNew()).as("round %d", round).isEqualTo(1);
                assertThat(s.documentsDuplicate()).as("round %d", round).isEqualTo(1);
                assertThat(s.filesNew()).as("round %d", round).isEqualTo(1);
                assertThat(s.filesDuplicate()).as("round %d", round).isEqualTo(1);
                String id = Sha256.of(Files.readAllBytes(a));
                assertThat(c.store.locations(id)).as("round %d", round).hasSize(2);
                assertThat(c.store.pages(id)).hasSize(2);
                assertThat(c.index.pageCount()).isEqualTo(2);
            }
        }
    }
}
