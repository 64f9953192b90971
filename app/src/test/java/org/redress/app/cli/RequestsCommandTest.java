package org.redress.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.StreamSupport;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.redress.app.wiring.CaseFolder;
import org.redress.core.corpus.Sha256;
import org.redress.core.requests.Production;

/**
 * The requests commands end to end: real SQLite case, real ingest pipeline for productions,
 * JSON read back with Jackson. "Today" is fixed with --today so flags do not depend on the clock.
 *
 * <p>Hand-counted: FOIA received Fri 2024-03-01 → response due Fri 2024-03-29; FOIA received Fri
 * 2024-02-02 → 20 working days skipping Washington's Birthday (Mon 2024-02-19): Feb 5–9 (5), 12–16 (10),
 * 20–23 (14), Feb 26–Mar 1 (19), Mon Mar 4 (20) → 2024-03-04.
 */
class RequestsCommandTest {
    @TempDir
    Path tmp;

    Path caseDir;

    @BeforeEach
    void init() {
        caseDir = tmp.resolve("case");
        assertThat(Cli.run("init", "--case", caseDir.toString()).code()).isZero();
    }

    private Cli.Run redress(String command, String... args) {
        List<String> all = new ArrayList<>(List.of("requests", command, "--case", caseDir.toString()));
        all.addAll(List.of(args));
        return Cli.run(all.toArray(String[]::new));
    }

    private JsonNode ok(Cli.Run run) {
        assertThat(run.code()).as(run.toString()).isZero();
        return run.json();
    }

    private long addSoon() {
        return ok(redress(
                        "add",
                        "--law",
                        "us-foia",
                        "--agency",
                        "U.S. Immigration and Customs Enforcement",
                        "--office",
                        "ICE FOIA",
                        "--subject",
                        "DMV look-ups of Migrant Justice leaders",
                        "--filed",
                        "2024-02-29",
                        "--received",
                        "2024-03-01",
                        "--tracking",
                        "2024-ICFO-00001",
                        "--status",
                        "processing",
                        "--json"))
                .get("id")
                .asLong();
    }

    private long addOverdue() {
        return ok(redress(
                        "add",
                        "--law",
                        "us-foia",
                        "--agency",
                        "Department of Homeland Security",
                        "--subject",
                        "Informant reports",
                        "--filed",
                        "2024-02-01",
                        "--received",
                        "2024-02-02",
                        "--tracking",
                        "2024-HQFO-00077",
                        "--status",
                        "acknowledged",
                        "--json"))
                .get("id")
                .asLong();
    }

    private static List<String> ids(JsonNode list) {
        return StreamSupport.stream(list.get("requests").spliterator(), false)
                .map(r -> r.get("trackingNumber").asText())
                .toList();
    }

    @Test
    void addListOverdueFirstAndFilterOverdue() {
        long soon = addSoon();
        long overdue = addOverdue();
        ok(redress(
                "add",
                "--law",
                "us-vt",
                "--agency",
                "Vermont DMV",
                "--subject",
                "Emails with ICE",
                "--tracking",
                "VT-DRAFT",
                "--json"));

        JsonNode list = ok(redress("list", "--today", "2024-03-25", "--json"));
        assertThat(list.get("today").asText()).isEqualTo("2024-03-25");
        assertThat(ids(list)).containsExactly("2024-HQFO-00077", "2024-ICFO-00001", "VT-DRAFT");
        JsonNode first = list.get("requests").get(0);
        assertThat(first.get("id").asLong()).isEqualTo(overdue);
        assertThat(first.get("overdue").asBoolean()).isTrue();
        assertThat(first.get("nextDeadline").get("kind").asText()).isEqualTo("response_due");
        assertThat(first.get("nextDeadline").get("due").asText()).isEqualTo("2024-03-04");
        JsonNode second = list.get("requests").get(1);
        assertThat(second.get("id").asLong()).isEqualTo(soon);
        assertThat(second.get("overdue").asBoolean()).isFalse();
        assertThat(second.get("closingSoon").asBoolean()).isTrue();
        assertThat(second.get("nextDeadline").get("due").asText()).isEqualTo("2024-03-29");
        assertThat(list.get("requests").get(2).get("status").asText()).isEqualTo("draft");
        assertThat(list.get("requests").get(2).get("nextDeadline").isNull()).isTrue();

        JsonNode onlyOverdue = ok(redress("list", "--today", "2024-03-25", "--overdue", "--json"));
        assertThat(ids(onlyOverdue)).containsExactly("2024-HQFO-00077");
        assertThat(onlyOverdue.get("overdue").asInt()).isEqualTo(1);

        Cli.Run plain = redress("list", "--today", "2024-03-25");
        assertThat(plain.code()).isZero();
        assertThat(plain.out()).contains("OVERDUE").contains("2024-ICFO-00001");
    }

