package org.redress.app.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.redress.app.mentions.WatchCase.ok;
import static org.redress.app.mentions.WatchCase.write;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.redress.application.mentions.MentionRow;

/**
 * The watch list on the web in a real headless Chromium: the review queue (one hit, ticked hits in bulk), the marks
 * on the document page and their buttons, watching someone from the people page (screened in the background, the
 * decisions kept), the page of a watched person, person: in search with its facet, and the chronology's derived row.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class MentionsBrowserTest {
    static final String ENRIQUE = "José Enrique Balcázar Sánchez";

    @TempDir
    static Path tmp;

    static ServedCase served;
    static WebDriver browser;
    static String base;

    @BeforeAll
    static void start() throws Exception {
        HeadlessChromium.assumeInstalled("mentions browser test");
        String dir = tmp.resolve("case").toString();
        ok("init", "--case", dir);
        write(tmp.resolve("people.csv"), """
                name,aliases,role,organisation,watched
                José Enrique Balcázar Sánchez,Kike;E. Balcazar,subject,Migrant Justice,
                Zully Palacios,,witness,,yes
                Rosa Palacios,,official,DHS,
                """);
        ok("import", "--case", dir, "people", tmp.resolve("people.csv").toString());
        Path production = tmp.resolve("production-1");
        org.redress.app.mentions.WatchCase.firstProduction(production);
        ok("ingest", "--case", dir, "--received", "2017-06-01", production.toString());
        served = ServedCase.open(Path.of(dir));
        base = served.base();
        browser = HeadlessChromium.start(tmp.resolve("profile"));
        browser.get(served.entry());
    }

    @AfterAll
    static void stop() {
        if (browser != null) browser.quit();
        if (served != null) served.close();
    }

    static void open(String path) {
        browser.get(base + path);
        HeadlessChromium.waiting(browser).until(ExpectedConditions.presenceOfElementLocated(By.tagName("footer")));
    }

    static List<WebElement> queueRows() {
        return browser.findElements(By.cssSelector("table.queue tbody tr"));
    }

    static WebElement row(String matched) {
        return queueRows().stream()
                .filter(r -> r.findElement(By.cssSelector("td.context mark"))
                        .getText()
                        .equals(matched))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no row for '" + matched + "'"));
    }

    /** The hit as the case has it now. */
    static MentionRow stored(String matched) {
        return served.folder.mentions().list(null, null).hits().stream()
                .filter(h -> h.matched().equals(matched))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no hit '" + matched + "'"));
    }

    @Test
    @Order(1)
    void theQueueShowsEveryNewHitInContextWithScoreAndRule() {
        open("/mentions");
        assertThat(queueRows()).hasSize(4);
        WebElement zully = row("Zully Palacios");
        assertThat(zully.findElement(By.cssSelector("td.context")).getText()).contains("was present");
        assertThat(zully.findElement(By.cssSelector("td.score")).getText()).matches("0\\.\\d\\d|1\\.00");
        assertThat(row("BALCAZAR SANCHEZ, JOSE E")
                        .findElement(By.cssSelector("td.rule"))
                        .getText())
                .contains("comma form");
        open("/mentions?lang=es");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Menciones por revisar");
        open("/mentions?lang=en");
    }

    @Test
    @Order(2)
    void aHitIsConfirmedFromTheQueueWithAReason() {
        open("/mentions");
        WebElement r = row("BALCAZAR SANCHEZ, JOSE E");
        r.findElement(By.name("reason")).sendKeys("the memo's subject line");
        r.findElement(By.cssSelector("button[value=confirm]")).click();
        HeadlessChromium.waiting(browser).until(d -> queueRows().size() == 3);
        MentionRow hit = stored("BALCAZAR SANCHEZ, JOSE E");
        assertThat(hit.status()).isEqualTo("confirmed");
        assertThat(hit.reason()).isEqualTo("the memo's subject line");
    }

    @Test
    @Order(3)
    void tickedHitsAreDecidedTogether() {
        open("/mentions");
        row("jbalcazar").findElement(By.cssSelector("input[type=checkbox]")).click();
        row("Enrique Balcazar")
                .findElement(By.cssSelector("input[type=checkbox]"))
                .click();
        WebElement bulk = browser.findElement(By.id("bulk"));
        bulk.findElement(By.name("reason")).sendKeys("an email address, check with the client");
        bulk.findElement(By.cssSelector("button[value=unsure]")).click();
        HeadlessChromium.waiting(browser).until(d -> queueRows().size() == 1);
        assertThat(stored("jbalcazar").status()).isEqualTo("unsure");
        assertThat(stored("Enrique Balcazar").status()).isEqualTo("unsure");
        assertThat(stored("Enrique Balcazar").reason()).isEqualTo("an email address, check with the client");
    }

    @Test
    @Order(4)
    void theDocumentPageMarksTheHitsWithTheirStatusAndDecidesOnThem() {
        String memo = stored("Zully Palacios").documentId();
        open("/documents/" + memo);
        List<WebElement> marks = browser.findElements(By.cssSelector("pre.text span.mark.mention"));
        assertThat(marks).extracting(WebElement::getText).containsExactly("BALCAZAR SANCHEZ, JOSE E", "Zully Palacios");
        assertThat(marks.get(0).getAttribute("class")).contains("status-confirmed");
        assertThat(marks.get(1).getAttribute("class")).contains("status-new");
        assertThat(marks.get(1).getAttribute("title")).contains("Zully Palacios");

        WebElement note =
                browser.findElement(By.id("mention-" + stored("Zully Palacios").id()));
        note.findElement(By.name("reason")).sendKeys("another Palacios");
        note.findElement(By.cssSelector("button[value=reject]")).click();
        HeadlessChromium.waiting(browser)
                .until(d -> d.findElements(By.cssSelector("pre.text span.mark.mention.status-rejected"))
                                .size()
                        == 1);
        assertThat(browser.getCurrentUrl()).contains("/documents/" + memo);
        assertThat(stored("Zully Palacios").status()).isEqualTo("rejected");
        assertThat(stored("Zully Palacios").reason()).isEqualTo("another Palacios");
    }

    @Test
    @Order(5)
    void watchingSomeoneFromThePeoplePageScreensInTheBackgroundAndTheDecisionsStick() throws Exception {
        open("/people");
        WebElement rosa = browser.findElements(By.cssSelector("table.grid tbody tr")).stream()
                .filter(r -> r.getText().startsWith("Rosa Palacios"))
                .findFirst()
                .orElseThrow();
        rosa.findElement(By.cssSelector("button.watch")).click();
        HeadlessChromium.waiting(browser)
                .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("p.screening")));
        awaitScreening();
        open("/people");
        assertThat(browser.findElement(By.cssSelector("p.screening")).getText()).contains("has finished");
        assertThat(served.folder
                        .caseModel()
                        .store()
                        .person("Rosa Palacios")
                        .orElseThrow()
                        .watched())
                .isTrue();

        // The whole corpus was screened again with the new watch list: Rosa is found, every decision is kept.
        assertThat(stored("Rosa Palacios").status()).isEqualTo("new");
        assertThat(stored("BALCAZAR SANCHEZ, JOSE E").status()).isEqualTo("confirmed");
        assertThat(stored("Zully Palacios").status()).isEqualTo("rejected");
        assertThat(stored("jbalcazar").status()).isEqualTo("unsure");
        open("/mentions");
        assertThat(queueRows())
                .extracting(
                        r -> r.findElement(By.cssSelector("td.context mark")).getText())
                .containsExactly("Rosa Palacios");
    }

    /** Waits, a bounded number of times, for the background screening to finish (not a timing assertion). */
    static void awaitScreening() throws Exception {
        awaitScreening(served);
    }

    static void awaitScreening(ServedCase served) throws Exception {
        ObjectMapper mapper = new ObjectMapper();
        for (int i = 0; i < 1200; i++) {
            JsonNode s =
                    mapper.readTree(served.get("/api/v1/mentions/screening").body());
            if (!s.get("running").asBoolean() && s.hasNonNull("finished")) {
                assertThat(s.get("failed").asBoolean()).isFalse();
                return;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("the background screening did not finish");
    }

    @Test
    @Order(6)
    void aWatchedPersonsPageShowsTheirHitsByAgencyAndDate() {
        open("/mentions/person?name=Kike");
        assertThat(browser.findElement(By.tagName("h1")).getText()).startsWith(ENRIQUE);
        assertThat(browser.findElement(By.cssSelector("dd.first-named")).getText())
                .isEqualTo("2017-03-16");
        assertThat(browser.findElement(By.cssSelector("dd.last-named")).getText())
                .isEqualTo("2017-06-01");
        assertThat(browser.findElement(By.cssSelector("table.by-organisation")).getText())
                .contains("ice.dhs.gov");
        assertThat(browser.findElements(By.cssSelector("h3")))
                .extracting(WebElement::getText)
                .containsExactly("ice.dhs.gov", "agency not known");
        assertThat(browser.findElement(By.cssSelector("ul.sources")).getText()).contains("production-1");
    }

    @Test
    @Order(7)
    void searchFindsThePagesNamingAWatchedPersonAndCountsThemByPerson() {
        open("/?q=" + Pages.enc("person:\"Kike\""));
        assertThat(browser.findElement(By.cssSelector("p.total")).getText()).contains("2");
        open("/?q=" + Pages.enc("person:\"Zully Palacios\"")); // her only hit was rejected
        assertThat(browser.findElements(By.cssSelector("li.hit"))).isEmpty();
        open("/?q=" + Pages.enc("please"));
        String facets = browser.findElement(By.cssSelector("aside.facets")).getText();
        assertThat(facets).containsIgnoringCase("Watched person").contains(ENRIQUE);
        browser.findElement(By.linkText(ENRIQUE)).click();
        HeadlessChromium.waiting(browser).until(ExpectedConditions.urlContains("person="));
        assertThat(browser.findElements(By.cssSelector("li.hit"))).hasSize(1);
    }

    @Test
    @Order(8)
    void theChronologyShowsWhenTheRecordsFirstNamedEachWatchedPerson() {
        open("/chronology");
        List<WebElement> derived = browser.findElements(By.cssSelector("tr.derived"));
        assertThat(derived)
                .extracting(WebElement::getText)
                .anySatisfy(t -> assertThat(t)
                        .contains("March 16, 2017")
                        .contains("First named in the agency's records (ice.dhs.gov)")
                        .contains(ENRIQUE));
    }

    @Test
    @Order(9)
    void theChronologyDownloadsLeaveTheWatchListOutUnlessAsked() throws Exception {
        for (String format : List.of("csv", "json")) {
            String plain = served.get("/api/v1/chronology?format=" + format).body();
            assertThat(plain)
                    .doesNotContain("First named")
                    .doesNotContain("Kike")
                    .doesNotContain("Zully");
            String asked = served.get("/api/v1/chronology?format=" + format + "&include-watch-list=true")
                    .body();
            assertThat(asked).contains("First named in the agency's records (ice.dhs.gov)");
        }
        assertThat(served.get("/api/v1/chronology/timeline.svg").body()).doesNotContain("knowledge");
    }
}
