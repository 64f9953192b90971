package org.redress.ingest.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.redress.core.corpus.Document;
import org.redress.core.corpus.IngestSummary;
import org.redress.core.corpus.Sha256;
import org.redress.core.search.SearchHit;

/** Real public corpora: Enron mail, a FOIA release, and Tika's own broken, hostile and encrypted test files. */
class CorporaIngestTest {
    @TempDir
    Path tmp;

    private static Path corpora() {
        Path c = HostileIngestTest.corpora();
        assumeTrue(
                Files.isDirectory(c),
                "corpora not found at " + c + " (set -Dredress.corpora=DIR); skipping real-corpus test");
        return c;
    }

    private static void assertPlain(IngestSummary s) {
        assertThat(s.filesSeen()).isEqualTo(s.filesNew() + s.filesDuplicate() + s.filesFailed());
        assertThat(s.failures())
                .allSatisfy(f -> assertThat(f.reason())
                        .isNotBlank()
                        .doesNotContain("\tat ")
                        .doesNotContain("\n")
                        .doesNotStartWith("java.")
                        .doesNotStartWith("org."));
    }

    @Test
    void enronMaildirAndFoiaSample() throws Exception {
        Path corpora = corpora();
        Path enron = corpora.resolve("email/enron-maildir-dev");
        Path foia = corpora.resolve("foia/state-dept-clinton-emails-sample");
        assumeTrue(Files.isDirectory(enron) && Files.isDirectory(foia), "Enron or FOIA sample missing; skipping");
        long enronFiles, foiaFiles;
        try (Stream<Path> w = Files.walk(enron)) {
            enronFiles = w.filter(Files::isRegularFile).count();
        }
        try (Stream<Path> w = Files.walk(foia)) {
            foiaFiles = w.filter(Files::isRegularFile).count();
        }
        try (TestCase c = new TestCase(tmp.resolve("case"))) {
            IngestSummary s = c.ingest(c.options().withThreads(2), TestCase.inProcess(), enron, foia);
            System.out.println("enron+foia: " + s);
            assertThat(s.filesSeen()).isEqualTo(enronFiles + foiaFiles);
            assertPlain(s);
            assertThat(s.filesFailed()).isLessThanOrEqualTo(s.filesSeen() / 20);

            Path message = enron.resolve("kean-s/inbox/3");
            String id = Sha256.of(Files.readAllBytes(message));
            Document d = c.store.document(id).orElseThrow();
            assertThat(d.isEmail()).isTrue();
            assertThat(d.email().from()).isEqualTo("enron_update@concureworkplace.com");
            assertThat(d.email().messageId()).isEqualTo("<19972556.1075855417958.JavaMail.evans@thyme>");
            List<SearchHit> hits = c.search("\"Amount Due Employee\" sk113001").hits();
            assertThat(hits).extracting(SearchHit::documentId).contains(id);
            assertThat(c.index.pageCount()).isEqualTo(c.store.status().pages());
        }
    }

    @Test
    void tikaCorruptHostileAndEncryptedFiles() throws Exception {
        Path corpora = corpora();
        Path tsv = corpora.resolve("MALFORMED_AND_SPECIAL.tsv");
        assumeTrue(Files.isRegularFile(tsv), "MALFORMED_AND_SPECIAL.tsv missing; skipping");
        Pattern passwordPattern = Pattern.compile("password \"([^\"]+)\"");
        List<Path> files = new ArrayList<>();
        Map<Path, String> passwords = new LinkedHashMap<>();
        for (String row : Files.readAllLines(tsv)) {
            if (row.startsWith("#") || row.isBlank()) continue;
            String[] cols = row.split("\t");
            if (cols.length < 3 || !List.of("CORRUPT", "HOSTILE", "ENCRYPTED").contains(cols[1])) continue;
            Path file = corpora.resolve(cols[0]);
            if (!Files.isRegularFile(file)) continue;
            files.add(file);
            Matcher m = passwordPattern.matcher(cols[2]);
            if (m.find()) passwords.put(file, m.group(1));
        }
        assumeTrue(!files.isEmpty(), "none of the TSV's files are present; skipping");
        try (TestCase c = new TestCase(tmp.resolve("case"))) {
            IngestOptions d = c.options()
                    .withPasswords(passwords.values().stream().distinct().toList());
            IngestOptions options = new IngestOptions(
                    d.passwords(),
                    2,
                    d.maxFileBytes(),
                    d.maxDepth(),
                    d.maxExpandedBytes(),
                    d.maxTextChars(),
                    false,
                    Duration.ofSeconds(60),
                    768,
                    d.workDir());
            IngestSummary s =
                    c.ingest(options, TestCase.isolated(Duration.ofSeconds(60), 768), files.toArray(Path[]::new));
            System.out.println("tika files: " + files.size() + " summary: " + s);
            assertThat(s.filesSeen()).isEqualTo(files.size());
            assertPlain(s);
            // a pptx's thumbnail part ("/docProps/thumbnail.jpeg") is not a path-traversal attack
            assertThat(s.failures()).noneMatch(f -> f.path().contains("docProps"));
            List<String> opened = new ArrayList<>();
            for (var e : passwords.entrySet()) {
                Document doc = c.store
                        .document(Sha256.of(Files.readAllBytes(e.getKey())))
                        .orElseThrow();
                System.out.println(e.getKey().getFileName() + " -> " + doc.status() + " opened with "
                        + doc.openedWithPassword() + " " + doc.statusDetail());
                if (e.getValue().equals(doc.openedWithPassword()))
                    opened.add(e.getKey().getFileName().toString());
            }
            // Every file whose password the TSV gives opens with exactly that password, whatever order the
            // files were read in, except RAR: there is no RAR reader (junrar is left out), which is said plainly.
            List<String> expected = passwords.keySet().stream()
                    .map(p -> p.getFileName().toString())
                    .filter(n -> !n.endsWith(".rar"))
                    .toList();
            assertThat(opened).containsExactlyInAnyOrderElementsOf(expected);
            assertThat(opened)
                    .contains(
                            "testWORD_protected_passtika.doc",
                            "testPPT_protected_passtika.ppt",
                            "test7Z_protected_passTika.7z");
            assertThat(s.failures())
                    .extracting(IngestSummary.FailureRow::path)
                    .anyMatch(p ->
                            p.contains("testWORD_protected_drm.doc") || p.contains("testMicrosoftIRMServices.pdf"));
            assertThat(s.failures())
                    .filteredOn(f -> f.path().endsWith(".rar"))
                    .isNotEmpty()
                    .allMatch(f -> f.reason().startsWith("RAR archive: this version of Redress has no RAR reader"));
        }
    }
}
