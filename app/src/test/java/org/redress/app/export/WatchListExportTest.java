package org.redress.app.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.redress.app.mentions.WatchCase.ok;
import static org.redress.app.mentions.WatchCase.write;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.assertj.core.api.AbstractStringAssert;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.redress.app.wiring.CaseServices;

/**
 * The watch list stays in the case: every exporter, run on a case whose watched people have hits, leaves out who is
 * watched (the derived "first named" rows, the chart's markers, a watched person named nowhere else) and every alias,
 * unless the watch list is asked for. Each test would fail if an exporter printed a person's watched flag or aliases.
 */
class WatchListExportTest {
    /** Aliases and a watched witness that nothing but the watch list names. */
    static final List<String> CANARIES = List.of("Canarito", "El Zorro Plateado", "Wanda Vigilada");

    @TempDir
    static Path tmp;

    static String dir;

    @BeforeAll
    static void aCaseWithAWatchList() throws Exception {
        dir = tmp.resolve("case").toString();
        ok("init", "--case", dir);
        write(tmp.resolve("people.csv"), """
                name,aliases,role,organisation,watched
                José Enrique Balcázar Sánchez,Canarito;El Zorro Plateado,subject,Migrant Justice,
                Wanda Vigilada,,witness,,yes
                """);
        ok("import", "--case", dir, "people", tmp.resolve("people.csv").toString());
        ok(
                "requests",
                "add",
                "--case",
                dir,
                "--law",
                "us-foia",
                "--agency",
                "U.S. Immigration and Customs Enforcement",
                "--subject",
                "Records of DMV look-ups",
                "--filed",
                "2024-02-29",
                "--received",
                "2024-03-01",
                "--tracking",
                "2024-ICFO-00001");
        Path production = tmp.resolve("release-1");
        write(
                production.resolve("request.eml"),
                org.redress.app.mentions.WatchCase.iceEmail(
                        "Please run Enrique Balcazar and Wanda Vigilada through your system."));
        ok("requests", "produce", "--case", dir, "1", "--received", "2024-04-02", production.toString());
        write(
                tmp.resolve("events.csv"),
                "date,kind,people,description\n2017-01-10,protected.protest,Canarito,spoke at the rally\n"
                        + "2017-04-01,adverse.arrest,Canarito,arrested at home\n");
        ok("import", "--case", dir, "events", tmp.resolve("events.csv").toString());
        assertThat(ok("mentions", "--case", dir, "--json").json().get("hits").size())
                .isEqualTo(2);
    }

    /** The text shows nothing of the watch list. */
    static void keepsTheWatchListIn(String what, String text) {
        AbstractStringAssert<?> a = assertThat(text).as(what);
        for (String c : CANARIES) a.doesNotContain(c);
        a.doesNotContainIgnoringCase("watched").doesNotContainIgnoringCase("first named");
    }

    static String docx(Path file) throws Exception {
        try (InputStream in = Files.newInputStream(file);
                XWPFWordExtractor x = new XWPFWordExtractor(new XWPFDocument(in))) {
            return x.getText();
        }
    }

    static String pdf(Path file) throws Exception {
        try (PDDocument d = Loader.loadPDF(file.toFile())) {
            return new PDFTextStripper().getText(d);
        }
    }

    @Test
    void chronologyCsvAndJson() {
        for (String format : List.of("csv", "json")) {
            String out = ok("chronology", "--case", dir, "--format", format).out();
            assertThat(out).contains("José Enrique Balcázar Sánchez"); // the events' people stay
            keepsTheWatchListIn("chronology " + format, out);
            String asked = ok("chronology", "--case", dir, "--format", format, "--include-watch-list")
                    .out();
            assertThat(asked).as("asked for").contains("First named in the agency's records (ice.dhs.gov)");
        }
    }

    @Test
    void chronologyDocxAndPdf() throws Exception {
        Path docx = tmp.resolve("c.docx");
        Path pdf = tmp.resolve("c.pdf");
        ok("chronology", "--case", dir, "--format", "docx", "--output", docx.toString());
        ok("chronology", "--case", dir, "--format", "pdf", "--output", pdf.toString());
        keepsTheWatchListIn("docx", docx(docx));
        keepsTheWatchListIn("pdf", pdf(pdf));
        ok("chronology", "--case", dir, "--format", "docx", "--output", docx.toString(), "--include-watch-list");
        ok("chronology", "--case", dir, "--format", "pdf", "--output", pdf.toString(), "--include-watch-list");
        assertThat(docx(docx)).contains("First named in the agency's records");
        assertThat(pdf(pdf).replaceAll("\\s+", " ")).contains("First named in the agency's");
    }

    @Test
    void theTimelineChartHasItsMarkersOnlyWhenAsked() throws Exception {
        try (CaseServices c = CaseServices.open(Path.of(dir))) {
            var store = c.caseModel().store();
            String plain = TimelineChart.svg(store, TimelineChart.Words.ENGLISH, List.of());
            keepsTheWatchListIn("svg", plain);
            assertThat(plain).doesNotContain("class=\"knowledge\"");
            String asked = TimelineChart.svg(
                    store, TimelineChart.Words.ENGLISH, c.mentions().firstNamed());
            assertThat(asked)
                    .contains("class=\"knowledge\"")
                    .contains("first named in the agency&#39;s records 2017-03-16 (ice.dhs.gov)");
            assertThat(TimelineChart.png(store, List.of())).isEqualTo(TimelineChart.png(store));
            assertThat(TimelineChart.png(store, c.mentions().firstNamed())).isNotEqualTo(TimelineChart.png(store));
        }
    }

    @Test
    void requestsCsvCalendarAndLetter() throws Exception {
        keepsTheWatchListIn(
                "requests csv",
                ok("requests", "export", "--case", dir, "--format", "csv").out());
        keepsTheWatchListIn(
                "calendar", ok("requests", "calendar", "--case", dir).out());
        keepsTheWatchListIn(
                "letter", ok("requests", "letter", "--case", dir, "1").out());
        Path letter = tmp.resolve("letter.docx");
        ok("requests", "letter", "--case", dir, "1", "--format", "docx", "--output", letter.toString());
        keepsTheWatchListIn("letter docx", docx(letter));
    }

    @Test
    void custodyManifest() throws Exception {
        String source = "2024-ICFO-00001 production 1"; // the source a production of the request is stored as
        keepsTheWatchListIn(
                "manifest json",
                ok("export", "manifest", "--case", dir, "--source", source).out());
        Path pdf = tmp.resolve("manifest.pdf");
        Path docx = tmp.resolve("manifest.docx");
        ok("export", "manifest", "--case", dir, "--source", source, "--format", "pdf", "--output", pdf.toString());
        ok("export", "manifest", "--case", dir, "--source", source, "--format", "docx", "--output", docx.toString());
        keepsTheWatchListIn("manifest pdf", pdf(pdf));
        keepsTheWatchListIn("manifest docx", docx(docx));
    }
}
