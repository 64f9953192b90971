package org.redress.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.redress.app.cli.Cli;

/**
 * A saved search that lights up after a new production, in a real headless Chromium: save it from the search page
 * (by keyboard), ingest a production, see the notice on the case's home page, review the new hits, mark them seen.
 */
class SavedSearchesBrowserTest {
    @TempDir
    static Path tmp;

    static Path caseDir;
    static ServedCase served;
    static WebDriver browser;
    static Screenshots shots;

    @BeforeAll
    static void start() throws Exception {
        HeadlessChromium.assumeInstalled("saved searches browser test");
        caseDir = tmp.resolve("case");
        Cli.demoCase(caseDir, tmp.resolve("demo"));
        served = ServedCase.open(caseDir);
        browser = HeadlessChromium.start(tmp.resolve("profile"));
        browser.get(served.entry());
        shots = new Screenshots(browser, "searches");
    }

    @AfterAll
    static void stop() {
        if (browser != null) browser.quit();
        if (served != null) served.close();
    }

    static void open(String path) {
        browser.get(served.base() + path);
        HeadlessChromium.waiting(browser).until(ExpectedConditions.presenceOfElementLocated(By.tagName("footer")));
    }

    @Test
    void aSavedSearchLightsUpOnTheHomePageAfterANewProduction() throws Exception {
        open("/?lang=en&q=" + Pages.enc("informant OR vigil"));
        assertThat(browser.findElement(By.cssSelector(".hits .total")).getText())
                .isEqualTo("0 pages match");
        shots.take("1-search.png");

        // Saved by keyboard: type the name and press Enter in the field.
        WebElement name = browser.findElement(By.id("save-name"));
        name.sendKeys("Informants at vigils", Keys.ENTER);
        HeadlessChromium.waiting(browser).until(ExpectedConditions.urlMatches("/searches/\\d+$"));
        String review = browser.getCurrentUrl();
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Informants at vigils");
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("0 new hits", "No new hits");
        shots.take("2-saved.png");

        open("/");
        assertThat(browser.findElements(By.cssSelector("section.alerts"))).isEmpty();

        Path production = Files.createDirectories(tmp.resolve("production-2"));
        Files.writeString(
                production.resolve("informant-report.txt"),
                "Informant CS-7 reported who spoke at the vigil outside the courthouse.\n");
        Files.writeString(production.resolve("informant-pay.txt"), "Payment to informant CS-7 for March.\n");
        Files.writeString(production.resolve("fleet.txt"), "Fleet maintenance schedule.\n");
        Cli.Run ingest =
                Cli.run("ingest", "--case", caseDir.toString(), "--source", "ICE production 2", production.toString());
        assertThat(ingest.code()).as(ingest.toString()).isZero();

        open("/?lang=en");
        WebElement notice = browser.findElement(By.cssSelector("section.alerts"));
        assertThat(notice.getText()).contains("2 new hits for saved search \"Informants at vigils\"");
        shots.take("3-home-notice.png");
        open("/?lang=es");
        assertThat(browser.findElement(By.cssSelector("section.alerts")).getText())
                .contains("2 resultados nuevos para la búsqueda guardada «Informants at vigils»");
        open("/?lang=en");

        browser.findElement(By.cssSelector("section.alerts a")).click();
        HeadlessChromium.waiting(browser).until(ExpectedConditions.urlToBe(review));
        List<WebElement> hits = browser.findElements(By.cssSelector("ol.new-hits li"));
        assertThat(hits).hasSize(2);
        assertThat(browser.findElement(By.tagName("main")).getText())
                .contains("informant-report.txt", "informant-pay.txt")
                .doesNotContain("fleet.txt");
        assertThat(browser.findElements(By.cssSelector("ol.new-hits mark"))).isNotEmpty();
        shots.take("4-review.png");

        // Tick one by keyboard (space on the focused box), mark it seen; the other stays new.
        WebElement box = hits.get(0).findElement(By.cssSelector("input[type=checkbox]"));
        box.sendKeys(Keys.SPACE);
        assertThat(box.isSelected()).isTrue();
        browser.findElement(By.cssSelector("form[action$='/seen'] button")).click();
        HeadlessChromium.waiting(browser)
                .until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("ol.new-hits li"), 1));
        open("/searches?lang=en");
        assertThat(browser.findElement(By.cssSelector("table.grid")).getText())
                .contains("Informants at vigils", "1 new hit");
        shots.take("5-list.png");

        open(review.substring(served.base().length()));
        browser.findElement(By.cssSelector("form[action$='/seen'] button")).click();
        HeadlessChromium.waiting(browser)
                .until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"), "No new hits"));
        open("/");
        assertThat(browser.findElements(By.cssSelector("section.alerts"))).isEmpty();
    }
}
