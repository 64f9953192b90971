package org.redress.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The group's own words in the agency's files, end to end through the real command line: a public flyer and private
 * meeting notes ingested as references, a production of emails quoting them (one OCR-damaged, one dated before the
 * flyer), one that only discusses the subject, and a re-release with another exemption mark.
 */
class ReuseCommandsTest {
    static final String FLYER = "Neighbors of the Riverside Tenants Union will gather on Saturday at the old cannery to"
            + " plan a march against the new detention contract. We ask every family who has lost a member to the raids"
            + " to bring a photograph, and we will read their names aloud on the steps of the county building before"
            + " the commissioners vote on Tuesday morning.";
    static final String NOTES = "Notes of the closed meeting. Graciela proposed that the coalition ask for a public"
            + " hearing on the agreement with immigration, and that volunteers go with the families to the Olmedo"
            + " court every Thursday, telling the press nothing until the lawyer has reviewed the sworn statements of"
            + " the witnesses and the list of people who will speak.";

    @TempDir
    static Path tmp;

    static Path caseDir;

    @BeforeAll
    static void buildCase() throws Exception {
        caseDir = tmp.resolve("case");
        Path flyers = Files.createDirectories(tmp.resolve("flyers"));
        Path minutes = Files.createDirectories(tmp.resolve("minutes"));
        Path production = Files.createDirectories(tmp.resolve("production"));
        Files.writeString(flyers.resolve("march-flyer.txt"), FLYER);
        Files.writeString(minutes.resolve("meeting-2017-01-05.txt"), NOTES);
        email(
                production.resolve("1-report.eml"),
                "Field report",
                "Mon, 9 Jan 2017 10:00:00 +0000",
                "Source reports the following from a closed meeting:\n\n"
                        + NOTES.replace("hearing", "heanng")
                                .replace("volunteers", "vo1unteers")
                                .replace("witnesses", "witnessec")
                        + "\n\nEnd of report.");
        email(
                production.resolve("2-early.eml"),
                "Flyer copy",
                "Thu, 1 Dec 2016 10:00:00 +0000",
                "Copy of flyer seen online:\n" + FLYER.toUpperCase(java.util.Locale.ROOT) + "\nNo action needed.");
        email(
                production.resolve("3-subject.eml"),
                "Summary",
                "Tue, 10 Jan 2017 10:00:00 +0000",
                "Commissioners vote Tuesday on the detention contract. The tenants union wants a public hearing;"
                        + " volunteers go to court on Thursdays. A march is likely near the county building.");
        String memo = "Memorandum to headquarters. The subject attended the vigil with about forty people and spoke"
                + " against the detention contract. Her vehicle registration (b)(6) was checked through the motor"
                + " vehicle database and the address forwarded to the field unit for follow up next week.";
        Files.writeString(production.resolve("4-memo.txt"), memo);
        Path rerelease = Files.createDirectories(tmp.resolve("rerelease"));
        Files.writeString(
                rerelease.resolve("4-memo-again.txt"),
                memo.replace("the field unit", "(b)(7)(C)").replace("Memorandum", "MEMORANDUM"));

        assertThat(Cli.run("init", "--case", caseDir.toString()).code()).isZero();
        assertThat(Cli.run("ingest", "--case", caseDir.toString(), "--json", production.toString())
                        .code())
                .isZero();
        // References after the production: standing comparison compares the new references with the old records.
        assertOk(Cli.run(
                "ingest",
                "--case",
                caseDir.toString(),
                "--reference",
                "--received",
                "2017-01-03",
                "--source",
                "flyers",
                flyers.toString()));
        assertOk(Cli.run(
                "ingest",
                "--case",
                caseDir.toString(),
                "--reference",
                "--private",
                "--received",
                "2017-01-05",
                "--source",
                "minutes",
                minutes.toString()));
        assertOk(Cli.run("ingest", "--case", caseDir.toString(), "--source", "rerelease", rerelease.toString()));
    }

    private static void assertOk(Cli.Run run) {
        assertThat(run.code()).as(run.toString()).isZero();
    }

    private static void email(Path file, String subject, String date, String body) throws Exception {
        Files.writeString(
                file,
                "From: clerk@dmv.example.gov\r\nTo: agent@ice.example.gov\r\nSubject: " + subject
                        + "\r\nDate: " + date + "\r\nMessage-ID: <" + file.getFileName() + "@dmv.example.gov>\r\n"
                        + "Content-Type: text/plain; charset=utf-8\r\n\r\n" + body.replace("\n", "\r\n") + "\r\n",
                StandardCharsets.UTF_8);
    }

    private static List<JsonNode> matches() {
        Cli.Run run = Cli.run("reuse", "--case", caseDir.toString(), "--json");
        assertOk(run);
        List<JsonNode> out = new ArrayList<>();
        run.json().get("matches").forEach(out::add);
        return out;
    }

