package org.redress.app.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.redress.app.cli.Cli;
import org.redress.core.corpus.Sha256;

/**
 * Script in the places a production controls besides the text: a file's name, an email's subject and sender, a
 * PDF's title and author, an HTML page's title. Each page that shows them is opened in a real Chromium, which must
 * run none of it and show it as text.
 */
class HostileNamesBrowserTest {
    private static final String IN_NAME = "<img src=x onerror=alert(11)>.txt";
    private static final String IN_TITLE = "<script>alert(12)</script>Quarterly";
    private static final String IN_AUTHOR = "\"><svg onload=alert(13)>";
    private static final String IN_SUBJECT = "<iframe srcdoc=\"<script>alert(14)</script>\">";

    @TempDir
    static Path tmp;

    static Path production;
    static ServedCase served;
    static WebDriver browser;

    @BeforeAll
    static void start() throws IOException {
        HeadlessChromium.assumeInstalled("hostile names browser test");
        production = Files.createDirectories(tmp.resolve("production"));
        Files.writeString(production.resolve(IN_NAME), "An ordinary memo about the vigil.\n");
        pdf(production.resolve("report.pdf"));
        Files.writeString(
                production.resolve("mail.eml"),
                "From: " + IN_AUTHOR + " <agent@ice.example>\r\n"
                        + "To: field@ice.example\r\nSubject: " + IN_SUBJECT + "\r\n"
                        + "Date: Tue, 3 Mar 2020 10:00:00 -0500\r\nContent-Type: text/plain\r\n\r\n"
                        + "The vigil is on Friday.\r\n",
                StandardCharsets.UTF_8);
        Files.writeString(
                production.resolve("page.html"),
                "<html><head><title>" + IN_TITLE.replace("<", "&lt;") + "</title>"
                        + "<meta name=\"author\" content=\"" + IN_AUTHOR.replace("\"", "&quot;") + "\"></head>"
                        + "<body><p>The vigil list.</p></body></html>",
                StandardCharsets.UTF_8);

        Path caseDir = tmp.resolve("case");
        assertThat(Cli.run("init", "--case", caseDir.toString()).code()).isZero();
        Cli.Run ingest = Cli.run("ingest", "--case", caseDir.toString(), "--json", production.toString());
        assertThat(ingest.code()).as(ingest.toString()).isZero();
        served = ServedCase.open(caseDir);
        browser = HeadlessChromium.start(tmp.resolve("profile"));
        browser.get(served.entry());
    }

    private static void pdf(Path file) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage();
            doc.addPage(page);
            try (PDPageContentStream text = new PDPageContentStream(doc, page)) {
                text.beginText();
                text.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                text.newLineAtOffset(72, 700);
                text.showText("Quarterly report on the vigil.");
                text.endText();
            }
            PDDocumentInformation info = doc.getDocumentInformation();
            info.setTitle(IN_TITLE);
            info.setAuthor(IN_AUTHOR);
            doc.save(file.toFile());
        }
    }

    @AfterAll
    static void stop() {
        if (browser != null) browser.quit();
        if (served != null) served.close();
    }

    private static void assertNothingRan(String where) {
        assertThatThrownBy(() -> browser.switchTo().alert()).as(where).isInstanceOf(NoAlertPresentException.class);
        for (String tag : List.of("iframe", "svg")) {
            assertThat(browser.findElements(By.tagName(tag)))
                    .as(where + ": " + tag)
                    .isEmpty();
        }
        assertThat(browser.findElements(By.cssSelector("img[src=x]"))).as(where).isEmpty();
        assertThat(browser.findElements(By.cssSelector("script:not([src])")))
                .as(where)
                .isEmpty();
    }

    @Test
    void theSearchPageShowsHostileNamesAsText() {
        browser.get(served.base() + "/?lang=en&q=vigil");
        HeadlessChromium.waiting(browser).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("li.hit")));
        assertNothingRan("search page");
        assertThat(browser.findElements(By.cssSelector("li.hit"))).hasSize(4);
        assertThat(browser.findElement(By.tagName("body")).getText()).contains(IN_NAME);
    }

    @Test
    void everyDocumentPageShowsHostileNamesAsText() throws IOException {
        for (String file : List.of(IN_NAME, "report.pdf", "mail.eml", "page.html")) {
            browser.get(served.base() + "/documents/" + Sha256.of(production.resolve(file)) + "?lang=en");
            HeadlessChromium.waiting(browser)
                    .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("article.page")));
            assertNothingRan(file);
        }
        browser.get(served.base() + "/documents/" + Sha256.of(production.resolve(IN_NAME)) + "?lang=en");
        assertThat(browser.findElement(By.tagName("body")).getText()).contains(IN_NAME);
    }
}
