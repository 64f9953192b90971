package org.redress.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.redress.core.corpus.Sha256;

/**
 * The case commands end to end on the demo production, with the real pipeline (isolated Tika
 * workers, Tesseract, SQLite, Lucene). One case is ingested for the class; tests only read it,
 * except the re-ingest test, which must add nothing.
 *
 * <p>What the demo holds (see DemoProduction): 7 top-level files. 001 is an email with one
 * attachment (an .xlsx with one sheet), 002 an email, 003 a three-page text PDF, 004 a one-page
 * scan (no text layer: OCR), 005 a zip of a .docx and a .txt, 006 a byte copy of 003, 007 an
 * HTML note. So 6 files are new and 1 a duplicate; documents: 001, its xlsx, 002, 003, 004, the
 * zip, its docx, its txt, 007 = 9 new, and the copy of 003 is 1 duplicate document. Pages: one
 * each for the emails, the xlsx sheet, the scan, the zip, the docx, the txt and the html (8), plus
 * 3 for the memo = 11, of which 1 (the scan) was read by OCR.
 */
class CaseCommandsTest {
    @TempDir
    static Path tmp;

    static Path caseDir;
    static Path production;
    static Cli.Run firstIngest;

    @BeforeAll
    static void ingestDemo() throws IOException {
        caseDir = tmp.resolve("case");
        production = tmp.resolve("demo");
        firstIngest = Cli.demoCase(caseDir, production);
    }

    private static Cli.Run redress(String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.add(1, "--case");
        all.add(2, caseDir.toString());
        return Cli.run(all.toArray(String[]::new));
    }

    private static String sha(String file) throws IOException {
        return Sha256.of(production.resolve(file));
    }

    private static List<JsonNode> hits(Cli.Run run) {
        assertThat(run.code()).as(run.toString()).isZero();
        return StreamSupport.stream(run.json().get("hits").spliterator(), false).toList();
    }

    private static List<String> paths(Cli.Run run) {
        return hits(run).stream().map(h -> h.get("path").asText()).toList();
    }

    // --- ingest ---------------------------------------------------------------------------

    @Test
    void ingestJsonAccountsForEveryFileOfTheDemo() throws IOException {
        JsonNode s = firstIngest.json();
        long files;
        try (var list = Files.list(production)) {
            files = list.count();
        }
        assertThat(files).isEqualTo(7);
        assertThat(s.get("filesSeen").asLong()).isEqualTo(files);
        assertThat(s.get("filesNew").asLong()).isEqualTo(6);
        assertThat(s.get("filesDuplicate").asLong()).isEqualTo(1);
        assertThat(s.get("filesFailed").asLong()).isZero();
        assertThat(s.get("documentsNew").asLong()).isEqualTo(9);
        assertThat(s.get("documentsDuplicate").asLong()).isEqualTo(1);
        assertThat(s.get("pages").asLong()).isEqualTo(11);
        assertThat(s.get("ocrPages").asLong()).isEqualTo(1);
        assertThat(s.get("failures").isArray()).isTrue();
        assertThat(s.get("failures")).isEmpty();
        assertThat(s.get("nothingNew").asBoolean()).isFalse();
        assertThat(firstIngest.err()).isEmpty();
    }

    @Test
    void reIngestAddsNothingAndSaysSo() {
        Cli.Run again = redress("ingest", production.toString());
        assertThat(again.code()).as(again.toString()).isZero();
        assertThat(again.out()).startsWith("Nothing new: all 7 files were already in this case.");
        JsonNode status = redress("status", "--json").json();
        assertThat(status.get("documents").asLong()).isEqualTo(9);
        assertThat(status.get("pages").asLong()).isEqualTo(11);
    }

    // --- search ---------------------------------------------------------------------------

    @Test
    void searchJsonShape() {
        Cli.Run run = redress("search", "--json", "balcazar");
        JsonNode doc = run.json();
        assertThat(doc.get("total").isIntegralNumber()).isTrue();
        assertThat(doc.get("hits").isArray()).isTrue();
        assertThat(doc.get("total").asLong()).isEqualTo(doc.get("hits").size());
        for (JsonNode hit : doc.get("hits")) {
            assertThat(hit.get("documentId").asText()).matches("[0-9a-f]{64}");
            assertThat(hit.get("path").asText()).startsWith("demo/");
            assertThat(hit.get("page").asInt()).isPositive();
            assertThat(hit.has("title")).isTrue();
            assertThat(hit.has("date")).isTrue();
            assertThat(hit.get("snippet").asText()).contains("<mark>");
        }
    }

