package org.redress.app.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.Test;
import org.redress.app.export.ChronologyExport.Format;
import org.redress.application.casemodel.Chronology;
import org.redress.core.UserMistake;

/**
 * The chronology in each export format, read back with a parser of that format (commons-csv, Jackson, POI, PDFBox):
 * every event, in order, with its date, fact, people, sources and quotes. Only content is asserted, not byte layout,
 * cell escaping or fonts, which may change without changing what a court reads.
 */
class ChronologyExportTest {
    static final String TITLE = "Chronology — Enrique Balcázar";

    static final Chronology.Row MARCH = new Chronology.Row(
            "E3",
            "2017-03",
            "protected.protest",
            "March at the Statehouse",
            "Migrant Justice",
            "Montpelier",
            List.of(),
            List.of(),
            false);
    static final Chronology.Row ARREST = new Chronology.Row(
            "E2",
            "2017-03-17T07:30",
            "adverse.arrest",
            "Arrested leaving his office, \"without a word\"",
            "Enrique Balcázar; ICE (actor)",
            "Burlington",
            List.of("doc 3f1c9a02b7e4, p. 2", "statement of Ana Ruiz"),
            List.of("arrest him", "we know who you are"),
            true);
    static final Chronology.Row DETENTION = new Chronology.Row(
            "E5",
            "~2017-04-10",
            "adverse.detention",
            "Detained\nat the border",
            "Victor Diaz",
            "",
            List.of("Seven Days (2017-04-12)"),
            List.of(),
            false);
    static final List<Chronology.Row> ROWS = List.of(MARCH, ARREST, DETENTION);

