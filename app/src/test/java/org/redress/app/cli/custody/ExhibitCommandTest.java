package org.redress.app.cli.custody;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.redress.app.cli.Cli;

/**
 * {@code redress export exhibit} end to end with real PDFBox, Tesseract and poppler: what is redacted is found neither
 * by {@code pdftotext} nor in the exhibit's bytes (its streams inflated), what is not is still found, the Bates
 * numbers are there and the original's metadata is gone.
 */
class ExhibitCommandTest {
    private static final List<String> SECRETS = List.of(
            "A123456789",
            "123456789",
            "555-0142",
            "5550142",
            "1234 Main",
            "123-45-6789",
            "03/14/1985",
            "Quintero",
            "QUINTERO");

    @TempDir
    Path tmp;

    @Test
    void aTextPdfWithRedactionsBurnedIn() throws Exception {
        Path caseDir = tmp.resolve("case");
        String d = caseDir.toString();
        Path memo = tmp.resolve("in/memo.pdf");
        Files.createDirectories(memo.getParent());
        writePdf(memo);
        assertThat(Cli.run("init", "--case", d).code()).isZero();
        Cli.Run ingest =
                Cli.run("ingest", "--case", d, "--json", memo.getParent().toString());
        assertThat(ingest.code()).as(ingest.toString()).isZero();
        String id = documentId(d, "surveillance");

        Path exhibit = tmp.resolve("exhibit.pdf");
        Cli.Run run = Cli.run(
                "export",
                "exhibit",
                "--case",
                d,
                id.substring(0, 8),
                "--redact",
                "--mark",
                "quintero",
                "--bates",
                "DEF-",
                "--out",
                exhibit.toString(),
                "--json");
        assertThat(run.code()).as(run.toString()).isZero();
        JsonNode json = run.json();
        assertThat(json.get("pages").asInt()).isEqualTo(2);
        assertThat(json.get("bates").get("first").asText()).isEqualTo("DEF-000001");
        assertThat(json.get("bates").get("last").asText()).isEqualTo("DEF-000002");
        List<String> kinds = new ArrayList<>();
        json.get("redactions").forEach(r -> kinds.add(r.get("kind").asText()));
        assertThat(kinds).contains("a-number", "date-of-birth", "phone", "address", "ssn", "marked");
        JsonNode first = json.get("redactions").get(0);
        assertThat(first.get("page").asInt()).isEqualTo(1);
        assertThat(first.get("width").asDouble()).isPositive();

        String text = pdftotext(exhibit);
        for (String secret : SECRETS) assertThat(text).doesNotContain(secret);
        assertThat(text.toLowerCase(Locale.ROOT)).contains("surveillance", "church", "organizers");
        assertThat(text).contains("DEF-000001", "DEF-000002");
        assertNoSecretInside(exhibit);
        try (PDDocument pdf = Loader.loadPDF(exhibit.toFile())) {
            PDDocumentInformation info = pdf.getDocumentInformation();
            assertThat(info.getAuthor()).isNull();
            assertThat(info.getTitle()).isNull();
            assertThat(pdf.getDocumentCatalog().getMetadata()).isNull();
            String layer = new PDFTextStripper().getText(pdf);
            for (String secret : SECRETS) assertThat(layer).doesNotContain(secret);
        }
        String raw = new String(Files.readAllBytes(exhibit), StandardCharsets.ISO_8859_1);
        assertThat(raw)
                .doesNotContain("Agent Smith")
                .doesNotContain("Quintero file")
                .doesNotContain("xmpmeta");

        // The log beside it: kinds and places, never the text.
        String log = Files.readString(tmp.resolve("exhibit.pdf.redactions.csv"));
        assertThat(log.lines().count()).isEqualTo(kinds.size() + 1);
        assertThat(log)
                .startsWith("\"page\",\"document_page\",\"bates\",\"kind\"")
                .contains("\"a-number\"");
        for (String secret : SECRETS) assertThat(log).doesNotContain(secret);

        // Without --redact the same pages keep every identifier: the checks above could fail.
        Path plain = tmp.resolve("plain.pdf");
        Cli.Run unredacted = Cli.run("export", "exhibit", "--case", d, id, "--pages", "1", "--out", plain.toString());
        assertThat(unredacted.code()).as(unredacted.toString()).isZero();
        assertThat(pdftotext(plain)).contains("Quintero", "A123456789", "1234 Main");

        // Mistakes: a page the document lacks, a document the case lacks.
        Cli.Run badPages = Cli.run(
                "export",
                "exhibit",
                "--case",
                d,
                id,
                "--pages",
                "2-9",
                "--out",
                tmp.resolve("x.pdf").toString());
        assertThat(badPages.code()).isEqualTo(1);
        assertThat(badPages.err()).contains("the document has 2 pages");
        assertThat(Cli.run(
                                "export",
                                "exhibit",
                                "--case",
                                d,
                                "ffffffffff",
                                "--out",
                                tmp.resolve("x.pdf").toString())
                        .code())
                .isEqualTo(1);

        Cli.Run audit = Cli.run("audit", "--case", d, "--json");
        List<JsonNode> exports = new ArrayList<>();
        audit.json().get("entries").forEach(e -> {
            if (e.get("action").asText().equals("exhibit.export")) exports.add(e);
        });
        assertThat(exports).hasSize(2);
        assertThat(exports.get(0).get("target").asText()).isEqualTo(id);
        assertThat(exports.get(0).get("detail").asText())
                .contains("7 redactions")
                .contains("DEF-000001");
        assertThat(exports.toString()).doesNotContainIgnoringCase("quintero");
    }

