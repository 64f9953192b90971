package org.redress.app.casemodel;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.redress.app.cli.Cli;
import org.redress.app.export.TimelineChart;

/** The case-model commands end to end, through the real command line on a real case folder. */
class CaseModelCliTest {
    @TempDir
    Path tmp;

    static Cli.Run ok(String... args) {
        Cli.Run r = Cli.run(args);
        assertThat(r.code()).as(r.toString()).isZero();
        return r;
    }

    @Test
    void importsPeopleAndEventsWithAliasesCitationsAndParts() throws Exception {
        SmallCase c = SmallCase.create(tmp);
        JsonNode people = ok(
                        "import",
                        "--case",
                        c.dir.toString(),
                        "--json",
                        "people",
                        c.peopleCsv().toString())
                .json();
        assertThat(people.get("people").asInt()).isEqualTo(4);
        assertThat(people.get("organisations").asInt()).isEqualTo(2);
        JsonNode events = ok(
                        "import",
                        "--case",
                        c.dir.toString(),
                        "--json",
                        "events",
                        c.eventsCsv().toString())
                .json();
        assertThat(events.get("eventIds").toString()).isEqualTo("[\"E1\",\"E2\",\"E3\",\"E4\",\"E5\"]");

        JsonNode chron =
                ok("chronology", "--case", c.dir.toString(), "--format", "json").json();
        JsonNode e2 = chron.get("events").get(2);
        assertThat(e2.get("id").asText()).isEqualTo("E2");
        assertThat(e2.get("date").asText()).isEqualTo("2017-03-17T07:30");
        assertThat(e2.get("people").asText())
                .isEqualTo("Enrique Balcázar; " + SmallCase.HOSTILE + " (actor)"); // alias resolved
        assertThat(e2.get("sources").get(0).asText()).isEqualTo("doc " + c.docId.substring(0, 12) + ", p. 2");
        assertThat(e2.get("disputed").asBoolean()).isTrue();
        // months sort before days of the month
        assertThat(chron.get("events").findValuesAsText("id")).containsExactly("E3", "E1", "E2", "E4", "E5");
    }

    @Test
    void badRowsAreReportedByLineAndFieldAndNothingIsImported() throws Exception {
        SmallCase c = SmallCase.imported(tmp);
        Path bad = c.write("bad.csv", """
                date,kind,people,description,source
                2017-05-01,protected.protest,Zully Palacios,fine row,
                2017-02-30,adverse.arrest,Zully Palacios,no such day,
                2017-05-02,adverse.arest,Zully Palacios,typo in the kind,
                2017-05-03,adverse.arrest,Nobody Known,unknown person,
                2017-05-04,adverse.arrest,Zully Palacios,missing page,%s#p9
                2017-05-05,adverse.arrest,Zully Palacios,too many,,,
                """.formatted(c.docId.substring(0, 8)));
        Cli.Run r = Cli.run("import", "--case", c.dir.toString(), "events", bad.toString());
        assertThat(r.code()).as(r.toString()).isEqualTo(1);
        assertThat(r.err())
                .contains("nothing was imported")
                .contains("line 3, field date: '2017-02-30' is not a date: February 2017 has 28 days")
                .contains("line 4, field kind: 'adverse.arest' is not a known event kind; did you mean adverse.arrest")
                .contains("line 5, field people: 'Nobody Known' is neither a person nor an organisation")
                .contains("line 6, field source: document " + c.docId.substring(0, 12)
                        + " has 2 pages; there is no page 9")
                .contains("line 7: the row has 7 fields but the header has 5");
        assertThat(r.err()).doesNotContain("line 2");
        JsonNode chron =
                ok("chronology", "--case", c.dir.toString(), "--format", "json").json();
        assertThat(chron.get("events")).hasSize(5); // the good row was not imported either, the old ones are all there

        Path broken = c.write(
                "broken.csv", "name,aliases,role,organisation,leader\nAna,,subject,MJ,yes\n\"Bo,,subject,MJ,no\n");
        Cli.Run b = Cli.run("import", "--case", c.dir.toString(), "people", broken.toString());
        assertThat(b.code()).as(b.toString()).isEqualTo(1);
        assertThat(b.err()).contains("line 3: the row cannot be read as CSV");
        Path badPeople = c.write("badpeople.csv", "name,aliases,role,organisation,leader\nAna,,boss,MJ,perhaps\n");
        assertThat(Cli.run("import", "--case", c.dir.toString(), "people", badPeople.toString())
                        .err())
                .contains("line 2, field role: 'boss' is not a role")
                .contains("line 2, field leader: 'perhaps' is not yes or no");
        assertThat(ok("chronology", "--case", c.dir.toString(), "--format", "csv")
                        .out())
                .doesNotContain("Ana,");
    }

