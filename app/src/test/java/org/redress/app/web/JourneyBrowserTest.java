package org.redress.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.stream.Stream;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.redress.app.cli.Cli;
import org.redress.core.corpus.Sha256;

/**
 * A new user's journey on the demo case, in a real headless Chromium: search, open the document, select a quote on
 * its page, cite it on a new event, find it in the chronology, follow the link back to the quote marked on the page,
 * and export the chronology as DOCX with the quote in it. A screenshot of each step is kept under
 * {@code target/screenshots/journey/}.
 */
class JourneyBrowserTest {
    private static final String QUOTE = "A confidential source reports that the group will hold a march on March 17.";
    private static final Path SHOTS = Path.of("target", "screenshots", "journey");

    @TempDir
    static Path tmp;

    static ServedCase served;
    static WebDriver browser;
    static String memo;

    @BeforeAll
    static void start() throws IOException {
        HeadlessChromium.assumeInstalled("journey browser test");
        Path caseDir = tmp.resolve("case");
        Path production = tmp.resolve("demo");
        Cli.demoCase(caseDir, production);
        memo = Sha256.of(production.resolve("003-field-office-memo.pdf"));
        served = ServedCase.open(caseDir);
        browser = HeadlessChromium.start(tmp.resolve("profile"), tmp.resolve("downloads"));
        browser.get(served.entry());
    }

    @AfterAll
    static void stop() {
        if (browser != null) browser.quit();
        if (served != null) served.close();
    }

    static WebDriverWait waiting() {
        return HeadlessChromium.waiting(browser);
    }

    @Test
    void fromASearchToAnExportedChronologyWithTheQuote() throws Exception {
        // 1. Search.
        browser.get(served.base() + "/?lang=en");
        browser.findElement(By.id("q")).sendKeys("\"confidential source\"");
        browser.findElement(By.cssSelector("form.search button[type=submit]")).click();
        WebElement hit = waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("li.hit a.title")));
        screenshot("01-search.png");

        // 2. Open the document: its pages beside their images; then page 2 alone.
        hit.click();
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("page-2")));
        assertThat(browser.getCurrentUrl()).contains("/documents/" + memo);
        browser.findElement(By.cssSelector("#page-2 .page-nav a[href*='?page=2']"))
                .click();
        waiting().until(ExpectedConditions.urlContains("?page=2"));
        assertThat(browser.findElements(By.cssSelector("article.page"))).hasSize(1);
        assertThat(browser.findElement(By.cssSelector("#page-2 .page-nav")).getText())
                .contains("Page 2 of 3");
        WebElement image = browser.findElement(By.cssSelector("#page-2 .page-image img"));
        waiting()
                .until(d -> js("return arguments[0].complete && arguments[0].naturalWidth", image) instanceof Long w
                        && w > 0);
        assertThat(image.getAttribute("alt")).isEqualTo("Image of page 2, drawn from the original");
        screenshot("02-document.png");

        // 3. Select the quote on the page's text: the "Cite this" button appears and fills in the form.
        Object at = js(SELECT, "#page-2 pre.text", QUOTE);
        assertThat(at).as("the quote is on page 2").isNotEqualTo(-1L);
        WebElement citeThis =
                waiting().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("button.cite-this")));
        assertThat(citeThis.getText()).isEqualTo("Cite this");
        screenshot("03-selected.png");
        citeThis.click();
        WebElement form = browser.findElement(By.id("cite-form"));
        assertThat(form.findElement(By.name("quote")).getAttribute("value")).isEqualTo(QUOTE);
        assertThat(form.findElement(By.name("page")).getAttribute("value")).isEqualTo("2");
        assertThat(browser.switchTo().activeElement().getAttribute("name")).isEqualTo("event");

        // 4. Cite it on a new event.
        new Select(form.findElement(By.name("event"))).selectByValue("");
        form.findElement(By.name("date")).sendKeys("2017-03-14");
        new Select(form.findElement(By.name("kind"))).selectByValue("adverse.informant_contact");
        form.findElement(By.name("description")).sendKeys("A source inside the group's organising meetings");
        screenshot("04-cite-form.png");
        form.findElement(By.cssSelector("button[type=submit]")).click();
        waiting().until(ExpectedConditions.urlContains("/events/"));
        assertThat(browser.findElement(By.cssSelector("ol.citations")).getText())
                .contains(QUOTE);

        // 5. The chronology shows the quote, linked back to its page.
        browser.get(served.base() + "/chronology");
        WebElement link = waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("a.quote-link")));
        assertThat(link.getText()).contains(QUOTE);
        assertThat(link.getAttribute("href")).contains("/documents/" + memo + "?page=2&quote=");
        screenshot("05-chronology.png");

        // 6. Following the link shows the page with the quote marked.
        js("arguments[0].scrollIntoView({block: 'center'})", link);
        link.click();
        WebElement marked = waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("at-quote")));
        assertThat(marked.getText().replaceAll("\\s+", " ")).isEqualTo(QUOTE);
        assertThat(browser.findElements(By.cssSelector("article.page"))).hasSize(1);
        screenshot("06-quote-marked.png");

        // 7. The chronology as Word, with the quote.
        browser.get(served.base() + "/chronology");
        browser.findElement(By.cssSelector("p.downloads a[href^='/api/v1/chronology?format=docx']"))
                .click();
        Path downloads = tmp.resolve("downloads");
        waiting().until(d -> docx(downloads) != null);
        Path docx = docx(downloads);
        try (InputStream in = Files.newInputStream(docx);
                XWPFWordExtractor words = new XWPFWordExtractor(new XWPFDocument(in))) {
            assertThat(words.getText()).contains(QUOTE).contains("A source inside the group");
        }
        screenshot("07-export.png");
    }

    /** The finished DOCX in the downloads folder, or null while Chromium is still writing it. */
    static Path docx(Path downloads) {
        try (Stream<Path> files = Files.list(downloads)) {
            return files.filter(f -> f.toString().endsWith(".docx")).findFirst().orElse(null);
        } catch (IOException e) {
            return null;
        }
    }

    /** Selects the text {@code arguments[1]} inside the element {@code arguments[0]}, across its marks. */
    private static final String SELECT = """
            const root = document.querySelector(arguments[0]);
            const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
            const nodes = [];
            let text = '';
            while (walker.nextNode()) { nodes.push([walker.currentNode, text.length]); text += walker.currentNode.data; }
            const at = text.replace(/\\s/g, ' ').indexOf(arguments[1]);
            if (at < 0) return -1;
            const point = off => { for (const [n, s] of nodes) if (off <= s + n.data.length) return [n, off - s]; };
            const [a, ao] = point(at);
            const [b, bo] = point(at + arguments[1].length);
            const range = document.createRange();
            range.setStart(a, ao);
            range.setEnd(b, bo);
            const selection = window.getSelection();
            selection.removeAllRanges();
            selection.addRange(range);
            return at;
            """;

    static Object js(String script, Object... args) {
        return ((JavascriptExecutor) browser).executeScript(script, args);
    }

    /** The whole page, not only the first screenful. */
    static void screenshot(String name) throws IOException {
        Path out = Files.createDirectories(SHOTS).resolve(name);
        long height = (Long) js("return document.documentElement.scrollHeight");
        Dimension before = browser.manage().window().getSize();
        browser.manage().window().setSize(new Dimension(1280, (int) Math.min(Math.max(height + 140, 600), 5000)));
        try {
            Path shot =
                    ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE).toPath();
            Files.copy(shot, out, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            browser.manage().window().setSize(before);
        }
    }
}