    @Test
    void accentsDoNotMatter() {
        List<JsonNode> hits = hits(redress("search", "--json", "balcazar"));
        // Written with the accent in the memo, the letter and the spreadsheet; without it in the emails and notes.
        assertThat(hits).anySatisfy(h -> assertThat(h.get("snippet").asText()).contains("<mark>Balcázar</mark>"));
        assertThat(hits).anySatisfy(h -> assertThat(h.get("snippet").asText()).contains("<mark>Balcazar</mark>"));
        assertThat(hits.stream().map(h -> h.get("path").asText()))
                .contains("demo/003-field-office-memo.pdf", "demo/001-dmv-to-ice.eml");
        // And the other way round: the accented query finds the unaccented text.
        assertThat(paths(redress("search", "--json", "Balcázar"))).contains("demo/001-dmv-to-ice.eml");
    }

    @Test
    void phrase() {
        assertThat(paths(redress("search", "--json", "\"milk with dignity\"")))
                .containsExactly("demo/002-ice-reply.eml");
        assertThat(hits(redress("search", "--json", "\"dignity milk\""))).isEmpty();
    }

    @Test
    void proximity() {
        // Memo page 2: "The source has attended organising meetings": three words apart.
        assertThat(hits(redress("search", "--json", "\"source meetings\""))).isEmpty();
        assertThat(hits(redress("search", "--json", "\"source meetings\"~1"))).isEmpty();
        List<JsonNode> near = hits(redress("search", "--json", "\"source meetings\"~5"));
        assertThat(near).singleElement().satisfies(h -> {
            assertThat(h.get("documentId").asText()).isEqualTo(sha("003-field-office-memo.pdf"));
            assertThat(h.get("page").asInt()).isEqualTo(2);
        });
    }

    @Test
    void wildcard() {
        // dignity (002) and dignidad (the Spanish letter inside the zip).
        List<String> paths = paths(redress("search", "--json", "dign*"));
        assertThat(paths).contains("demo/002-ice-reply.eml");
        assertThat(paths).anySatisfy(p -> assertThat(p).endsWith("carta-a-la-comunidad.docx"));
        assertThat(hits(redress("search", "--json", "dignx*"))).isEmpty();
    }

    @Test
    void fuzzy() {
        // (Not "Whitcombe": the English stemmer already makes that "whitcomb".)
        assertThat(hits(redress("search", "--json", "Whitcomd"))).isEmpty();
        assertThat(paths(redress("search", "--json", "Whitcomd~")))
                .anySatisfy(p -> assertThat(p).endsWith("records-lookup-log.xlsx"));
    }

    @Test
    void fromAndSubjectFields() {
        assertThat(paths(redress("search", "--json", "from:dmv.example.gov")))
                .containsExactly("demo/001-dmv-to-ice.eml");
        assertThat(paths(redress("search", "--json", "from:whitcomb"))).containsExactly("demo/002-ice-reply.eml");
        assertThat(paths(redress("search", "--json", "subject:photos")))
                .containsExactlyInAnyOrder("demo/001-dmv-to-ice.eml", "demo/002-ice-reply.eml");
    }

    @Test
    void typeAndDateRange() {
        assertThat(paths(redress("search", "--json", "type:email")))
                .containsExactlyInAnyOrder("demo/001-dmv-to-ice.eml", "demo/002-ice-reply.eml");
        // Both emails were sent on 2017-03-02 (Eastern time, the same UTC day).
        assertThat(paths(redress("search", "--json", "type:email AND date:[2017-03-01 TO 2017-03-02]")))
                .containsExactlyInAnyOrder("demo/001-dmv-to-ice.eml", "demo/002-ice-reply.eml");
        assertThat(hits(redress("search", "--json", "type:email AND date:[2017-03-03 TO 2017-12-31]")))
                .isEmpty();
        assertThat(hits(redress("search", "--json", "balcazar AND date:[1990 TO 1999]")))
                .isEmpty();
    }

    @Test
    void filterKeepsOnlyThatFacet() {
        List<String> all = paths(redress("search", "--json", "balcazar"));
        List<String> emails = paths(redress("search", "--json", "--filter", "type=email", "balcazar"));
        assertThat(emails).containsExactly("demo/001-dmv-to-ice.eml");
        // A filtered search still marks the words it matched.
        assertThat(hits(redress("search", "--json", "--filter", "type=email", "balcazar")))
                .allSatisfy(h -> assertThat(h.get("snippet").asText()).contains("<mark>Balcazar</mark>"));
        assertThat(all).hasSizeGreaterThan(emails.size());
        List<String> pdfs = paths(redress("search", "--json", "--filter", "type=pdf", "balcazar"));
        assertThat(pdfs).isNotEmpty().allSatisfy(p -> assertThat(p).endsWith(".pdf"));
    }

    // --- show -----------------------------------------------------------------------------