    @Test
    void kindsAreTypedInAnySpellingOfTheirWordsAndStoredUnderTheirCode() throws Exception {
        SmallCase c = SmallCase.imported(tmp);
        Files.writeString(c.dir.resolve("kinds.txt"), "# the case's own\nProtected.Candle Vigil\n");
        Path csv = c.write("spelled.csv", """
                id,date,kind,people,description
                S1,2017-05-01,protected.public-statement,Zully Palacios,hyphen
                S2,2017-05-02,"\tPROTECTED.PUBLIC STATEMENT ",Zully Palacios,capitals and spaces
                S3,2017-05-03,protected.candle-vigil,Zully Palacios,the case's own kind
                """);
        ok("import", "--case", c.dir.toString(), "events", csv.toString());
        Path json = c.write("spelled.json", """
                [{"id": "S4", "date": "2017-05-04", "kind": "Adverse.Traffic Stop", "people": ["Zully Palacios"]}]""");
        ok("import", "--case", c.dir.toString(), "events", json.toString());
        JsonNode chron = ok("chronology", "--case", c.dir.toString(), "--format", "json", "--person", "Zully Palacios")
                .json();
        List<String> kinds = new ArrayList<>();
        for (JsonNode e : chron.get("events")) {
            if (e.get("id").asText().startsWith("S"))
                kinds.add(e.get("id").asText() + " " + e.get("kind").asText());
        }
        assertThat(kinds)
                .containsExactly(
                        "S1 protected.public_statement",
                        "S2 protected.public_statement",
                        "S3 protected.candle_vigil",
                        "S4 adverse.traffic_stop");

        Path typo = c.write("typo.csv", "date,kind,people\n2017-05-05,protected.publc_statement,Zully Palacios\n");
        Cli.Run refused = Cli.run("import", "--case", c.dir.toString(), "events", typo.toString());
        assertThat(refused.code()).as(refused.toString()).isEqualTo(1);
        assertThat(refused.err())
                .contains("line 2, field kind: 'protected.publc_statement' is not a known event kind; "
                        + "did you mean protected.public_statement");

        // the --kind option of analyze rates reads kinds the same way
        String arrests = ok(
                        "analyze",
                        "rates",
                        "--case",
                        c.dir.toString(),
                        "--benchmark-rate",
                        "0.1",
                        "--kind",
                        "adverse.arrest",
                        "--json")
                .out();
        assertThat(ok(
                                "analyze",
                                "rates",
                                "--case",
                                c.dir.toString(),
                                "--benchmark-rate",
                                "0.1",
                                "--kind",
                                "Adverse.ARREST",
                                "--json")
                        .out())
                .isEqualTo(arrests);
        assertThat(Cli.run(
                                "analyze",
                                "rates",
                                "--case",
                                c.dir.toString(),
                                "--benchmark-rate",
                                "0.1",
                                "--kind",
                                "adverse.arest")
                        .err())
                .contains("'adverse.arest' is not a known event kind; did you mean adverse.arrest");

        // two spellings of one of the case's own kinds: the case says which lines, and nothing is imported
        Files.writeString(c.dir.resolve("kinds.txt"), "protected.sit_in\n\nProtected.Sit-In\n");
        Path sitIn = c.write("sitin.csv", "date,kind,people\n2017-05-06,protected.sit_in,Zully Palacios\n");
        Cli.Run twice = Cli.run("import", "--case", c.dir.toString(), "events", sitIn.toString());
        assertThat(twice.code()).as(twice.toString()).isEqualTo(1);
        assertThat(twice.err())
                .contains(
                        "kinds.txt line 3: 'Protected.Sit-In' and 'protected.sit_in' are the same kind protected.sit_in");
        assertThat(ok("chronology", "--case", c.dir.toString(), "--format", "json")
                        .json()
                        .get("events"))
                .hasSize(9);
    }