    @Test
    void showAndUpdateAndABadValueChangesNothing() {
        long id = addOverdue();
        JsonNode shown = ok(redress("show", "2024-HQFO-00077", "--today", "2024-03-25", "--json"));
        assertThat(shown.get("id").asLong()).isEqualTo(id);
        assertThat(shown.get("law").asText()).isEqualTo("us-foia");
        assertThat(shown.get("correspondence")).isEmpty();
        assertThat(shown.get("productions")).isEmpty();

        JsonNode updated = ok(redress(
                "update",
                String.valueOf(id),
                "--status",
                "denied",
                "--determined",
                "2024-03-20",
                "--fees",
                "12.50",
                "--notes",
                "Denied in full under (b)(7)(E)",
                "--today",
                "2024-03-25",
                "--json"));
        assertThat(updated.get("status").asText()).isEqualTo("denied");
        assertThat(updated.get("fees").asText()).isEqualTo("12.50");
        assertThat(updated.get("overdue").asBoolean()).isFalse();
        // determination Wed 2024-03-20 + 90 days → Tue 2024-06-18
        assertThat(updated.get("nextDeadline").get("kind").asText()).isEqualTo("appeal_window_closes");
        assertThat(updated.get("nextDeadline").get("due").asText()).isEqualTo("2024-06-18");

        Cli.Run bad = redress("update", String.valueOf(id), "--status", "appealed", "--appealed", "2024-13-01");
        assertThat(bad.code()).as(bad.toString()).isEqualTo(1);
        assertThat(bad.err()).contains("appealed").contains("2024-13-01");
        Cli.Run badStatus = redress("update", String.valueOf(id), "--status", "lost");
        assertThat(badStatus.code()).isEqualTo(1);
        assertThat(badStatus.err()).contains("fee_dispute");
        Cli.Run before = redress("update", String.valueOf(id), "--received", "2024-01-01");
        assertThat(before.code()).isEqualTo(1);
        assertThat(before.err()).contains("received");

        JsonNode after = ok(redress("show", String.valueOf(id), "--json"));
        assertThat(after.get("status").asText()).isEqualTo("denied");
        assertThat(after.get("appealed").isNull()).isTrue();
        assertThat(after.get("received").asText()).isEqualTo("2024-02-02");

        Cli.Run missing = redress("show", "999");
        assertThat(missing.code()).isEqualTo(1);
        assertThat(missing.err()).contains("no request '999'");
        Cli.Run badAdd = redress("add", "--law", "us-xx", "--agency", "A", "--subject", "S");
        assertThat(badAdd.code()).isEqualTo(1);
        assertThat(badAdd.err()).contains("law").contains("us-foia");
        assertThat(ok(redress("list", "--json")).get("total").asInt()).isEqualTo(1);
    }

