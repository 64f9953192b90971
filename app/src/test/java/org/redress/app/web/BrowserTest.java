package org.redress.app.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.redress.app.cli.Cli;
import org.redress.core.corpus.Sha256;

/** The web pages in a real headless Chromium, on the ingested demo case. */
class BrowserTest {

    @TempDir
    static Path tmp;

    static Path production;
    static ServedCase served;
    static WebDriver browser;
    static String base;

    @BeforeAll
    static void start() throws IOException {
        HeadlessChromium.assumeInstalled("browser test");
        Path caseDir = tmp.resolve("case");
        production = tmp.resolve("demo");
        Cli.demoCase(caseDir, production);
        served = ServedCase.open(caseDir);
        base = served.base();

        browser = HeadlessChromium.start(tmp.resolve("profile"));
        browser.get(served.entry()); // as a person opens the link redress serve printed: it sets the access cookie
    }

    @AfterAll
    static void stop() throws Exception {
        if (browser != null) browser.quit();
        if (served != null) served.close();
    }

    static String sha(String file) throws IOException {
        return Sha256.of(production.resolve(file));
    }

    static WebDriverWait waiting() {
        return HeadlessChromium.waiting(browser);
    }

    static void assertNoAlert() {
        assertThatThrownBy(() -> browser.switchTo().alert()).isInstanceOf(NoAlertPresentException.class);
    }

    @Test
    void searchFacetAndDocument() throws IOException {
        browser.get(base + "/?lang=en");
        WebElement box = browser.findElement(By.id("q"));
        box.sendKeys("balcazar");
        browser.findElement(By.cssSelector("form.search button[type=submit]")).click();
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("li.hit")));

        List<WebElement> marks = browser.findElements(By.cssSelector("li.hit .snippet mark"));
        assertThat(marks).isNotEmpty();
        assertThat(marks).allSatisfy(m -> assertThat(m.getText()).matches("(?i)balc[aá]zar"));
        int allHits = browser.findElements(By.cssSelector("li.hit")).size();

        screenshot("search.png");

        // The facet "email" of the type dimension.
        WebElement emailFacet = browser.findElements(By.cssSelector("aside.facets a")).stream()
                .filter(a -> a.getText().trim().equals("email"))
                .findFirst()
                .orElseThrow();
        emailFacet.click();
        waiting().until(ExpectedConditions.urlContains("type=email"));
        List<WebElement> hits = browser.findElements(By.cssSelector("li.hit"));
        assertThat(hits).hasSize(1).hasSizeLessThan(allHits);
        assertThat(hits.get(0).findElement(By.cssSelector(".meta")).getText()).contains("email");
        assertThat(hits.get(0).findElements(By.cssSelector(".snippet mark"))).isNotEmpty();
        assertThat(browser.findElement(By.cssSelector("aside.facets li.selected"))
                        .getText())
                .contains("email");

        hits.get(0).findElement(By.cssSelector("a.title")).click();
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("article.page")));
        assertThat(browser.getCurrentUrl()).contains("/documents/" + sha("001-dmv-to-ice.eml"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Photos and addresses you asked for");
        assertThat(browser.findElements(By.cssSelector("article.page pre.text mark")))
                .isNotEmpty()
                .allSatisfy(m -> assertThat(m.getText()).isEqualTo("Balcazar"));
        assertThat(browser.findElements(By.cssSelector("ul.provenance li")))
                .singleElement()
                .satisfies(li -> assertThat(li.getText()).contains("demo/001-dmv-to-ice.eml"));
        assertNoAlert();
    }

    @Test
    void duplicatedMemoShowsBothPlacesAndTheMatchedPage() throws IOException {
        browser.get(base + "/?lang=en&q="
                + java.net.URLEncoder.encode("\"confidential source\"", java.nio.charset.StandardCharsets.UTF_8));
        WebElement hit = waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("li.hit a.title")));
        assertThat(browser.findElements(By.cssSelector("li.hit"))).hasSize(1);
        hit.click();
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("page-2")));
        assertThat(browser.getCurrentUrl()).endsWith("#page-2");
        List<String> places = browser.findElements(By.cssSelector("ul.provenance li .path")).stream()
                .map(WebElement::getText)
                .toList();
        assertThat(places)
                .containsExactlyInAnyOrder("demo/003-field-office-memo.pdf", "demo/006-duplicate-of-memo.pdf");
        // The page marks each word of the phrase where it stands as a phrase (positions strictly), not elsewhere.
        assertThat(browser.findElements(By.cssSelector("#page-2 pre.text mark")).stream()
                        .map(WebElement::getText))
                .containsExactly("confidential", "source");
        assertThat(browser.findElements(By.cssSelector("#page-1 pre.text mark")))
                .isEmpty();
        assertThat(browser.findElements(By.cssSelector("article.page"))).hasSize(3);
        screenshot("document.png");
    }

    @Test
    void spanish() throws IOException {
        browser.get(base + "/?lang=es&q=balcazar");
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("li.hit")));
        assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("es");
        assertThat(browser.findElement(By.cssSelector("form.search button[type=submit]"))
                        .getText())
                .isEqualTo("Buscar");
        assertThat(browser.findElement(By.cssSelector("p.total")).getText()).contains("coinciden");
        assertThat(browser.findElements(By.cssSelector("aside.facets h2")).stream()
                        .map(h -> h.getText().toLowerCase(java.util.Locale.ROOT)))
                .containsExactly("tipo", "fuente", "dominio del remitente", "año");
        // The choice sticks (cookie) on the next page without ?lang.
        browser.get(base + "/documents/" + sha("003-field-office-memo.pdf"));
        String body = browser.findElement(By.tagName("body")).getText();
        assertThat(body).contains("De dónde viene", "Sobre este documento", "Descargar el original", "Página 1");
        assertThat(body).doesNotContain("Where it came from").doesNotContain("doc.");
        browser.get(base + "/documents/0123456789abcdef");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("No encontrado");
        assertThat(browser.findElement(By.tagName("body")).getText()).contains("Volver a la búsqueda");
        browser.get(base + "/?lang=en");
    }

    @Test
    void hostileDocumentDoesNotRun() throws IOException {
        browser.get(base + "/documents/" + sha("007-hostile-note.html") + "?lang=en&q=contact");
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("article.page")));
        assertNoAlert();
        WebElement text = browser.findElement(By.cssSelector("article.page pre.text"));
        assertThat(text.getText()).contains("<img src=x onerror=alert(1)>").contains("ICE contact list follows");
        assertThat(text.findElements(By.tagName("img"))).isEmpty();
        assertThat(text.findElements(By.tagName("script"))).isEmpty();
        assertThat(text.findElements(By.tagName("mark")))
                .singleElement()
                .satisfies(m -> assertThat(m.getText()).isEqualTo("contact"));
        assertThat(browser.getPageSource()).doesNotContain("alert('x')");

        // A hostile query typed into the box is shown, not run.
        browser.get(base + "/?lang=en");
        browser.findElement(By.id("q")).sendKeys("\"<script>alert(2)</script>\"");
        browser.findElement(By.cssSelector("form.search button[type=submit]")).click();
        waiting().until(ExpectedConditions.urlContains("q="));
        assertNoAlert();
        assertThat(browser.findElement(By.id("q")).getAttribute("value")).isEqualTo("\"<script>alert(2)</script>\"");
    }

    static void screenshot(String name) throws IOException {
        Path out = Files.createDirectories(Path.of("target", "screenshots")).resolve(name);
        Path shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE).toPath();
        Files.copy(shot, out, StandardCopyOption.REPLACE_EXISTING);
    }
}
