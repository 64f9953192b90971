package org.redress.app.marks;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.redress.app.cli.Cli;
import org.redress.app.wiring.CaseServices;
import org.redress.application.marks.PageSpan;

/** Entities, exemption marks and flags end to end, through the real command line on a real case folder. */
class MarksCliTest {
    static final Path STATE_DEPT = Path.of("../../shared/corpora/foia/state-dept-clinton-emails-sample");

    @TempDir
    Path tmp;

    static Cli.Run ok(String... args) {
        Cli.Run r = Cli.run(args);
        assertThat(r.code()).as(r.toString()).isZero();
        return r;
    }

    static void write(Path file, String text) throws Exception {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    static List<String> texts(JsonNode array, String field) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.get(field).asText()));
        return out;
    }

    String requestFor(String dir, String agency, String tracking) {
        ok(
                "requests",
                "add",
                "--case",
                dir,
                "--law",
                "us-foia",
                "--agency",
                agency,
                "--subject",
                "Records of the" + " organisation",
                "--filed",
                "2024-02-29",
                "--received",
                "2024-03-01",
                "--tracking",
                tracking);
        return tracking;
    }

    @Test
    void everyIngestMarksItsPagesAndTheReportsReadThem() throws Exception {
        String dir = tmp.resolve("case").toString();
        ok("init", "--case", dir);
        Path release = tmp.resolve("release-1");
        write(release.resolve("memo.txt"), """
                FIELD OFFICE MEMO
                Agent (b)(6) and (b)(7)(C) met the subject, A-Number: 204-117-339, at the DMV. The subjects have
                south of the border names and spoke at the press conference.
                Contact: agent.smith@ice.dhs.gov, (802) 555-0142. VT plate FGH 123. SSN 078-05-1120.
                """);
        write(release.resolve("log.txt"), """
                Log of 03/16/2017. Withheld: b6, b7c
                Vitamin B6 was not withheld. Los ilegales y un agitador.
                """);
        requestFor(dir, "U.S. Immigration and Customs Enforcement", "2024-ICFO-00001");
        ok("requests", "produce", "--case", dir, "2024-ICFO-00001", "--received", "2024-04-02", release.toString());

        JsonNode report = ok("redactions", "--case", dir, "--json").json();
        assertThat(report.get("marksTotal").asInt()).isEqualTo(4);
        assertThat(report.get("pagesWithMarks").asInt()).isEqualTo(2);
        JsonNode rows = report.get("rows");
        assertThat(texts(rows, "exemption")).containsExactly("(b)(6)", "(b)(7)(C)");
        for (JsonNode r : rows) {
            assertThat(r.get("source").asText()).isEqualTo("2024-ICFO-00001 production 1");
            assertThat(r.get("agency").asText()).isEqualTo("U.S. Immigration and Customs Enforcement");
            assertThat(r.get("documents").asInt()).isEqualTo(2);
            assertThat(r.get("pages").asInt()).isEqualTo(2);
            assertThat(r.get("marks").asInt()).isEqualTo(2);
            assertThat(r.has("documentId")).isFalse();
        }
        JsonNode byAgency =
                ok("redactions", "--case", dir, "--by", " Agency ", "--json").json();
        assertThat(byAgency.get("rows").get(0).get("source").isNull()).isTrue();
        JsonNode byDocument =
                ok("redactions", "--case", dir, "--by", "document", "--json").json();
        assertThat(texts(byDocument.get("rows"), "path"))
                .containsExactlyInAnyOrder(
                        "release-1/log.txt", "release-1/log.txt", "release-1/memo.txt", "release-1/memo.txt");

        String csv = ok("redactions", "--case", dir, "--csv").out();
        assertThat(csv).startsWith("\"source\",\"agency\",\"exemption\",\"documents\",\"pages\",\"marks\"");
        assertThat(csv).contains("\"(b)(7)(C)\",2,2,2");
        Path docx = tmp.resolve("vaughn.docx");
        ok("redactions", "--case", dir, "--docx", docx.toString());
        try (InputStream in = Files.newInputStream(docx);
                XWPFDocument doc = new XWPFDocument(in)) {
            var table = doc.getTables().get(0);
            assertThat(table.getNumberOfRows()).isEqualTo(3);
            assertThat(table.getRow(1).getCell(2).getText()).isEqualTo("(b)(6)");
            assertThat(table.getRow(1).getCell(1).getText()).isEqualTo("U.S. Immigration and Customs Enforcement");
        }
        assertThat(Cli.run("redactions", "--case", dir, "--by", "person").code())
                .isEqualTo(1);

        JsonNode flags = ok("flags", "--case", dir, "--json").json().get("flags");
        assertThat(texts(flags, "term"))
                .containsExactly("ilegales", "agitador*", "south of the border names", "press conference");
        JsonNode southOfTheBorder = flags.get(2);
        assertThat(southOfTheBorder.get("lexicon").asText()).isEqualTo("profiling");
        assertThat(southOfTheBorder.get("path").asText()).isEqualTo("release-1/memo.txt");
        assertThat(southOfTheBorder.get("page").asInt()).isEqualTo(1);
        assertThat(southOfTheBorder.get("sentence").asText())
                .isEqualTo("The subjects have south of the border names and spoke at the press conference.");
        for (String field : List.of("term", "documentId", "path", "page", "sentence", "lexicon"))
            assertThat(southOfTheBorder.has(field)).as(field).isTrue();

        // The marks of one page, as the document page will draw them: spans over the page's text, by offset.
        String memo = southOfTheBorder.get("documentId").asText();
        try (CaseServices c = CaseServices.open(Path.of(dir))) {
            List<PageSpan> spans = c.marks().onPage(memo, 1);
            String text = c.documents().page(memo, 1).orElseThrow().text();
            assertThat(spans)
                    .extracting(PageSpan::label)
                    .contains(
                            "(b)(6)",
                            "(b)(7)(C)",
                            "south of the border names (profiling)",
                            "ssn (personal data)",
                            "plate (VT)",
                            "email",
                            "a-number");
            assertThat(spans).isSortedAccordingTo(java.util.Comparator.comparingInt(PageSpan::start));
            PageSpan b7c = spans.stream()
                    .filter(sp -> sp.label().equals("(b)(7)(C)"))
                    .findFirst()
                    .orElseThrow();
            assertThat(text.substring(b7c.start(), b7c.end())).isEqualTo("(b)(7)(C)");
            assertThat(b7c.kind()).isEqualTo("exemption");
            assertThat(c.marks().onPage(memo, 2)).isEmpty();
        }

        JsonNode marks = ok("marks", "list", "--case", dir, "--json").json().get("marks");
        assertThat(texts(marks, "value"))
                .contains(
                        "A204117339",
                        "agent.smith@ice.dhs.gov",
                        "+18025550142",
                        "VT FGH123",
                        "078-05-1120",
                        "2017-03-16");
        assertThat(texts(
                        ok("marks", "list", "--case", dir, "--kind", "ssn", "--json")
                                .json()
                                .get("marks"),
                        "label"))
                .containsExactly("personal data");

        // The case's lexicon removes a built-in term and adds its own; marks catches up with only the flags.
        write(Path.of(dir, "lexicon.txt"), "-press conference\ndissent-labelling: spoke at\n");
        JsonNode again = ok("marks", "--case", dir, "--json").json();
        assertThat(again.get("documentsMarked").asInt()).isEqualTo(2);
        assertThat(again.get("entitiesNew").asInt()).isZero();
        assertThat(again.get("flagsNew").asInt()).isEqualTo(1);
        assertThat(texts(ok("flags", "--case", dir, "--json").json().get("flags"), "term"))
                .containsExactly("ilegales", "agitador*", "south of the border names", "spoke at");
        assertThat(ok("marks", "--case", dir, "--json")
                        .json()
                        .get("documentsMarked")
                        .asInt())
                .isZero();
        assertThat(ok("marks", "--case", dir, "--again", "--json")
                        .json()
                        .get("documentsMarked")
                        .asInt())
                .isEqualTo(2);
        write(Path.of(dir, "lexicon.txt"), "profiling no colon\n");
        Cli.Run bad = Cli.run("flags", "--case", dir, "--json");
        assertThat(bad.code()).isEqualTo(1);
        assertThat(bad.err()).contains("lexicon.txt line 1").doesNotContain("no colon");
        Files.delete(Path.of(dir, "lexicon.txt"));

        // A flag cited as evidence of motive: a citation of its page quoting its sentence, linked to the claim.
        Path events = tmp.resolve("events.csv");
        write(events, "id,date,kind,description\nE1,2017-03-17,adverse.arrest,Arrested leaving the office\n");
        ok("import", "--case", dir, "events", events.toString());
        ok("claims", "add", "--case", dir, "first-amendment-retaliation");
        String flagId = southOfTheBorder.get("id").asText();
        JsonNode cited = ok(
                        "flags",
                        "cite",
                        "--case",
                        dir,
                        flagId,
                        "--event",
                        "E1",
                        "--claim",
                        "first-amendment-retaliation",
                        "--json")
                .json();
        assertThat(cited.get("citation").get("quote").asText())
                .isEqualTo(southOfTheBorder.get("sentence").asText());
        assertThat(cited.get("citation").get("page").asInt()).isEqualTo(1);
        assertThat(cited.get("finding").get("elementId").asText()).isEqualTo("motive");
        JsonNode gaps = ok("claims", "gaps", "--case", dir, "--json").json();
        assertThat(gaps.toString()).contains("animus flag " + flagId);
        assertThat(Cli.run("flags", "cite", "--case", dir, "000000000000", "--event", "E1")
                        .code())
                .isEqualTo(1);

        JsonNode audit = ok("audit", "--case", dir, "--json").json();
        assertThat(audit.toString())
                .contains("redactions.export")
                .contains("flags.view")
                .contains("marks.run");
    }

    @Test
    void theStateDepartmentsProductionThroughIngest() throws Exception {
        Path corpus = STATE_DEPT.toAbsolutePath().normalize();
        Assumptions.assumeTrue(
                Files.isDirectory(corpus), "the State Department sample is not at " + corpus + ": skipped");
        String dir = tmp.resolve("case").toString();
        ok("init", "--case", dir);
        requestFor(dir, "U.S. Department of State", "F-2014-20439");
        ok("requests", "produce", "--case", dir, "F-2014-20439", corpus.toString());
        JsonNode report = ok("redactions", "--case", dir, "--json").json();
        // Its banners name B1, B5 and B6 and the classification categories 1.4(B) and 1.4(D), and nothing else.
        assertThat(texts(report.get("rows"), "exemption"))
                .containsExactly("(b)(1)", "(b)(5)", "(b)(6)", "1.4(b)", "1.4(d)");
        report.get("rows").forEach(r -> assertThat(r.get("agency").asText()).isEqualTo("U.S. Department of State"));
        long documentsWithB6 = report.get("rows").get(2).get("documents").asLong();
        long bannersWithB6 = 0;
        try (var files = Files.walk(corpus)) {
            for (Path p : files.filter(f -> f.toString().endsWith(".txt")).toList()) {
                String text = Files.readString(p, StandardCharsets.UTF_8).replaceAll("\\s+", " ");
                if (text.matches("(?s).*RELEASE IN PART ?[^a-z]{0,40}B6.*")) bannersWithB6++;
            }
        }
        assertThat(documentsWithB6).isEqualTo(bannersWithB6).isGreaterThan(10);
        assertThat(report.get("marksTotal").asLong())
                .isGreaterThan(report.get("pagesWithMarks").asLong());
    }
}
