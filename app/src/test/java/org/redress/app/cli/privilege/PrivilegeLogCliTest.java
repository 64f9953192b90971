package org.redress.app.cli.privilege;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.redress.app.cli.Cli;
import org.redress.core.corpus.Sha256;

/**
 * {@code redress privilege log} on the demo case with an email, a PDF and a finding's note marked: one line each, in
 * CSV, JSON and Word, with the email's date, sender and recipients, and the export in the audit log without its bases.
 */
class PrivilegeLogCliTest {
    private static final String BASIS = "Advice of counsel on the Quintero arrest";

    @TempDir
    static Path tmp;

    static Path caseDir;
    static String email;
    static String memo;

    @BeforeAll
    static void aDemoCaseWithThreeMarks() throws Exception {
        caseDir = tmp.resolve("case");
        Path production = tmp.resolve("demo");
        ok(Cli.demoCase(caseDir, production));
        email = Sha256.of(production.resolve("001-dmv-to-ice.eml"));
        memo = Sha256.of(production.resolve("003-field-office-memo.pdf"));
        String c = caseDir.toString();
        ok(Cli.run("privilege", "mark", email, "--kind", "attorney-client", "--reason", BASIS, "--case", c));
        ok(Cli.run("privilege", "mark", memo.substring(0, 8), "--kind", "work_product", "--case", c));
        Path events = tmp.resolve("events.csv");
        Files.writeString(events, "id,date,kind,description\nvigil,2017-03-17,protected.march,The vigil\n");
        ok(Cli.run("import", "events", "--case", c, events.toString()));
        ok(Cli.run("claims", "add", "--case", c, "first-amendment-retaliation"));
        long finding = ok(Cli.run(
                        "claims",
                        "link",
                        "--case",
                        c,
                        "first-amendment-retaliation",
                        "knowledge",
                        "--event",
                        "vigil",
                        "--note",
                        "counsel's theory",
                        "--json"))
                .json()
                .get("id")
                .asLong();
        ok(Cli.run("privilege", "mark", "--finding", Long.toString(finding), "--kind", "work-product", "--case", c));
    }

    private static Cli.Run ok(Cli.Run r) {
        assertThat(r.code()).as(r.err()).isZero();
        return r;
    }

    @Test
    void theJsonLogHasALinePerMarkWithTheEmailsDateSenderAndRecipients() {
        JsonNode entries = ok(Cli.run("privilege", "log", "--format", "json", "--case", caseDir.toString()))
                .json()
                .get("entries");
        assertThat(entries).hasSize(3);
        JsonNode mail = find(entries, email);
        assertThat(mail.get("number").asInt()).isBetween(1, 3);
        assertThat(mail.get("type").asText()).isEqualTo("email");
        assertThat(mail.get("date").asText()).matches("\\d{4}-\\d{2}-\\d{2}");
        assertThat(mail.get("author").asText()).contains("@");
        assertThat(mail.get("recipients")).isNotEmpty();
        assertThat(mail.get("foundAs").asText()).isEqualTo("demo/001-dmv-to-ice.eml");
        assertThat(mail.get("privilege").asText()).isEqualTo("attorney-client");
        assertThat(mail.get("basis").asText()).isEqualTo(BASIS);
        JsonNode pdf = find(entries, memo);
        assertThat(pdf.get("type").asText()).isEqualTo("application/pdf");
        assertThat(pdf.get("privilege").asText()).isEqualTo("work-product");
        JsonNode note = entries.get(2);
        assertThat(note.get("target").asText()).isEqualTo("finding");
        assertThat(note.get("foundAs").asText()).startsWith("claim ");
    }

    @Test
    void theCsvAndTheWordLogSayTheSameAndTheAuditKeepsNoBasis() throws Exception {
        Cli.Run csv = ok(Cli.run("privilege", "log", "--case", caseDir.toString()));
        try (CSVParser p = CSVParser.parse(
                csv.out(),
                CSVFormat.DEFAULT
                        .builder()
                        .setHeader()
                        .setSkipHeaderRecord(true)
                        .get())) {
            var records = p.getRecords();
            assertThat(p.getHeaderNames()).containsExactlyElementsOf(org.redress.app.export.PrivilegeLogExport.HEADER);
            assertThat(records).hasSize(3);
            CSVRecord mail = records.stream()
                    .filter(r -> r.get("id").equals(email))
                    .findFirst()
                    .orElseThrow();
            assertThat(mail.get("basis")).isEqualTo(BASIS);
            assertThat(mail.get("recipients")).isNotBlank();
        }
        Path docx = tmp.resolve("privilege-log.docx");
        Cli.Run word = ok(Cli.run(
                "privilege", "log", "--format", "DOCX", "--output", docx.toString(), "--case", caseDir.toString()));
        assertThat(word.err()).contains("Wrote 3 entries");
        try (InputStream in = Files.newInputStream(docx);
                XWPFWordExtractor text = new XWPFWordExtractor(new XWPFDocument(in))) {
            assertThat(text.getText())
                    .contains(
                            "Privilege log", "3 items withheld", BASIS, "Attorney work product", "001-dmv-to-ice.eml");
        }
        assertThat(Cli.run("privilege", "log", "--format", "docx", "--case", caseDir.toString())
                        .code())
                .isEqualTo(1); // a Word file needs --output
        assertThat(Cli.run("privilege", "log", "--format", "pdf", "--case", caseDir.toString())
                        .err())
                .contains("csv, docx or json");
        String audit =
                ok(Cli.run("audit", "--json", "--case", caseDir.toString())).out();
        assertThat(audit).contains("privilege log format=DOCX 3 entries").doesNotContain("Quintero arrest");
    }

    private static JsonNode find(JsonNode entries, String id) {
        for (JsonNode e : entries) if (e.get("id").asText().equals(id)) return e;
        throw new AssertionError("no entry for " + id);
    }
}