    @Test
    void correspondenceKeepsItsAttachmentAsAnOriginal() throws IOException {
        long id = addSoon();
        Path letter = tmp.resolve("acknowledgment.txt");
        Files.writeString(letter, "We received your request on March 1.");
        JsonNode c = ok(redress(
                "correspond",
                String.valueOf(id),
                "--date",
                "2024-03-04",
                "--direction",
                "in",
                "--kind",
                "acknowledgment",
                "--summary",
                "Acknowledged, tracking 2024-ICFO-00001",
                letter.toString(),
                "--json"));
        String sha = Sha256.of(Files.readAllBytes(letter));
        assertThat(c.get("attachments").get(0).get("sha256").asText()).isEqualTo(sha);
        try (CaseFolder folder = CaseFolder.open(caseDir);
                InputStream in = folder.blobs().open(sha)) {
            assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8))
                    .isEqualTo("We received your request on March 1.");
        }
        JsonNode shown = ok(redress("show", String.valueOf(id), "--json"));
        assertThat(shown.get("correspondence").get(0).get("kind").asText()).isEqualTo("acknowledgment");
        assertThat(shown.get("correspondence").get(0).get("direction").asText()).isEqualTo("in");

        Cli.Run bad = redress("correspond", String.valueOf(id), "--date", "2024-03-05", "--direction", "sideways");
        assertThat(bad.code()).isEqualTo(1);
        assertThat(ok(redress("show", String.valueOf(id), "--json")).get("correspondence"))
                .hasSize(1);
    }

    @Test
    void aProductionIsIngestedAsASourceLinkedToTheRequest() throws IOException {
        long id = addSoon();
        Path production = Files.createDirectories(tmp.resolve("release-1"));
        Files.writeString(
                production.resolve("memo.txt"),
                "Memo: the DMV shared the photographs of the organizers with ICE agents.");
        Files.writeString(
                production.resolve("email.txt"),
                "From the field office: surveillance of the press conference at the statehouse.");

        Cli.Run badBates = redress("produce", String.valueOf(id), "--bates", "nonsense", production.toString());
        assertThat(badBates.code()).as(badBates.toString()).isEqualTo(1);
        assertThat(badBates.err()).contains("Bates");

        JsonNode produced = ok(redress(
                "produce",
                "2024-ICFO-00001",
                "--received",
                "2024-04-02",
                "--bates",
                "ICE-2024-000001-ICE-2024-000010",
                "--exemptions",
                "(b)(6);(b)(7)(C)",
                production.toString(),
                "--json"));
        JsonNode p = produced.get("production");
        assertThat(p.get("number").asInt()).isEqualTo(1);
        assertThat(p.get("source").get("name").asText()).isEqualTo("2024-ICFO-00001 production 1");
        assertThat(p.get("bates").get("from").asText()).isEqualTo("ICE-2024-000001");
        assertThat(p.get("bates").get("to").asText()).isEqualTo("ICE-2024-000010");
        assertThat(p.get("exemptions")).extracting(JsonNode::asText).containsExactly("(b)(6)", "(b)(7)(C)");
        assertThat(p.get("documents").asInt()).isEqualTo(2);
        assertThat(p.get("search").asText()).isEqualTo("source:\"2024-ICFO-00001 production 1\"");
        assertThat(produced.get("ingest").get("filesNew").asInt()).isEqualTo(2);
        assertThat(badBates.code()).isEqualTo(1);

        JsonNode shown = ok(redress("show", String.valueOf(id), "--json"));
        JsonNode listed = shown.get("productions").get(0);
        assertThat(listed.get("received").asText()).isEqualTo("2024-04-02");
        String memoId = Sha256.of(Files.readAllBytes(production.resolve("memo.txt")));
        assertThat(listed.get("documentIds")).extracting(JsonNode::asText).contains(memoId);

        // the documents of the source know their request
        try (CaseFolder folder = CaseFolder.open(caseDir)) {
            assertThat(folder.requests().productionsOfDocument(memoId))
                    .extracting(Production::requestId)
                    .containsExactly(id);
        }
        // and the corpus finds them by the source name
        Cli.Run search =
                Cli.run("search", "--case", caseDir.toString(), "source:\"2024-ICFO-00001 production 1\"", "--json");
        assertThat(search.code()).as(search.toString()).isZero();
        assertThat(search.json().get("total").asInt()).isEqualTo(2);

        // a second release becomes production 2
        Path second = Files.createDirectories(tmp.resolve("release-2"));
        Files.writeString(second.resolve("index.txt"), "Vaughn index of withheld pages.");
        JsonNode again = ok(redress("produce", String.valueOf(id), second.toString(), "--json"));
        assertThat(again.get("production").get("source").get("name").asText())
                .isEqualTo("2024-ICFO-00001 production 2");
        assertThat(again.get("production").get("bates").isNull()).isTrue();
    }

    @Test
    void aProduceInterruptedAfterTheIngestIsFinishedByRunningItAgain() throws IOException {
        long id = addSoon();
        Path production = Files.createDirectories(tmp.resolve("release"));
        Files.writeString(production.resolve("memo.txt"), "Memo about the informant.");
        // as if produce had crashed after ingesting but before recording the production
        Cli.Run ingest = Cli.run(
                "ingest",
                "--case",
                caseDir.toString(),
                "--source",
                "2024-ICFO-00001 production 1",
                "--json",
                production.toString());
        assertThat(ingest.code()).as(ingest.toString()).isZero();

        JsonNode again = ok(redress("produce", String.valueOf(id), production.toString(), "--json"));
        assertThat(again.get("production").get("source").get("name").asText())
                .isEqualTo("2024-ICFO-00001 production 1");
        assertThat(again.get("production").get("documents").asInt()).isEqualTo(1);
        assertThat(again.get("ingest").get("nothingNew").asBoolean()).isTrue();
        assertThat(ok(redress("show", String.valueOf(id), "--json")).get("productions"))
                .hasSize(1);
    }

    @Test
    void theCalendarIsValidICalendar() throws IOException {
        addSoon();
        addOverdue();
        Cli.Run run = redress("calendar", "--today", "2024-03-25");
        assertThat(run.code()).as(run.toString()).isZero();
        String ics = run.out();
        assertThat(ics).startsWith("BEGIN:VCALENDAR\r\n").endsWith("END:VCALENDAR\r\n");
        assertThat(ics.replace("\r\n", "")).doesNotContain("\n").doesNotContain("\r");
        String[] lines = ics.split("\r\n");
        int depth = 0;
        List<String> starts = new ArrayList<>();
        List<String> uids = new ArrayList<>();
        for (String line : lines) {
            assertThat(line.getBytes(StandardCharsets.UTF_8).length).as(line).isLessThanOrEqualTo(75);
            if (line.startsWith("BEGIN:")) depth++;
            if (line.startsWith("END:")) depth--;
            assertThat(depth).isGreaterThanOrEqualTo(0);
            if (line.startsWith("DTSTART")) starts.add(line);
            if (line.startsWith("UID:")) uids.add(line);
        }
        assertThat(depth).isZero();
        assertThat(ics).contains("VERSION:2.0", "PRODID:");
        // unfold (RFC 5545 §3.1) before reading values
        String unfolded = ics.replace("\r\n ", "");
        assertThat(unfolded.split("BEGIN:VEVENT", -1)).hasSize(starts.size() + 1);
        assertThat(starts).contains("DTSTART;VALUE=DATE:20240329", "DTSTART;VALUE=DATE:20240304");
        assertThat(unfolded).contains("DTEND;VALUE=DATE:20240330");
        assertThat(uids).doesNotHaveDuplicates();
        assertThat(unfolded).containsPattern("DTSTAMP:\\d{8}T\\d{6}Z");
        assertThat(unfolded)
                .contains("SUMMARY:Response due: 2024-ICFO-00001 (U.S. Immigration and Customs Enforcement)");
        // line breaks in DESCRIPTION are escaped as \n, never raw
        assertThat(unfolded).contains("\\nStatus: processing");

        Path file = tmp.resolve("deadlines.ics");
        assertThat(redress("calendar", "--output", file.toString()).code()).isZero();
        assertThat(Files.readString(file)).startsWith("BEGIN:VCALENDAR\r\n");
    }

    @Test
    void csvHasAHeaderAndQuotesWhatNeedsIt() {
        ok(redress(
                "add",
                "--law",
                "us-foia",
                "--agency",
                "Customs, Border Protection",
                "--subject",
                "The \"Operation\" files",
                "--received",
                "2024-03-01",
                "--status",
                "processing",
                "--tracking",
                "=HYPERLINK(1)",
                "--json"));
        Cli.Run run = redress("export", "--format", "csv", "--today", "2024-03-25");
        assertThat(run.code()).as(run.toString()).isZero();
        String[] rows = run.out().split("\r\n");
        assertThat(rows[0])
                .isEqualTo(
                        "\"id\",\"tracking_number\",\"law\",\"agency\",\"office\",\"subject\",\"status\",\"filed\","
                                + "\"received\",\"next_deadline\",\"next_deadline_kind\",\"overdue\",\"closing_soon\",\"fees\",\"productions\"");
        assertThat(rows[1])
                .isEqualTo(
                        "1,\"'=HYPERLINK(1)\",\"us-foia\",\"Customs, Border Protection\",\"\",\"The \"\"Operation\"\" files\","
                                + "\"processing\",\"\",\"2024-03-01\",\"2024-03-29\",\"response_due\",\"false\",\"true\",\"\",0");
        assertThat(redress("export", "--format", "xlsx").code()).isEqualTo(1);
    }

    @Test
    void lettersCiteTheStatuteAndIncludeTheFeeWaiverWhenAsked() throws IOException {
        long id = addSoon();
        Cli.Run plain = redress("letter", String.valueOf(id), "--date", "2024-02-29", "--requester", "Migrant Justice");
        assertThat(plain.code()).as(plain.toString()).isZero();
        assertThat(plain.out())
                .contains("5 U.S.C. § 552")
                .contains("DMV look-ups of Migrant Justice leaders")
                .contains("ICE FOIA")
                .contains("2024-02-29")
                .contains("Migrant Justice")
                .doesNotContain("552(a)(4)(A)(iii)")
                .doesNotContain("{{")
                .doesNotContain("[[");

        Cli.Run waiver = redress("letter", String.valueOf(id), "--fee-waiver", "--expedited", "--json");
        String text = ok(waiver).get("text").asText();
        assertThat(text)
                .contains("waiver of all fees under 5 U.S.C. § 552(a)(4)(A)(iii)")
                .contains("552(a)(6)(E)");

        Path docx = tmp.resolve("letter.docx");
        assertThat(redress(
                                "letter",
                                String.valueOf(id),
                                "--fee-waiver",
                                "--format",
                                "docx",
                                "--output",
                                docx.toString())
                        .code())
                .isZero();
        try (XWPFDocument doc = new XWPFDocument(Files.newInputStream(docx));
                XWPFWordExtractor x = new XWPFWordExtractor(doc)) {
            assertThat(x.getText()).contains("5 U.S.C. § 552(a)(4)(A)(iii)");
        }

        String[][] laws = {
            {"us-vt", "1 V.S.A. § 318"},
            {"us-ny", "Public Officers Law § 89(3)(a)"},
            {"us-ca", "Government Code § 7922.535"},
            {"us-wa", "RCW 42.56.520"},
            {"us-co", "C.R.S. § 24-72-203(3)(b)"}
        };
        for (String[] law : laws) {
            long state = ok(redress(
                            "add", "--law", law[0], "--agency", "State agency", "--subject", "Records", "--json"))
                    .get("id")
                    .asLong();
            Cli.Run run = redress("letter", String.valueOf(state), "--fee-waiver");
            assertThat(run.code()).as(run.toString()).isZero();
            assertThat(run.out())
                    .as(law[0])
                    .contains(law[1])
                    .contains("waive")
                    .doesNotContain("{{")
                    .doesNotContain("[[")
                    .doesNotContain("\n\n\n");
        }
    }
}
