package org.redress.ingest.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.redress.core.corpus.IngestSummary;
import org.redress.core.corpus.Location;
import org.redress.core.corpus.Sha256;

/** Archives unpack recursively; the same bytes anywhere are one document with several locations. */
class ContainersIngestTest {
    @TempDir
    Path tmp;

    private static String sha(Path file) throws Exception {
        return Sha256.of(Files.readAllBytes(file));
    }

    @Test
    void everyMemberIsAChildRecursivelyAndIdenticalBytesAreOneDocumentWithTwoLocations() throws Exception {
        Path in = Files.createDirectories(tmp.resolve("in"));
        Path fixtures = Files.createDirectories(tmp.resolve("fixtures"));
        byte[] note = "Note about the transfer of detainee A-123 on 4 May.\n".getBytes(StandardCharsets.UTF_8);
        byte[] memo = "Internal memo: the hold expired after 48 hours.\n".getBytes(StandardCharsets.UTF_8);
        byte[] docx = Files.readAllBytes(Fixtures.docx(
                fixtures.resolve("report.docx"),
                "Quarterly report",
                List.of("The county honoured 37 detainers in the quarter.")));
        Map<String, byte[]> innerMembers = new LinkedHashMap<>();
        innerMembers.put("memo.txt", memo);
        innerMembers.put("copies/note.txt", note);
        byte[] inner = Files.readAllBytes(Fixtures.zip(fixtures.resolve("inner.zip"), innerMembers));
        Map<String, byte[]> outerMembers = new LinkedHashMap<>();
        outerMembers.put("report.docx", docx);
        outerMembers.put("inner.zip", inner);
        Path bundle = Fixtures.zip(in.resolve("a-bundle.zip"), outerMembers);
        Files.write(in.resolve("b-note.txt"), note);
        Files.write(in.resolve("c-note-again.txt"), note);

        try (TestCase c = new TestCase(tmp.resolve("case"))) {
            IngestSummary s = c.ingest(in);
            assertThat(s.failures()).isEmpty();
            assertThat(s.filesSeen()).isEqualTo(3);
            assertThat(s.filesNew()).isEqualTo(1); // the bundle; both notes were already inside it
            assertThat(s.filesDuplicate()).isEqualTo(2);
            assertThat(s.filesFailed()).isZero();
            // bundle, report.docx, inner.zip, memo.txt, note.txt — the two top-level notes are duplicates
            assertThat(s.documentsNew()).isEqualTo(5);
            assertThat(s.documentsDuplicate()).isEqualTo(2);
            assertThat(c.store.status().documents()).isEqualTo(5);

            String bundleId = sha(bundle);
            assertThat(c.store.children(bundleId))
                    .extracting(Location::path, Location::documentId)
                    .containsExactlyInAnyOrder(
                            org.assertj.core.groups.Tuple.tuple("report.docx", Sha256.of(docx)),
                            org.assertj.core.groups.Tuple.tuple("inner.zip", Sha256.of(inner)));
            assertThat(c.store.children(Sha256.of(inner)))
                    .extracting(Location::path, Location::documentId)
                    .containsExactlyInAnyOrder(
                            org.assertj.core.groups.Tuple.tuple("memo.txt", Sha256.of(memo)),
                            org.assertj.core.groups.Tuple.tuple("copies/note.txt", Sha256.of(note)));
            assertThat(c.store.children(Sha256.of(docx))).isEmpty();
            assertThat(c.store.pages(Sha256.of(docx)).get(0).text()).contains("37 detainers");

            List<Location> noteLocations = c.store.locations(Sha256.of(note));
            assertThat(noteLocations)
                    .extracting(Location::parentId, Location::path)
                    .containsExactlyInAnyOrder(
                            org.assertj.core.groups.Tuple.tuple(Sha256.of(inner), "copies/note.txt"),
                            org.assertj.core.groups.Tuple.tuple(null, "in/b-note.txt"),
                            org.assertj.core.groups.Tuple.tuple(null, "in/c-note-again.txt"));
            assertThat(c.search("\"transfer of detainee\"").total()).isEqualTo(1);
        }
    }

    @Test
    void reIngestingTheSameFolderFindsNothingNew() throws Exception {
        Path in = Files.createDirectories(tmp.resolve("in"));
        Fixtures.textPdf(
                in.resolve("one.pdf"), "One", List.of("page one of the first letter", "page two of the first letter"));
        Files.writeString(in.resolve("two.txt"), "A plain text production file.\n");
        Files.writeString(in.resolve("two-copy.txt"), "A plain text production file.\n");
        Fixtures.zip(
                in.resolve("three.zip"),
                Map.of("inside.txt", "Inside the archive.\n".getBytes(StandardCharsets.UTF_8)));

        try (TestCase c = new TestCase(tmp.resolve("case"))) {
            IngestSummary first = c.ingest(in);
            assertThat(first.failures()).isEmpty();
            assertThat(first.documentsNew()).isEqualTo(4);
            assertThat(first.nothingNew()).isFalse();
            long pages = c.store.status().pages();
            long indexed = c.index.pageCount();
            long documents = c.store.status().documents();

            IngestSummary second = c.ingest(in);
            assertThat(second.nothingNew()).isTrue();
            assertThat(second.documentsNew()).isZero();
            assertThat(second.pages()).isZero();
            assertThat(second.filesSeen()).isEqualTo(4);
            assertThat(second.filesDuplicate()).isEqualTo(4);
            assertThat(second.failures()).isEmpty();
            assertThat(c.store.status().pages()).isEqualTo(pages);
            assertThat(c.store.status().documents()).isEqualTo(documents);
            assertThat(c.index.pageCount()).isEqualTo(indexed).isEqualTo(pages);
            assertThat(c.store.status().unfinishedRuns()).isEmpty();
        }
    }

    /** The same memo released again by another agency: one document, found when the search is filtered by either. */
    @Test
    void aDocumentInASecondProductionIsFoundUnderBoth() throws Exception {
        byte[] memo = "Memo: the vigil on Church Street was watched.\n".getBytes(StandardCharsets.UTF_8);
        Path first = Files.createDirectories(tmp.resolve("first"));
        Path second = Files.createDirectories(tmp.resolve("second"));
        Files.write(first.resolve("memo.txt"), memo);
        Files.write(second.resolve("forwarded.txt"), memo);
        try (TestCase c = new TestCase(tmp.resolve("case"))) {
            c.ingest(first);
            IngestSummary again = new Ingest(
                            c.store, c.blobs, c.index, TestCase.inProcess(), c.options(), IngestListener.NONE)
                    .run(List.of(second), "agency B", TestCase.RECEIVED);
            assertThat(again.documentsDuplicate()).isEqualTo(1);
            for (String production : List.of("production", "agency B"))
                assertThat(c.index
                                .search(new org.redress.core.search.SearchQuery(
                                        "vigil", 20, 0, null, Map.of("source", production)))
                                .total())
                        .as(production)
                        .isEqualTo(1);
        }
    }
}