    @Test
    void jsonImportTakesWitnessStatementsAndOutsideSourcesAndRefusesAMissingPage() throws Exception {
        SmallCase c = SmallCase.imported(tmp);
        Path good = c.write("events.json", """
                [{"id": "W1", "date": "2017-03-17", "time": "17:05", "kind": "adverse.threat",
                  "people": [{"name": "Zully Palacios", "part": "target"}, {"name": "Kike", "part": "witness"}],
                  "description": "Agent said we know who you are", "disputed": true,
                  "citations": [{"type": "witness", "witness": "Kike", "saw": "an agent stopping Zully", "when": "17:05",
                                 "where": "Main St", "words": "we know who you are", "vehicles": "grey SUV VT ABC123", "badges": "4411"},
                                {"type": "outside", "url": "https://example.org/a", "title": "Seven Days", "date": "2017-03-18"},
                                {"type": "document", "document": "%s", "page": 1, "quote": "Balcazar"}]}]
                """.formatted(c.docId));
        ok("import", "--case", c.dir.toString(), "events", good.toString());
        JsonNode chron = ok("chronology", "--case", c.dir.toString(), "--format", "json", "--person", "Zully Palacios")
                .json();
        JsonNode w1 = chron.get("events").get(0);
        assertThat(w1.get("id").asText()).isEqualTo("W1");
        assertThat(w1.get("sources").toString())
                .contains(
                        "statement of Kike (17:05)",
                        "Seven Days (2017-03-18), https://example.org/a",
                        "doc " + c.docId.substring(0, 12) + ", p. 1");
        assertThat(chron.get("events").findValuesAsText("id")).containsExactly("W1", "E4");

        Path missing = c.write("missing.json", """
                [{"date": "2017-06-01", "kind": "adverse.arrest", "people": ["Zully Palacios"],
                  "citations": [{"document": "%s", "page": 3}]}]
                """.formatted(c.docId));
        Cli.Run r = Cli.run("import", "--case", c.dir.toString(), "events", missing.toString());
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err())
                .contains("item 1, field citations[1]: document " + c.docId.substring(0, 12)
                        + " has 2 pages; there is no page 3");
    }

    @Test
    void chronologyExportsReadBackInAllFourFormats() throws Exception {
        SmallCase c = SmallCase.imported(tmp);
        String csv = ok("chronology", "--case", c.dir.toString(), "--format", "csv", "--person", "Kike")
                .out();
        assertThat(csv.lines().toList())
                .hasSize(3)
                .first()
                .isEqualTo("\"id\",\"date\",\"kind\",\"fact\",\"people\",\"place\",\"source\",\"quote\",\"disputed\"");
        assertThat(csv).contains("\"E2\",\"2017-03-17T07:30\",\"adverse.arrest\",\"Arrested leaving his office\",");
        org.apache.commons.csv.CSVParser parsed = org.apache.commons.csv.CSVParser.parse(
                csv,
                org.apache.commons.csv.CSVFormat.DEFAULT
                        .builder()
                        .setHeader()
                        .setSkipHeaderRecord(true)
                        .get());
        List<org.apache.commons.csv.CSVRecord> records = parsed.getRecords();
        assertThat(records.get(1).get("people")).isEqualTo("Enrique Balcázar; " + SmallCase.HOSTILE + " (actor)");
        assertThat(records.get(1).get("disputed")).isEqualTo("yes");

        Path docx = tmp.resolve("chronology.docx");
        ok("chronology", "--case", c.dir.toString(), "--format", "docx", "--output", docx.toString());
        try (XWPFDocument d = new XWPFDocument(Files.newInputStream(docx))) {
            XWPFTable t = d.getTables().get(0);
            assertThat(t.getRows()).hasSize(6);
            assertThat(t.getRow(0).getCell(0).getText()).isEqualTo("Date");
            assertThat(t.getRow(3).getCell(0).getText()).isEqualTo("2017-03-17T07:30");
            assertThat(t.getRow(3).getCell(1).getText()).contains("Arrested leaving his office", "arrest him");
            assertThat(t.getRow(3).getCell(3).getText()).isEqualTo("doc " + c.docId.substring(0, 12) + ", p. 2");
            assertThat(t.getRow(3).getCell(4).getText()).isEqualTo("Disputed");
            assertThat(d.getAllPictures()).hasSize(1); // the timeline
        }

        Path pdf = tmp.resolve("chronology.pdf");
        ok("chronology", "--case", c.dir.toString(), "--format", "pdf", "--output", pdf.toString());
        try (PDDocument d = Loader.loadPDF(pdf.toFile())) {
            String text = new PDFTextStripper().getText(d);
            assertThat(text)
                    .contains(
                            "Chronology",
                            "Date",
                            "Fact",
                            "2017-03-17T07:30",
                            "Arrested leaving his office",
                            "doc " + c.docId.substring(0, 12) + ", p. 2",
                            "Disputed",
                            "Press conference on DMV data sharing");
            javax.imageio.ImageIO.write(
                    new PDFRenderer(d).renderImageWithDPI(0, 60),
                    "png",
                    tmp.resolve("page1.png").toFile());
            Path keep = Path.of("target", "chronology-page1.png");
            Files.copy(tmp.resolve("page1.png"), keep, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
        Cli.Run noOutput = Cli.run("chronology", "--case", c.dir.toString(), "--format", "pdf");
        assertThat(noOutput.code()).isEqualTo(1);
        assertThat(noOutput.err()).contains("--output");
    }

    @Test
    void proximityAndClusteringOnTheImportedCaseMatchHandCheckedGaps() throws Exception {
        SmallCase c = SmallCase.imported(tmp);
        JsonNode p =
                ok("analyze", "proximity", "--case", c.dir.toString(), "--json").json();
        List<String> rows = new ArrayList<>();
        for (JsonNode r : p.get("rows")) {
            rows.add(r.get("event").asText() + " " + r.get("person").asText() + " "
                    + r.get("priorActivity").asText() + " "
                    + r.get("gapDaysMin").asText() + ".." + r.get("gapDaysMax").asText() + " org "
                    + r.get("orgPriorActivity").asText()
                    + " " + r.get("orgGapDaysMin").asText() + ".."
                    + r.get("orgGapDaysMax").asText());
        }
        assertThat(rows)
                .containsExactly(
                        "E2 Enrique Balcázar E1 16..16 org E1 16..16", // 2017-03-01 -> 2017-03-17
                        "E4 Zully Palacios null null..null org E1 19..19", // only the group's activity before her
                        // arrest
                        "E5 Victor Diaz null null..null org E1 37..43"); // ~2017-04-10 is 04-07..04-13
        JsonNode row = p.get("rows").get(0);
        for (String field : List.of(
                "event",
                "person",
                "date",
                "kind",
                "priorActivity",
                "priorDate",
                "gapDaysMin",
                "gapDaysMax",
                "orgPriorActivity",
                "orgPriorDate",
                "orgGapDaysMin",
                "orgGapDaysMax")) {
            assertThat(row.has(field)).as(field).isTrue();
        }
        assertThat(ok("analyze", "proximity", "--case", c.dir.toString()).out()).contains("16 days after");

        JsonNode cl = ok(
                        "analyze",
                        "clustering",
                        "--case",
                        c.dir.toString(),
                        "--window",
                        "30",
                        "--permutations",
                        "2000",
                        "--seed",
                        "7",
                        "--json")
                .json();
        assertThat(cl.get("observed").asInt()).isEqualTo(2); // E2 and E4 within 30 days of 03-01, E5 not
        assertThat(cl.get("expected").asDouble()).isCloseTo(3 * 31.0 / 41.0, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(cl.get("excludedImprecise").asInt()).isEqualTo(1); // the march dated only to a month
        assertThat(cl.get("pLow").asDouble()).isLessThanOrEqualTo(cl.get("p").asDouble());
        assertThat(cl.get("pHigh").asDouble())
                .isGreaterThanOrEqualTo(cl.get("p").asDouble());
        JsonNode again = ok(
                        "analyze",
                        "clustering",
                        "--case",
                        c.dir.toString(),
                        "--window",
                        "30",
                        "--permutations",
                        "2000",
                        "--seed",
                        "7",
                        "--json")
                .json();
        assertThat(again.get("p")).isEqualTo(cl.get("p"));

        JsonNode rates = ok("analyze", "rates", "--case", c.dir.toString(), "--benchmark-rate", "0.1", "--json")
                .json();
        assertThat(rates.get("group").get("expected").asDouble())
                .isCloseTo(0.3, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(rates.get("leadersVsOthers").isNull()).isFalse();
    }

    @Test
    void claimsAreAdoptedLinkedAndTheirGapsListed() throws Exception {
        SmallCase c = SmallCase.imported(tmp);
        ok("claims", "add", "--case", c.dir.toString(), "first-amendment-retaliation");
        ok("claims", "add", "--case", c.dir.toString(), "retaliatory-arrest");
        ok(
                "claims",
                "link",
                "--case",
                c.dir.toString(),
                "first-amendment-retaliation",
                "protected-activity",
                "--event",
                "E1",
                "--weight",
                "strong");
        ok(
                "claims",
                "link",
                "--case",
                c.dir.toString(),
                "first-amendment-retaliation",
                "adverse-action",
                "--event",
                "E2");
        ok(
                "claims",
                "link",
                "--case",
                c.dir.toString(),
                "first-amendment-retaliation",
                "knowledge",
                "--event",
                "E2",
                "--weight",
                "contradicts");
        ok(
                "claims",
                "link",
                "--case",
                c.dir.toString(),
                "retaliatory-arrest",
                "nieves-exception",
                "--event",
                "E4",
                "--weight",
                "weakly");
        Cli.Run wrong = Cli.run(
                "claims", "link", "--case", c.dir.toString(), "first-amendment-retaliation", "motiv", "--event", "E2");
        assertThat(wrong.code()).isEqualTo(1);
        assertThat(wrong.err()).contains("has no element 'motiv'", "motive");
        assertThat(Cli.run(
                                "claims",
                                "link",
                                "--case",
                                c.dir.toString(),
                                "first-amendment-retaliation",
                                "motive",
                                "--event",
                                "E99")
                        .err())
                .contains("no event 'E99'");

        JsonNode gaps =
                ok("claims", "gaps", "--case", c.dir.toString(), "--json").json();
        JsonNode fa = gaps.get("claims").get(0);
        assertThat(fa.get("claim").asText()).isEqualTo("first-amendment-retaliation");
        assertThat(fa.get("unsupported").toString()).isEqualTo("[\"knowledge\",\"motive\",\"but-for\"]");
        assertThat(fa.get("elements").get(2).get("status").asText()).isEqualTo("contested");
        assertThat(fa.get("elements")
                        .get(0)
                        .get("evidence")
                        .get(0)
                        .get("weight")
                        .asText())
                .isEqualTo("supports-strongly");
        assertThat(fa.get("elements").get(0).get("authority").asText()).contains("Mt. Healthy");
        JsonNode ra = gaps.get("claims").get(1);
        // one of the three alternatives proven: the group is met, so none of the three is listed
        assertThat(ra.get("unsupported").toString())
                .isEqualTo("[\"protected-activity\",\"arrest\",\"retaliatory-motive\"]");
        assertThat(ok("claims", "gaps", "--case", c.dir.toString()).out())
                .contains("[x] Protected activity", "[ ] Causation: but-for");

        // a case's own template replaces the built-in of the same id
        Files.createDirectories(c.dir.resolve("claims"));
        Files.writeString(c.dir.resolve("claims").resolve("mine.json"), """
                {"id": "state-constitution", "title": "Vermont Constitution, Ch. I, Art. 13", "elements": [{"id": "speech", "title": "Speech"}]}
                """);
        assertThat(ok("claims", "templates", "--case", c.dir.toString()).out())
                .contains("state-constitution", "dppa-disclosure");
        ok("claims", "add", "--case", c.dir.toString(), "state-constitution");
        assertThat(ok("claims", "list", "--case", c.dir.toString(), "--json")
                        .json()
                        .get("claims"))
                .hasSize(3);
    }

    @Test
    void theTimelineSvgEscapesNamesAndMarksTheGaps() throws Exception {
        SmallCase c = SmallCase.imported(tmp);
        try (var folder = org.redress.app.wiring.CaseFolder.open(c.dir)) {
            var store = folder.caseModel().store();
            store.savePerson(new org.redress.core.casemodel.CasePerson(
                    "<b>Ana</b> & co", List.of(), org.redress.core.casemodel.Role.SUBJECT, null, false, ""));
            String svg = TimelineChart.svg(store, TimelineChart.Words.ENGLISH);
            assertThat(svg).contains("&lt;b&gt;Ana&lt;/b&gt; &amp; co").doesNotContain("<b>Ana");
            assertThat(svg).contains(">16 d<", ">19 d (group)<", ">37–43 d (group)<");
            assertThat(svg.split("class=\"adverse", -1)).hasSize(4); // E2, E4 and the span of ~E5
            assertThat(svg)
                    .contains("class=\"adverse span\"", "class=\"protected span\""); // ~04-10 and the month-long march
            javax.xml.parsers.DocumentBuilderFactory.newInstance()
                    .newDocumentBuilder()
                    .parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8))); // well-formed XML
            byte[] png = TimelineChart.png(store);
            var image = javax.imageio.ImageIO.read(new ByteArrayInputStream(png));
            assertThat(image.getWidth()).isEqualTo(1000);
            Files.write(Path.of("target", "timeline.png"), png);
        }
    }
}