    @Test
    void reusePrintsEveryPassageWithTheIssuesFieldsExactBoundsAndWhatTheDatesShow() {
        List<JsonNode> found = matches();
        assertThat(found).hasSize(2);
        assertThat(found.get(0).fieldNames())
                .toIterable()
                .containsExactly(
                        "referenceDocumentId",
                        "referencePath",
                        "referenceStart",
                        "referenceEnd",
                        "documentId",
                        "path",
                        "page",
                        "start",
                        "end",
                        "words",
                        "similarity",
                        "kind",
                        "private",
                        "referenceDate",
                        "recordDate",
                        "privateBeforeRecord",
                        "datesInconsistent");

        JsonNode report = found.stream()
                .filter(m -> m.get("private").asBoolean())
                .findFirst()
                .orElseThrow();
        assertThat(report.get("path").asText()).contains("1-report.eml");
        assertThat(report.get("kind").asText()).isEqualTo("near");
        assertThat(report.get("referenceDate").asText()).isEqualTo("2017-01-05");
        assertThat(report.get("recordDate").asText()).isEqualTo("2017-01-09");
        assertThat(report.get("privateBeforeRecord").asBoolean()).isTrue();
        assertThat(report.get("datesInconsistent").asBoolean()).isFalse();
        assertThat(NOTES.substring(
                        report.get("referenceStart").asInt(),
                        report.get("referenceEnd").asInt()))
                .isEqualTo(NOTES.substring(0, NOTES.length() - 1));

        JsonNode early = found.stream()
                .filter(m -> !m.get("private").asBoolean())
                .findFirst()
                .orElseThrow();
        assertThat(early.get("path").asText()).contains("2-early.eml");
        assertThat(early.get("kind").asText()).isEqualTo("verbatim");
        assertThat(early.get("words").asInt()).isEqualTo(FLYER.split(" ").length);
        assertThat(early.get("datesInconsistent").asBoolean()).isTrue();
        assertThat(early.get("privateBeforeRecord").asBoolean()).isFalse();
        // The record that only discusses the subject is not among them.
        assertThat(found).noneMatch(m -> m.get("path").asText().contains("3-subject"));
    }

    @Test
    void theExhibitLeavesPrivateReferencesOutUnlessAsked() throws Exception {
        Path out = tmp.resolve("exhibit.docx");
        assertOk(Cli.run("export", "reuse", "--case", caseDir.toString(), "--output", out.toString()));
        String text = docxText(out);
        assertThat(text).contains("Our words", "Their record", "Citation", "2-early.eml, p. 1");
        assertThat(text).doesNotContain("Graciela");

        assertOk(Cli.run(
                "export", "reuse", "--case", caseDir.toString(), "--output", out.toString(), "--include-private"));
        assertThat(docxText(out)).contains("Graciela", "(private)", "on or after the private meeting");
    }

    @Test
    void aPrivateReferenceSourcesManifestIsNotExportedUnlessAsked() {
        Cli.Run refused = Cli.run("export", "manifest", "--case", caseDir.toString(), "--source", "minutes");
        assertThat(refused.code()).isEqualTo(1);
        assertThat(refused.err()).contains("--include-private");
        assertOk(Cli.run(
                "export", "manifest", "--case", caseDir.toString(), "--source", "minutes", "--include-private"));
    }

    @Test
    void statusTellsTheReferenceSourcesApart() {
        JsonNode refs =
                Cli.run("status", "--case", caseDir.toString(), "--json").json().get("referenceSources");
        assertThat(refs).hasSize(2);
        assertThat(refs.get(1).get("name").asText()).isEqualTo("minutes");
        assertThat(refs.get(1).get("private").asBoolean()).isTrue();
    }

    @Test
    void recordsCannotBeAddedToAReferenceSourceNorReferencesToAProduction() {
        Cli.Run intoReference = Cli.run(
                "ingest",
                "--case",
                caseDir.toString(),
                "--source",
                "flyers",
                tmp.resolve("production").toString());
        assertThat(intoReference.code()).isEqualTo(1);
        assertThat(intoReference.err()).contains("--reference");
        Cli.Run intoProduction = Cli.run(
                "ingest",
                "--case",
                caseDir.toString(),
                "--reference",
                "--source",
                "production",
                tmp.resolve("flyers").toString());
        assertThat(intoProduction.code()).isEqualTo(1);
        assertThat(Cli.run("reuse", "--case", caseDir.toString(), "--min-words", "3")
                        .code())
                .isEqualTo(1);
    }

    @Test
    void nearDuplicatesGroupTheReReleaseAndShowTheMarkItAdded() {
        Cli.Run run = Cli.run("near-duplicates", "--case", caseDir.toString(), "--json");
        assertOk(run);
        JsonNode groups = run.json().get("groups");
        assertThat(groups).hasSize(1);
        JsonNode change = groups.get(0).get("changes").get(0);
        assertThat(change.get("added")).extracting(JsonNode::asText).containsExactly("(b)(7)(C)");
        assertThat(change.get("removed")).isEmpty();
        assertThat(groups.get(0).get("documents").get(0).get("path").asText()).contains("4-memo.txt");
    }

    private static String docxText(Path file) throws Exception {
        try (XWPFDocument d = new XWPFDocument(Files.newInputStream(file))) {
            StringBuilder b = new StringBuilder();
            d.getParagraphs().forEach(p -> b.append(p.getText()).append('\n'));
            d.getTables().forEach(t -> b.append(t.getText()).append('\n'));
            return b.toString();
        }
    }
}
