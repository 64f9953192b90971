package org.redress.app.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.redress.app.casemodel.SmallCase;
import org.redress.app.cli.Cli;

/** The chronology PDF of a case whose people have Vietnamese, Polish and Spanish names, read back with PDFBox. */
class UnicodePdfTest {
    static final String VIETNAMESE = "Nguyễn Thị Minh Khai";
    static final String POLISH = "Łukasz Żółć";
    static final String SPANISH = "José Balcázar Peña";
    static final String QUESTION = "¿Dónde?";

    @TempDir
    static Path tmp;

    static String text;
    static List<String> fonts = new ArrayList<>();

    @BeforeAll
    static void export() throws IOException {
        SmallCase c = SmallCase.create(tmp);
        Path people = c.write(
                "people.csv",
                "name,aliases,role,organisation,leader\n" + VIETNAMESE + ",,subject,Migrant Justice,yes\n" + POLISH
                        + ",,witness,,no\n" + SPANISH + ",,subject,Migrant Justice,no\n");
        // The second fact is written decomposed (e + combining circumflex + combining tilde), as macOS and some OCR
        // write it.
        String decomposed = "Cuộc họp của Nguye\u0302\u0303n";
        Path events = c.write(
                "events.csv",
                "date,kind,people,description,place\n"
                        + "2017-03-01,protected.press_conference,\"" + VIETNAMESE + ";" + SPANISH + "\",\"" + QUESTION
                        + " Rueda de prensa con "
                        + POLISH + "\",Đà Nẵng\n"
                        + "2017-03-17,adverse.arrest," + VIETNAMESE + "," + decomposed + ",\n");
        ok("import", "--case", c.dir.toString(), "people", people.toString());
        ok("import", "--case", c.dir.toString(), "events", events.toString());
        Path pdf = tmp.resolve("chronology.pdf");
        ok(
                "chronology",
                "--case",
                c.dir.toString(),
                "--format",
                "pdf",
                "--title",
                "Cronología: " + POLISH,
                "--output",
                pdf.toString());
        try (PDDocument d = Loader.loadPDF(pdf.toFile())) {
            // Table cells wrap lines: compare with line breaks as spaces.
            text = new PDFTextStripper().getText(d).replaceAll("\\s*\\R\\s*", " ");
            for (PDPage page : d.getPages()) {
                for (COSName name : page.getResources().getFontNames()) {
                    PDFont f = page.getResources().getFont(name);
                    fonts.add(f.getName() + (f.isEmbedded() ? " embedded" : ""));
                }
            }
        }
    }

    static void ok(String... args) {
        Cli.Run r = Cli.run(args);
        assertThat(r.code()).as(r.toString()).isZero();
    }

    @Test
    void namesComeBackExactly() {
        assertThat(text).contains(VIETNAMESE, POLISH, SPANISH, QUESTION, "Đà Nẵng", "Cronología: " + POLISH);
    }

    @Test
    void decomposedTextIsWrittenComposed() {
        assertThat(text).contains("Cuộc họp của Nguyễn");
    }

    @Test
    void theFontIsTheEmbeddedLiberationSans() {
        assertThat(fonts)
                .isNotEmpty()
                .allMatch(f -> f.contains("LiberationSans") && f.endsWith(" embedded"), "embedded Liberation Sans");
    }
}
