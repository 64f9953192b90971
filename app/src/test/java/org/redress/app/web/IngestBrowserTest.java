package org.redress.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.redress.app.cli.Cli;
import org.redress.app.demo.DemoProduction;

/**
 * A production added from the web in a real headless Chromium, on the demo case: the home page and its first-run
 * guide, the ingest form filled and sent with files and a zip (one file broken), the progress followed by the
 * page's script to the end, the failure listed with its reason, and the home page showing the new production.
 * Screenshots of each step go to {@code target/screenshots/ingest/}.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class IngestBrowserTest {
    @TempDir
    static Path tmp;

    static ServedCase served;
    static WebDriver browser;
    static String base;
    static Path upload;

    @BeforeAll
    static void start() throws IOException {
        HeadlessChromium.assumeInstalled("ingest browser test");
        Path caseDir = tmp.resolve("case");
        Path production = tmp.resolve("demo-production");
        check(Cli.run("init", "--case", caseDir.toString()));
        DemoProduction.write(production);
        // As redress demo ingests it: the home page knows the demo case by this source and shows its guide.
        check(Cli.run(
                "ingest",
                "--case",
                caseDir.toString(),
                "--json",
                "--source",
                DemoProduction.SOURCE,
                "--received",
                "2017-09-01",
                production.toString()));
        upload = Files.createDirectories(tmp.resolve("to upload"));
        Files.writeString(
                upload.resolve("memo about the vigil.txt"),
                "The field office memo about the vigil at the Statehouse, and who spoke there.\n");
        Files.writeString(upload.resolve("broken.pdf"), "%PDF-1.7\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R");
        Files.write(
                upload.resolve("members.zip"), zip("inside/list.txt", "Surveillance list of the march organisers.\n"));
        served = ServedCase.open(caseDir);
        base = served.base();
        browser = HeadlessChromium.start(tmp.resolve("profile"));
        browser.get(served.entry()); // as a person opens the link redress serve printed: it sets the access cookie
    }

    @AfterAll
    static void stop() {
        if (browser != null) browser.quit();
        if (served != null) served.close();
    }

    @Test
    @Order(1)
    void theHomePageSaysWhatTheCaseHoldsAndGuidesANewUser() throws IOException {
        browser.get(base + "/?lang=en");
        WebElement holds = browser.findElement(By.cssSelector("section.holds"));
        assertThat(holds.getText()).contains("Documents", "Pages", "Sources", "Records requests");
        WebElement guide = browser.findElement(By.id("guide"));
        assertThat(guide.findElements(By.cssSelector("ol > li"))).hasSize(5);
        assertThat(guide.getText()).contains("Search for \"balcazar\"", "Export the chronology (DOCX)");
        assertThat(browser.findElement(By.id("whats-new")).getText()).contains("first visit");
        screenshot("1-home-first-visit.png");
        // The guide's first step is a real search of the demo production.
        guide.findElement(By.linkText("Search for \"balcazar\"")).click();
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("li.hit")));
        screenshot("2-guide-search.png");
    }

    @Test
    @Order(2)
    void aProductionUploadedFromThePageIsIngestedWithItsProgressToTheEnd() throws IOException {
        browser.get(base + "/?lang=en");
        browser.findElement(By.xpath("//header//details[.//a[@href='/ingest']]/summary"))
                .click(); // the menu opens
        browser.findElement(By.cssSelector("header nav a[href='/ingest']")).click();
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("ingest-form")));
        // Every field has its label, and the form is usable from the keyboard (tab order is the page's order).
        for (String id : new String[] {
            "ingest-files-input",
            "ingest-folder",
            "ingest-source",
            "ingest-received",
            "ingest-request",
            "ingest-passwords"
        }) {
            assertThat(browser.findElements(By.cssSelector("label[for='" + id + "']")))
                    .as(id)
                    .hasSize(1);
        }
        browser.findElement(By.id("ingest-files-input"))
                .sendKeys(String.join(
                        "\n",
                        upload.resolve("memo about the vigil.txt").toString(),
                        upload.resolve("broken.pdf").toString(),
                        upload.resolve("members.zip").toString()));
        browser.findElement(By.id("ingest-source")).sendKeys("ICE production 2");
        ((JavascriptExecutor) browser)
                .executeScript("document.getElementById('ingest-received').value = '2024-05-02';");
        screenshot("3-form-filled.png");
        browser.findElement(By.cssSelector("#ingest-form button[type=submit]")).click();

        waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("ingest-progress")));
        assertThat(browser.findElement(By.id("progress-title")).getText()).contains("ICE production 2");
        screenshot("4-progress.png");
        // The page's script polls the progress and reloads the page when the ingest ends.
        // The state is read by script in one step: an element found just before that reload can belong to
        // the old document ("Node ... does not belong to the document"), which no element wait survives.
        HeadlessChromium.waiting(browser, Duration.ofMinutes(5))
                .ignoring(WebDriverException.class)
                .until(ExpectedConditions.jsReturnsValue("const p = document.getElementById('ingest-progress');"
                        + " return p && p.dataset.state === 'finished' ? 'finished' : null;"));
        assertThat(browser.findElement(By.id("ingest-files")).getText()).isEqualTo("3 / 3");
        assertThat(browser.findElement(By.id("ingest-summary")).getText()).contains("3 files seen", "1 failed");
        WebElement failures = browser.findElement(By.id("ingest-failure-list"));
        assertThat(failures.getText()).contains("broken.pdf");
        assertThat(failures.findElements(By.cssSelector("tbody td")).get(1).getText())
                .isNotBlank();
        assertThat(browser.findElement(By.id("ingest-form")).isDisplayed())
                .as("ready for the next")
                .isTrue();
        screenshot("5-finished-with-failures.png");
    }

    @Test
    @Order(3)
    void theHomePageShowsTheNewProductionAndTheGuideCanBeHidden() throws IOException {
        browser.findElement(By.cssSelector("header a.brand")).click();
        WebElement news = waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("whats-new")));
        assertThat(news.findElements(By.cssSelector("a.new-source")))
                .extracting(WebElement::getText)
                .containsExactly("ICE production 2");
        screenshot("6-home-new-production.png");
        browser.findElement(By.cssSelector("#guide button[type=submit]")).click();
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("whats-new")));
        assertThat(browser.findElements(By.id("guide"))).isEmpty();
        assertThat(browser.findElement(By.id("whats-new")).getText()).contains("ICE production 2");
        screenshot("7-guide-hidden.png");
    }

    @Test
    @Order(4)
    void theIngestPageInSpanish() throws IOException {
        browser.get(base + "/ingest?lang=es");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Añadir una entrega");
        assertThat(browser.findElement(By.id("ingest-summary")).getText()).contains("archivos vistos");
        assertThat(browser.findElement(By.cssSelector("label[for='ingest-passwords']"))
                        .getText())
                .contains("Contraseñas de archivos cifrados");
        screenshot("8-ingest-es.png");
        browser.get(base + "/?lang=es");
        assertThat(browser.findElement(By.id("whats-new")).getText()).contains("Novedades desde");
        screenshot("9-home-es.png");
        browser.get(base + "/?lang=en");
    }

    static WebDriverWait waiting() {
        return HeadlessChromium.waiting(browser);
    }

    static void screenshot(String name) throws IOException {
        Path out = Files.createDirectories(Path.of("target", "screenshots", "ingest"))
                .resolve(name);
        Path shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE).toPath();
        Files.copy(shot, out, StandardCopyOption.REPLACE_EXISTING);
    }

    private static byte[] zip(String name, String text) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry(name));
            zip.write(text.getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        return bytes.toByteArray();
    }

    private static void check(Cli.Run r) {
        if (r.code() != 0) throw new IllegalStateException(r.toString());
    }
}
