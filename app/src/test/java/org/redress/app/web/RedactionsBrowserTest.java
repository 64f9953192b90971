package org.redress.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.redress.app.cli.Cli;

/** The redaction report page in a real headless Chromium, in English and Spanish, and its downloads. */
class RedactionsBrowserTest {
    @TempDir
    static Path tmp;

    static ServedCase served;
    static WebDriver browser;

    @BeforeAll
    static void start() throws Exception {
        HeadlessChromium.assumeInstalled("redactions browser test");
        Path caseDir = tmp.resolve("case");
        check(Cli.run("init", "--case", caseDir.toString()));
        Path release = Files.createDirectories(tmp.resolve("release"));
        Files.writeString(release.resolve("memo.txt"), "Agent (b)(6) met (b)(7)(C) <script>alert(1)</script>.\n");
        Files.writeString(release.resolve("log.txt"), "RELEASE IN PART B6\nThe log.\n");
        check(Cli.run(
                "requests",
                "add",
                "--case",
                caseDir.toString(),
                "--law",
                "us-foia",
                "--agency",
                "U.S. Immigration and Customs Enforcement",
                "--subject",
                "Records",
                "--filed",
                "2024-02-29",
                "--tracking",
                "2024-ICFO-00001"));
        check(Cli.run("requests", "produce", "--case", caseDir.toString(), "2024-ICFO-00001", release.toString()));
        served = ServedCase.open(caseDir);
        browser = HeadlessChromium.start(tmp.resolve("profile"));
        browser.get(served.entry());
    }

    static void check(Cli.Run r) {
        if (r.code() != 0) throw new IllegalStateException(r.toString());
    }

    @AfterAll
    static void stop() {
        if (browser != null) browser.quit();
        if (served != null) served.close();
    }

    static List<List<String>> table() {
        return browser.findElements(By.cssSelector("#redactions tbody tr")).stream()
                .map(tr -> tr.findElements(By.tagName("td")).stream()
                        .map(WebElement::getText)
                        .toList())
                .toList();
    }

    @Test
    void theTableInEnglishAndSpanishAndPerAgency() {
        browser.get(served.base() + "/redactions?lang=en");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Redactions");
        assertThat(browser.findElement(By.id("redactions-total")).getText()).isEqualTo("3 exemption marks on 2 pages.");
        assertThat(table())
                .containsExactly(
                        List.of(
                                "2024-ICFO-00001 production 1",
                                "U.S. Immigration and Customs Enforcement",
                                "(b)(6)",
                                "2",
                                "2",
                                "2"),
                        List.of(
                                "2024-ICFO-00001 production 1",
                                "U.S. Immigration and Customs Enforcement",
                                "(b)(7)(C)",
                                "1",
                                "1",
                                "1"));

        new Select(browser.findElement(By.id("redactions-by"))).selectByValue("agency");
        browser.findElement(By.cssSelector("form.inline button")).click();
        HeadlessChromium.waiting(browser).until(ExpectedConditions.urlContains("by=agency"));
        assertThat(table())
                .first()
                .isEqualTo(List.of("U.S. Immigration and Customs Enforcement", "(b)(6)", "2", "2", "2"));
        assertThat(browser.findElement(By.id("redactions-docx")).getAttribute("href"))
                .endsWith("format=docx&by=agency");

        browser.get(served.base() + "/redactions?lang=es&by=document");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Tachaduras");
        assertThat(browser.findElement(By.id("redactions-total")).getText())
                .isEqualTo("3 marcas de exención en 2 páginas.");
        assertThat(table()).extracting(r -> r.get(0)).contains("release/memo.txt", "release/log.txt");
        assertThat(browser.findElement(By.id("redactions-csv")).getText()).isEqualTo("Descargar CSV");
        assertThat(browser.getPageSource()).doesNotContain("redactions.");
    }

    @Test
    void theDownloadsAreTheSameTable() throws Exception {
        HttpResponse<String> csv = served.get("/redactions/export?format=csv&by=source");
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Disposition").orElse("")).contains("redactions.csv");
        assertThat(csv.body()).contains("\"(b)(7)(C)\",1,1,1");
        HttpResponse<byte[]> docx = served.folder == null
                ? null
                : java.net.http.HttpClient.newHttpClient()
                        .send(
                                served.request("/redactions/export?format=docx")
                                        .GET()
                                        .build(),
                                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(docx.statusCode()).isEqualTo(200);
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx.body()))) {
            assertThat(doc.getTables().get(0).getRow(2).getCell(2).getText()).isEqualTo("(b)(7)(C)");
        }
        assertThat(served.get("/redactions/export?format=pdf").statusCode()).isEqualTo(400);
        assertThat(served.get("/redactions?by=person").statusCode()).isEqualTo(400);
    }

    @Test
    void theDocumentPageMarksTheExemptionsOnItsText() throws Exception {
        String id = new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree(served.get("/api/v1/search?q=agent").body())
                .at("/hits/0/documentId")
                .asText();
        browser.get(served.base() + "/documents/" + id + "?lang=en");
        List<WebElement> marks = browser.findElements(By.cssSelector(".mark.exemption"));
        assertThat(marks).extracting(WebElement::getText).containsExactly("(b)(6)", "(b)(7)(C)");
        assertThat(marks).extracting(m -> m.getAttribute("title")).containsExactly("(b)(6)", "(b)(7)(C)");
        assertThat(browser.getPageSource()).contains("Exemption mark").doesNotContain("<script>alert(1)");
    }
}
