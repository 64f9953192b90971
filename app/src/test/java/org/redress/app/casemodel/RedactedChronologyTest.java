package org.redress.app.casemodel;

import static org.assertj.core.api.Assertions.assertThat;

import io.javalin.Javalin;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.redress.app.cli.Cli;
import org.redress.app.web.TestAccess;
import org.redress.app.web.WebServer;
import org.redress.app.wiring.CaseServices;

/** `redress chronology --redact` in every format, and the chronology API with {@code ?redact=true}, on a real case. */
class RedactedChronologyTest {
    @TempDir
    static Path tmp;

    static SmallCase c;

    static final String FACT =
            "Detained at home; file lists A-123-456-789, SSN 123-45-6789, DOB: 03/14/1985, cell (802) 555-0142;"
                    + " see DHS-ICE-000123, withheld under 5 U.S.C. 552(b)(7)(C) in 2017";
    static final String PLACE = "1234 Main St, Burlington";

    @BeforeAll
    static void setUp() throws Exception {
        c = SmallCase.imported(tmp);
        Path extra = c.write(
                "extra.csv",
                "date,kind,people,description,source,place\n" + "2017-05-02,adverse.detention,Victor Diaz,\"" + FACT
                        + "\",,\"" + PLACE + "\"\n");
        Cli.Run r = Cli.run("import", "--case", c.dir.toString(), "events", extra.toString());
        assertThat(r.code()).as(r.toString()).isZero();
    }

    static void assertRedacted(String text) {
        assertThat(text)
                .doesNotContain("123-456-789", "123-45-6789", "03/14/1985", "555-0142", "1234 Main St")
                .contains(
                        "[redacted: A-number]",
                        "[redacted: SSN]",
                        "DOB: [redacted: date of birth]",
                        "[redacted: phone]",
                        "[redacted: address]",
                        "DHS-ICE-000123",
                        "5 U.S.C. 552(b)(7)(C)",
                        "in 2017",
                        "Burlington",
                        "Arrested leaving his office");
    }

    static Cli.Run ok(String... args) {
        Cli.Run r = Cli.run(args);
        assertThat(r.code()).as(r.toString()).isZero();
        return r;
    }

    @Test
    void withoutRedactTheIdentifiersStay() {
        String csv =
                ok("chronology", "--case", c.dir.toString(), "--format", "csv").out();
        assertThat(csv).contains("A-123-456-789", "1234 Main St", "03/14/1985").doesNotContain("[redacted");
    }

    @Test
    void csvAndJsonAreRedacted() throws Exception {
        assertRedacted(ok("chronology", "--case", c.dir.toString(), "--format", "csv", "--redact")
                .out());
        String json = ok("chronology", "--case", c.dir.toString(), "--format", "json", "--redact")
                .out();
        assertRedacted(json);
    }

    @Test
    void docxAndPdfAreRedacted() throws Exception {
        Path docx = tmp.resolve("redacted.docx");
        ok("chronology", "--case", c.dir.toString(), "--format", "docx", "--redact", "--output", docx.toString());
        try (XWPFDocument d = new XWPFDocument(Files.newInputStream(docx));
                XWPFWordExtractor x = new XWPFWordExtractor(d)) {
            assertRedacted(x.getText());
        }
        Path pdf = tmp.resolve("redacted.pdf");
        ok("chronology", "--case", c.dir.toString(), "--format", "pdf", "--redact", "--output", pdf.toString());
        try (PDDocument d = Loader.loadPDF(pdf.toFile())) {
            // PDF text extraction breaks lines inside table cells: compare without line breaks.
            assertRedacted(new PDFTextStripper().getText(d).replaceAll("\\s*\\R\\s*", " "));
        }
    }

    @Test
    void theApiRedactsOnRequest() throws Exception {
        try (CaseServices folder = CaseServices.open(c.dir)) {
            Javalin server = new WebServer(folder, TestAccess.TOKEN, java.util.List.of()).start("127.0.0.1", 0);
            try {
                HttpClient http = HttpClient.newHttpClient();
                String base = "http://127.0.0.1:" + server.port() + "/api/v1/chronology";
                String plain = http.send(
                                TestAccess.authorized(URI.create(base)).build(), HttpResponse.BodyHandlers.ofString())
                        .body();
                assertThat(plain).contains("A-123-456-789");
                HttpResponse<String> json = http.send(
                        TestAccess.authorized(URI.create(base + "?redact=true")).build(),
                        HttpResponse.BodyHandlers.ofString());
                assertThat(json.statusCode()).isEqualTo(200);
                assertRedacted(json.body());
                HttpResponse<String> csv = http.send(
                        TestAccess.authorized(URI.create(base + "?format=csv&redact=true"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
                assertRedacted(csv.body());
            } finally {
                server.stop();
            }
        }
    }
}
