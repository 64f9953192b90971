package org.redress.ingest.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.redress.core.corpus.Document;
import org.redress.core.corpus.ExtractionStatus;
import org.redress.core.corpus.IngestSummary;
import org.redress.core.corpus.Location;
import org.redress.core.corpus.Sha256;

/** Broken and hostile files each end as one plain failure; the run goes on and accounts for every file. */
class HostileIngestTest {
    @TempDir
    Path tmp;

    static Path corpora() {
        String p = System.getProperty("redress.corpora");
        return p != null
                ? Path.of(p)
                : Path.of("../../shared/corpora").toAbsolutePath().normalize();
    }

    @Test
    void brokenAndHostileFilesFailOneByOneAndTheRunGoesOn() throws Exception {
        Path in = Files.createDirectories(tmp.resolve("in"));
        Files.createFile(in.resolve("empty.txt"));
        byte[] whole = Files.readAllBytes(Fixtures.textPdf(
                tmp.resolve("whole.pdf"),
                "Whole",
                List.of("a page of text that will be cut off in the middle of the file")));
        Files.write(in.resolve("truncated.pdf"), Arrays.copyOf(whole, whole.length / 2));
        Map<String, byte[]> traversal = new LinkedHashMap<>();
        traversal.put("../../evil.txt", "overwrite your files\n".getBytes(StandardCharsets.UTF_8));
        traversal.put("fine.txt", "an honest member\n".getBytes(StandardCharsets.UTF_8));
        Path traversalZip = Fixtures.zip(in.resolve("traversal.zip"), traversal);
        Fixtures.zipBomb(in.resolve("bomb.zip"), 600L << 20);
        Path locked = Fixtures.encryptedPdf(
                in.resolve("locked.pdf"), List.of("the sealed affidavit of the officer"), "secret");
        Files.writeString(in.resolve("good.txt"), "A good file that must still be ingested.\n");

        try (TestCase c = new TestCase(tmp.resolve("case"))) {
            IngestSummary s = c.ingest(in);
            long files = 6;
            assertThat(s.filesSeen()).isEqualTo(files);
            assertThat(s.filesSeen()).isEqualTo(s.filesNew() + s.filesDuplicate() + s.filesFailed());
            Map<String, String> reasons = s.failures().stream()
                    .collect(Collectors.toMap(IngestSummary.FailureRow::path, IngestSummary.FailureRow::reason));
            System.out.println("failures: " + reasons);
            assertThat(reasons.values())
                    .allSatisfy(r -> assertThat(r)
                            .isNotBlank()
                            .doesNotContain("Exception")
                            .doesNotContain("\tat "));

            assertThat(reasons.get("in/empty.txt")).contains("empty");
            assertThat(reasons.get("in/truncated.pdf")).containsIgnoringCase("PDF");
            assertThat(reasons.get("in/bomb.zip")).contains("zip bomb");
            assertThat(reasons.get("in/locked.pdf")).contains("password");
            assertThat(reasons)
                    .containsKey(
                            "in/traversal.zip" + org.redress.core.corpus.DisplayPaths.SEPARATOR + "../../evil.txt");
            assertThat(reasons.get(
                            "in/traversal.zip" + org.redress.core.corpus.DisplayPaths.SEPARATOR + "../../evil.txt"))
                    .contains("outside the archive");

            // the honest member of the traversal zip, and the good file, still came in; nothing escaped
            String traversalId = Sha256.of(Files.readAllBytes(traversalZip));
            assertThat(c.store.children(traversalId)).extracting(Location::path).containsExactly("fine.txt");
            assertThat(Files.exists(tmp.resolve("evil.txt"))).isFalse();
            assertThat(Files.exists(tmp.resolve("case").resolve("evil.txt"))).isFalse();
            assertThat(c.search("\"must still be ingested\"").total()).isEqualTo(1);
            assertThat(s.filesFailed()).isGreaterThanOrEqualTo(4); // empty, truncated, bomb, locked

            // Given the passwords, a later run opens the locked PDF with the right one.
            IngestSummary withPasswords =
                    c.ingest(c.options().withPasswords(List.of("wrong", "secret")), TestCase.inProcess(), in);
            assertThat(withPasswords.failures())
                    .extracting(IngestSummary.FailureRow::path)
                    .doesNotContain("in/locked.pdf")
                    .contains("in/bomb.zip", "in/empty.txt");
            assertThat(withPasswords.documentsNew()).isEqualTo(1);
            assertThat(withPasswords.filesSeen())
                    .isEqualTo(files)
                    .isEqualTo(withPasswords.filesNew() + withPasswords.filesDuplicate() + withPasswords.filesFailed());
            Document d = c.store.document(Sha256.of(Files.readAllBytes(locked))).orElseThrow();
            assertThat(d.status()).isEqualTo(ExtractionStatus.DONE);
            assertThat(d.openedWithPassword()).isEqualTo("secret");
            assertThat(c.store.pages(d.id()).get(0).text()).contains("sealed affidavit");
            assertThat(c.search("affidavit").hits())
                    .extracting(h -> h.documentId())
                    .containsExactly(d.id());
            assertThat(c.store.failures()).noneMatch(f -> f.path().endsWith("locked.pdf"));
        }
    }

    @Test
    void anArchiveThatContainsItselfIsUnpackedOnce() throws Exception {
        Path droste = corpora().resolve("tika-test-documents/pkg-module/droste.zip");
        assumeTrue(
                Files.isRegularFile(droste),
                droste + " is absent (the shared corpora; set -Dredress.corpora=DIR): "
                        + "the archive that contains itself is not tested");
        Path in = Files.createDirectories(tmp.resolve("in"));
        Files.copy(droste, in.resolve("droste.zip"));
        try (TestCase c = new TestCase(tmp.resolve("case"))) {
            IngestSummary s = c.ingest(in);
            assertThat(s.filesSeen()).isEqualTo(1);
            assertThat(s.failures()).singleElement().satisfies(f -> {
                assertThat(f.path())
                        .isEqualTo("in/droste.zip" + org.redress.core.corpus.DisplayPaths.SEPARATOR + "droste.zip");
                assertThat(f.reason())
                        .isEqualTo("contains a copy of its own container (a recursive archive); not unpacked again");
            });
        }
    }

    @Test
    void wrongPasswordsAloneSayNoneOpenedIt() throws Exception {
        Path in = Files.createDirectories(tmp.resolve("in"));
        Fixtures.encryptedPdf(in.resolve("locked.pdf"), List.of("text"), "secret");
        try (TestCase c = new TestCase(tmp.resolve("case"))) {
            IngestSummary s =
                    c.ingest(c.options().withPasswords(List.of("wrong", "also-wrong")), TestCase.inProcess(), in);
            assertThat(s.filesFailed()).isEqualTo(1);
            assertThat(s.failures())
                    .singleElement()
                    .satisfies(f -> assertThat(f.reason()).contains("password").contains("2 passwords"));
        }
    }
}