    @Test
    void showTheDuplicatedMemoWithBothLocations() throws IOException {
        String id = sha("003-field-office-memo.pdf");
        assertThat(sha("006-duplicate-of-memo.pdf")).isEqualTo(id);
        Cli.Run run = redress("show", "--json", id.substring(0, 10));
        assertThat(run.code()).as(run.toString()).isZero();
        JsonNode doc = run.json();
        assertThat(doc.get("documentId").asText()).isEqualTo(id);
        assertThat(doc.get("mediaType").asText()).isEqualTo("application/pdf");
        assertThat(doc.get("pageCount").asInt()).isEqualTo(3);
        assertThat(doc.get("size").asLong()).isEqualTo(Files.size(production.resolve("003-field-office-memo.pdf")));
        List<String> locations = StreamSupport.stream(doc.get("provenance").spliterator(), false)
                .map(p -> p.get("path").asText())
                .toList();
        assertThat(locations)
                .containsExactlyInAnyOrder("demo/003-field-office-memo.pdf", "demo/006-duplicate-of-memo.pdf");
        assertThat(doc.get("provenance"))
                .allSatisfy(p -> assertThat(p.get("source").asText()).isEqualTo("demo"));
        assertThat(doc.get("pages")).hasSize(3);
        assertThat(doc.get("pages").get(0).get("text").asText())
                .contains("Speakers included Enrique")
                .contains("Balcázar");
    }

    @Test
    void showOnePage() throws IOException {
        JsonNode doc = redress("show", "--json", "--page", "2", sha("003-field-office-memo.pdf"))
                .json();
        assertThat(doc.get("pageCount").asInt()).isEqualTo(3);
        assertThat(doc.get("pages")).singleElement().satisfies(p -> {
            assertThat(p.get("number").asInt()).isEqualTo(2);
            assertThat(p.get("ocr").asBoolean()).isFalse();
            assertThat(p.get("text").asText()).contains("confidential source").doesNotContain("MEMORANDUM");
        });
    }

    @Test
    void showTheScanReadByOcr() throws IOException {
        JsonNode doc =
                redress("show", "--json", sha("004-arrest-report-scan.pdf")).json();
        assertThat(doc.get("pages")).singleElement().satisfies(p -> {
            assertThat(p.get("ocr").asBoolean()).isTrue();
            assertThat(p.get("text").asText()).containsIgnoringCase("arrest report");
        });
    }

    @Test
    void showAnEmailWithItsAttachment() throws IOException {
        JsonNode doc = redress("show", "--json", sha("001-dmv-to-ice.eml")).json();
        assertThat(doc.get("email").get("subject").asText()).isEqualTo("Photos and addresses you asked for");
        assertThat(doc.get("children"))
                .singleElement()
                .satisfies(c -> assertThat(c.get("name").asText()).isEqualTo("records-lookup-log.xlsx"));
    }

    // --- status ---------------------------------------------------------------------------

    @Test
    void statusJson() {
        Cli.Run run = redress("status", "--json");
        assertThat(run.code()).as(run.toString()).isZero();
        JsonNode s = run.json();
        assertThat(s.get("documents").asLong()).isEqualTo(9);
        assertThat(s.get("pages").asLong()).isEqualTo(11);
        assertThat(s.get("ocrPages").asLong()).isEqualTo(1);
        assertThat(s.get("sources").asLong()).isEqualTo(1);
        assertThat(s.get("failures").asLong()).isZero();
        assertThat(s.get("indexedPages").asLong()).isEqualTo(11);
    }

    // --- user errors: exit 1, a clear message on stderr, nothing on stdout -----------------

    @Test
    void unknownCaseFolder() {
        Path missing = tmp.resolve("no-such-case");
        Cli.Run run = Cli.run("status", "--case", missing.toString(), "--json");
        assertThat(run.code()).as(run.toString()).isEqualTo(1);
        assertThat(run.err())
                .contains(missing.toString())
                .doesNotContain("Exception")
                .doesNotContain("\tat ");
        assertThat(run.out()).isEmpty();
        assertThat(missing).doesNotExist();
    }

    @Test
    void badReceivedDate() {
        Cli.Run run = redress("ingest", "--received", "2017-02-30", production.toString());
        assertThat(run.code()).as(run.toString()).isEqualTo(1);
        assertThat(run.err()).contains("'2017-02-30' is not a date").contains("YYYY-MM-DD");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void malformedQuery() {
        Cli.Run run = redress("search", "--json", "\"unclosed");
        assertThat(run.code()).as(run.toString()).isEqualTo(1);
        assertThat(run.err()).isNotBlank().doesNotContain("\tat ").doesNotContain("Internal error");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void unknownDocument() {
        Cli.Run run = redress("show", "--json", "abcdef0123");
        assertThat(run.code()).as(run.toString()).isEqualTo(1);
        assertThat(run.err()).contains("no document 'abcdef0123'");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void pageOutOfRange() throws IOException {
        Cli.Run run = redress("show", "--json", "--page", "4", sha("003-field-office-memo.pdf"));
        assertThat(run.code()).as(run.toString()).isEqualTo(1);
        assertThat(run.err()).contains("3 pages").contains("no page 4");
        assertThat(run.out()).isEmpty();
    }
}