    static byte[] chart() throws IOException {
        BufferedImage img = new BufferedImage(300, 120, BufferedImage.TYPE_INT_RGB);
        var g = img.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 300, 120);
        g.setColor(new Color(0xb3261e));
        g.fillRect(140, 50, 12, 12);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(img, "png", out);
        return out.toByteArray();
    }

    static String utf8(byte[] bytes) {
        String s = new String(bytes, StandardCharsets.UTF_8);
        return s.startsWith("\uFEFF") ? s.substring(1) : s;
    }

    @Test
    void formatsAreNamedInAnyCaseAndAnUnknownOneIsAMistake() {
        assertThat(Format.of("csv")).isEqualTo(Format.CSV);
        assertThat(Format.of(" Docx ")).isEqualTo(Format.DOCX);
        assertThat(Format.of("PDF")).isEqualTo(Format.PDF);
        assertThatThrownBy(() -> Format.of("xlsx"))
                .isInstanceOf(UserMistake.class)
                .hasMessage("'xlsx' is not an export format: use csv, json, docx or pdf");
    }

    @Test
    void csvHasOneRecordPerEventInOrderWithEveryField() throws IOException {
        List<CSVRecord> records;
        try (CSVParser p = CSVParser.parse(
                new StringReader(utf8(ChronologyExport.export(Format.CSV, TITLE, ROWS, null))),
                CSVFormat.DEFAULT
                        .builder()
                        .setHeader()
                        .setSkipHeaderRecord(true)
                        .get())) {
            assertThat(p.getHeaderNames())
                    .containsExactly("id", "date", "kind", "fact", "people", "place", "source", "quote", "disputed");
            records = p.getRecords();
        }
        assertThat(records).extracting(r -> r.get("id")).containsExactly("E3", "E2", "E5");
        assertThat(records)
                .extracting(r -> r.get("date"))
                .containsExactly("2017-03", "2017-03-17T07:30", "~2017-04-10");
        CSVRecord arrest = records.get(1);
        assertThat(arrest.get("kind")).isEqualTo("adverse.arrest");
        assertThat(arrest.get("fact")).isEqualTo("Arrested leaving his office, \"without a word\"");
        assertThat(arrest.get("people")).isEqualTo("Enrique Balcázar; ICE (actor)");
        assertThat(arrest.get("place")).isEqualTo("Burlington");
        assertThat(arrest.get("source")).isEqualTo("doc 3f1c9a02b7e4, p. 2; statement of Ana Ruiz");
        assertThat(arrest.get("quote")).isEqualTo("arrest him | we know who you are");
        assertThat(records).extracting(r -> r.get("disputed")).containsExactly("no", "yes", "no");
        assertThat(records.get(2).get("fact"))
                .isEqualTo("Detained\nat the border"); // a line break stays inside its cell
        assertThat(records.get(0).get("source")).isEmpty();
    }

    @Test
    void csvOfNoEventsIsTheHeaderAlone() throws IOException {
        try (CSVParser p = CSVParser.parse(
                new StringReader(utf8(ChronologyExport.export(Format.CSV, TITLE, List.of(), null))),
                CSVFormat.DEFAULT
                        .builder()
                        .setHeader()
                        .setSkipHeaderRecord(true)
                        .get())) {
            assertThat(p.getHeaderNames()).contains("date", "fact");
            assertThat(p.getRecords()).isEmpty();
        }
    }

    @Test
    void jsonHasTheTitleAndTheRowsAsTheyAre() throws IOException {
        JsonNode json = new ObjectMapper().readTree(utf8(ChronologyExport.export(Format.JSON, TITLE, ROWS, chart())));
        assertThat(json.get("title").asText()).isEqualTo(TITLE);
        JsonNode events = json.get("events");
        assertThat(events).hasSize(3);
        List<String> ids = new ArrayList<>();
        events.forEach(e -> ids.add(e.get("id").asText()));
        assertThat(ids).containsExactly("E3", "E2", "E5");
        JsonNode arrest = events.get(1);
        assertThat(arrest.get("date").asText()).isEqualTo("2017-03-17T07:30");
        assertThat(arrest.get("fact").asText()).isEqualTo(ARREST.fact());
        assertThat(arrest.get("people").asText()).isEqualTo("Enrique Balcázar; ICE (actor)");
        assertThat(arrest.get("sources").get(1).asText()).isEqualTo("statement of Ana Ruiz");
        assertThat(arrest.get("quotes"))
                .extracting(JsonNode::asText)
                .containsExactly("arrest him", "we know who you are");
        assertThat(arrest.get("disputed").asBoolean()).isTrue();
        assertThat(json.has("chart")).isFalse(); // JSON never carries the picture
    }

    @Test
    void docxIsAnEditableTableWithOneRowPerEventInOrder() throws IOException {
        byte[] chart = chart();
        try (XWPFDocument d =
                new XWPFDocument(new ByteArrayInputStream(ChronologyExport.export(Format.DOCX, TITLE, ROWS, chart)))) {
            assertThat(d.getParagraphs().get(0).getText()).isEqualTo(TITLE);
            assertThat(d.getTables()).hasSize(1);
            XWPFTable t = d.getTables().get(0);
            assertThat(t.getRows()).hasSize(4);
            assertThat(cells(t.getRow(0))).containsExactly("Date", "Fact", "People", "Source", "Disputed");
            assertThat(t.getRows().subList(1, 4))
                    .extracting(r -> r.getCell(0).getText())
                    .containsExactly("2017-03", "2017-03-17T07:30", "~2017-04-10");
            XWPFTableRow arrest = t.getRow(2);
            assertThat(arrest.getCell(1).getText())
                    .contains(
                            "Arrested leaving his office, \"without a word\"",
                            "Burlington",
                            "adverse.arrest",
                            "arrest him",
                            "we know who you are");
            assertThat(arrest.getCell(2).getText()).isEqualTo("Enrique Balcázar; ICE (actor)");
            assertThat(arrest.getCell(3).getText()).isEqualTo("doc 3f1c9a02b7e4, p. 2; statement of Ana Ruiz");
            assertThat(arrest.getCell(4).getText()).isEqualTo("Disputed");
            assertThat(t.getRow(1).getCell(4).getText()).isEmpty();
            assertThat(t.getRow(3).getCell(1).getText()).contains("Detained", "at the border");
            assertThat(d.getAllPictures()).hasSize(1);
            assertThat(d.getAllPictures().get(0).getData()).isEqualTo(chart);
        }
        try (XWPFDocument d =
                new XWPFDocument(new ByteArrayInputStream(ChronologyExport.export(Format.DOCX, TITLE, ROWS, null)))) {
            assertThat(d.getAllPictures()).isEmpty();
            assertThat(d.getTables().get(0).getRows()).hasSize(4);
        }
    }

    static List<String> cells(XWPFTableRow row) {
        return row.getTableCells().stream().map(c -> c.getText()).toList();
    }

    @Test
    void pdfReadsBackEveryEventInOrder() throws IOException {
        String text;
        try (PDDocument d = Loader.loadPDF(ChronologyExport.export(Format.PDF, TITLE, ROWS, chart()))) {
            // table cells wrap into lines of their own: compare with every run of white space as one space
            text = new PDFTextStripper().getText(d).replaceAll("\\s+", " ");
            assertThat(images(d.getPage(0))).isEqualTo(1);
            assertThat(d.getDocumentInformation().getTitle()).isEqualTo(TITLE);
        }
        assertThat(text).contains(TITLE, "Date", "Fact", "People", "Source", "Disputed");
        assertThat(text)
                .contains(
                        "2017-03-17T07:30",
                        "~2017-04-10",
                        "Burlington",
                        "arrest him",
                        "we know who you are",
                        "Enrique Balcázar",
                        "3f1c9a02b7e4",
                        "Ana Ruiz",
                        "Victor Diaz",
                        "Montpelier");
        int march = text.indexOf("March at the Statehouse");
        int arrest = text.indexOf("Arrested leaving his office");
        int detention = text.indexOf("Detained");
        assertThat(march).isNotNegative();
        assertThat(arrest).isGreaterThan(march);
        assertThat(detention).isGreaterThan(arrest);
    }

    @Test
    void pdfWithoutAChartHasNoPicture() throws IOException {
        try (PDDocument d = Loader.loadPDF(ChronologyExport.export(Format.PDF, TITLE, ROWS, null))) {
            assertThat(images(d.getPage(0))).isZero();
            assertThat(new PDFTextStripper().getText(d)).contains("March at the Statehouse");
        }
    }

    static int images(PDPage page) throws IOException {
        int n = 0;
        for (COSName name : page.getResources().getXObjectNames()) {
            if (page.getResources().getXObject(name) instanceof PDImageXObject) n++;
        }
        return n;
    }
}