    @Test
    void aTextFileAndAScannedImageAreRedactedToo() throws Exception {
        Path caseDir = tmp.resolve("case");
        String d = caseDir.toString();
        Path in = Files.createDirectories(tmp.resolve("in"));
        Files.writeString(
                in.resolve("note.txt"),
                "Informant note about the vigil.\n"
                        + "Call Rosa Quintero at (802) 555-0142 or see her at 1234 Main Street.\n"
                        + "Her A-number is A123456789 and her SSN 123-45-6789.\nThe vigil was peaceful.\n");
        writeScan(in.resolve("scan.png"));
        assertThat(Cli.run("init", "--case", d).code()).isZero();
        Cli.Run ingest = Cli.run("ingest", "--case", d, "--json", in.toString());
        assertThat(ingest.code()).as(ingest.toString()).isZero();

        for (String word : List.of("Informant", "photographed")) {
            Path exhibit = tmp.resolve(word + ".pdf");
            Cli.Run run = Cli.run(
                    "export",
                    "exhibit",
                    "--case",
                    d,
                    documentId(d, word),
                    "--redact",
                    "--mark",
                    "Rosa Quintero",
                    "--out",
                    exhibit.toString());
            assertThat(run.code()).as(run.toString()).isZero();
            String text = pdftotext(exhibit);
            for (String secret : SECRETS) assertThat(text).as(word).doesNotContain(secret);
            assertThat(text.toLowerCase(Locale.ROOT)).as(word).contains(word.equals("Informant") ? "vigil" : "march");
            assertNoSecretInside(exhibit);
            assertThat(Files.readString(tmp.resolve(word + ".pdf.redactions.csv")))
                    .contains("\"phone\"");
        }
    }

    private static String documentId(String caseDir, String word) {
        Cli.Run search = Cli.run("search", "--case", caseDir, "--json", word);
        assertThat(search.code()).as(search.toString()).isZero();
        return search.json().get("hits").get(0).get("documentId").asText();
    }

    /** Every stream of the exhibit, inflated, and the file itself: none holds a redacted string. */
    private static void assertNoSecretInside(Path exhibit) throws IOException {
        String raw = new String(Files.readAllBytes(exhibit), StandardCharsets.ISO_8859_1);
        for (String secret : SECRETS) assertThat(raw).doesNotContain(secret);
        try (PDDocument pdf = Loader.loadPDF(exhibit.toFile())) {
            for (COSObject object : pdf.getDocument().getXrefTable().keySet().stream()
                    .map(k -> pdf.getDocument().getObjectFromPool(k))
                    .toList()) {
                COSBase base = object.getObject();
                if (!(base instanceof COSStream stream)) continue;
                try (InputStream decoded = stream.createInputStream()) {
                    String bytes = new String(decoded.readAllBytes(), StandardCharsets.ISO_8859_1);
                    for (String secret : SECRETS) assertThat(bytes).doesNotContain(secret);
                }
            }
        }
    }

    private static String pdftotext(Path pdf) throws IOException, InterruptedException {
        Process p = new ProcessBuilder("pdftotext", pdf.toString(), "-")
                .redirectErrorStream(true)
                .start();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        p.getInputStream().transferTo(out);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).isZero();
        return out.toString(StandardCharsets.UTF_8);
    }

    private static void writePdf(Path file) throws IOException {
        String[][] pages = {
            {
                "Memo on the surveillance of the community meeting",
                "Subject: Rosa Quintero, A-number A123456789, DOB: 03/14/1985",
                "Phone (802) 555-0142, lives at 1234 Main Street",
                "Her SSN 123-45-6789 was in the file.",
                "Agents photographed the organizers outside the church."
            },
            {"The second page mentions Quintero again and the church.", "Nothing else was noted by the agents."}
        };
        try (PDDocument doc = new PDDocument()) {
            PDDocumentInformation info = new PDDocumentInformation();
            info.setAuthor("Agent Smith");
            info.setTitle("Quintero file");
            doc.setDocumentInformation(info);
            PDMetadata xmp = new PDMetadata(doc);
            xmp.importXMPMetadata(
                    "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\"><Quintero/></x:xmpmeta>".getBytes(StandardCharsets.UTF_8));
            doc.getDocumentCatalog().setMetadata(xmp);
            PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            for (String[] lines : pages) {
                PDPage page = new PDPage();
                doc.addPage(page);
                try (PDPageContentStream c = new PDPageContentStream(doc, page)) {
                    c.beginText();
                    c.setFont(font, 12);
                    c.setLeading(20);
                    c.newLineAtOffset(72, 700);
                    for (String line : lines) {
                        c.showText(line);
                        c.newLine();
                    }
                    c.endText();
                }
            }
            doc.save(file.toFile());
        }
    }

    /** A page image with typed text, as a scanner gives it: its words only in pixels. */
    private static void writeScan(Path file) throws IOException {
        BufferedImage image = new BufferedImage(1700, 900, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 1700, 900);
        g.setColor(Color.BLACK);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setFont(new Font(Font.SERIF, Font.PLAIN, 40));
        String[] lines = {
            "Field report: agents photographed the march.",
            "Marcher Rosa Quintero, phone (802) 555-0142,",
            "A-number A123456789, lives at 1234 Main Street.",
            "The march ended at noon."
        };
        for (int i = 0; i < lines.length; i++) g.drawString(lines[i], 150, 200 + i * 120);
        g.dispose();
        ImageIO.write(image, "png", file.toFile());
    }
}
