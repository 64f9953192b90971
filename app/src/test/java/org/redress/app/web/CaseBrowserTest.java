package org.redress.app.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.redress.app.cli.Cli;
import org.redress.core.corpus.Sha256;

/**
 * The case pages (people, events, chronology, claims, analysis, requests) in a real headless Chromium, on a small
 * fictional case built through the CLI over the ingested demo production, in English and in Spanish.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CaseBrowserTest {
    static final String HOSTILE = "<img src=x onerror=alert(1)>";
    static final String HOSTILE_FACT = "Detained at a traffic stop <script>alert(3)</script>";
    /** A raw bundle key or a raw event kind shown to the reader. */
    static final Pattern RAW = Pattern.compile(
            "\\b(protected|adverse|other|role|weight|kind|part|facet|chron|events|cite|claims|analysis|people|requests)\\.[a-z_-]+");

    @TempDir
    static Path tmp;

    static Path production;
    static Path caseDir;
    static ServedCase served;
    static WebDriver browser;
    static String base;
    static String memo;
    static String email;

    @BeforeAll
    static void start() throws IOException {
        HeadlessChromium.assumeInstalled("case browser test");
        caseDir = tmp.resolve("case");
        production = tmp.resolve("demo");
        Cli.demoCase(caseDir, production);
        memo = sha("003-field-office-memo.pdf");
        email = sha("001-dmv-to-ice.eml");
        buildCase();
        served = ServedCase.open(caseDir);
        base = served.base();

        browser = HeadlessChromium.start(tmp.resolve("profile"));
        browser.get(served.entry()); // as a person opens the link redress serve printed: it sets the access cookie
    }

    /** Three people (one with a hostile name), five events of several date precisions, a claim with a finding, a request. */
    static void buildCase() throws IOException {
        Path people = tmp.resolve("people.csv");
        Files.writeString(people, """
                name,aliases,role,organisation,leader
                Enrique Balcázar,Kike,subject,Migrant Justice,yes
                Zully Palacios,,subject,Migrant Justice,yes
                "%s",,official,ICE,no
                """.formatted(HOSTILE));
        Path events = tmp.resolve("events.csv");
        Files.writeString(events, """
                id,date,kind,people,description,source,place,disputed,quote,actors
                E1,2017-03-01,protected.press_conference,Enrique Balcázar,Press conference on DMV data sharing,%1$s#p2,Burlington,no,confidential source,
                E2,2017-03-17T07:30,adverse.arrest,Kike,Arrested leaving his office,,Burlington,yes,,"%2$s"
                E3,2017-03,protected.march,Migrant Justice,March at the Statehouse,,Montpelier,,,
                E4,~2017-04-10,adverse.detention,Zully Palacios,"%3$s",https://example.org/news,,,,
                E5,2017-02-13..2017-02-17,adverse.surveillance,Migrant Justice,Office watched from a parked car,,Burlington,,,
                """.formatted(memo.substring(0, 8), HOSTILE, HOSTILE_FACT));
        check(Cli.run("import", "--case", caseDir.toString(), "people", people.toString()));
        check(Cli.run("import", "--case", caseDir.toString(), "events", events.toString()));
        check(Cli.run("claims", "add", "--case", caseDir.toString(), "first-amendment-retaliation"));
        check(Cli.run(
                "claims",
                "link",
                "--case",
                caseDir.toString(),
                "first-amendment-retaliation",
                "adverse-action",
                "--event",
                "E2",
                "--weight",
                "supports-strongly",
                "--note",
                "arrest sixteen days after the press conference"));
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
                "Records of DMV look-ups of Migrant Justice leaders",
                "--filed",
                "2024-02-29",
                "--received",
                "2024-03-01",
                "--tracking",
                "2024-ICFO-00001",
                "--status",
                "processing"));
    }

    static void check(Cli.Run r) {
        if (r.code() != 0) throw new IllegalStateException(r.toString());
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

    static void open(String path) {
        browser.get(base + path);
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.tagName("footer")));
        assertSafe();
    }

    static String body() {
        return browser.findElement(By.tagName("body")).getText();
    }

    static String h1() {
        return browser.findElement(By.tagName("h1")).getText();
    }

    /** No alert opened, no element injected from the hostile name or fact, and the hostile text is shown as text. */
    static void assertSafe() {
        assertThatThrownBy(() -> browser.switchTo().alert()).isInstanceOf(NoAlertPresentException.class);
        assertThat(browser.findElements(By.cssSelector("img[src='x'], main script")))
                .isEmpty();
    }

    static JsonNode api(String path) throws Exception {
        return new ObjectMapper().readTree(served.get(path).body());
    }

    @Test
    @Order(1)
    void peopleInBothLanguages() throws IOException {
        open("/people?lang=en");
        assertThat(h1()).isEqualTo("People");
        List<WebElement> rows = browser.findElements(By.cssSelector("table.grid tbody tr"));
        assertThat(rows).hasSize(3);
        assertThat(body()).contains("Enrique Balcázar", "Kike", "Migrant Justice", HOSTILE, "Official");
        screenshot("people-en.png");

        open("/people?lang=es");
        assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("es");
        assertThat(h1()).isEqualTo("Personas");
        assertThat(body()).contains(HOSTILE, "Funcionario", "Dirigente", "Añadir o actualizar una persona");
        assertThat(RAW.matcher(body()).results().map(r -> r.group()).toList()).isEmpty();
        screenshot("people-es.png");
    }

    @Test
    @Order(2)
    void eventsListAndAddThroughTheForm() throws IOException {
        open("/events?lang=en");
        assertThat(h1()).isEqualTo("Events");
        assertThat(browser.findElements(By.cssSelector("table.grid tbody tr"))).hasSize(5);
        assertThat(body()).contains("Arrested leaving his office", HOSTILE_FACT, "press conference", "arrest");
        assertThat(RAW.matcher(tableText()).results().map(r -> r.group()).toList())
                .isEmpty();
        screenshot("events-en.png");

        // No kind is chosen for the reader: the form asks for one.
        assertThat(new Select(browser.findElement(By.cssSelector("form.stack select[name=kind]")))
                        .getFirstSelectedOption()
                        .getAttribute("value"))
                .isEmpty();
        browser.findElement(By.cssSelector("form.stack input[name=date]")).sendKeys("2017-05-02");
        browser.findElement(By.cssSelector("form.stack input[name=time]")).sendKeys("09:15");
        new Select(browser.findElement(By.cssSelector("form.stack select[name=kind]")))
                .selectByValue("adverse.home_or_work_visit");
        browser.findElement(By.cssSelector("form.stack input[name=people]")).sendKeys("Zully Palacios");
        browser.findElement(By.cssSelector("form.stack input[name=place]")).sendKeys("Burlington");
        browser.findElement(By.cssSelector("form.stack textarea[name=description]"))
                .sendKeys("Agents asked for her at her workplace");
        browser.findElement(By.cssSelector("form.stack button[type=submit]")).click();
        waiting().until(ExpectedConditions.urlMatches("/events/[^/]+$"));
        assertSafe();
        assertThat(h1()).contains("May 2, 2017").contains("9:15");
        assertThat(browser.findElement(By.cssSelector("h1 time")).getAttribute("datetime"))
                .isEqualTo("2017-05-02T09:15");
        assertThat(body()).contains("Agents asked for her at her workplace", "Zully Palacios");

        open("/events");
        assertThat(browser.findElements(By.cssSelector("table.grid tbody tr"))).hasSize(6);
        assertThat(tableText()).contains("Agents asked for her at her workplace", "May 2, 2017");
        assertThat(browser.findElements(By.cssSelector("table.grid time[datetime='2017-05-02T09:15']")))
                .hasSize(1);

        open("/events?lang=es");
        assertThat(h1()).isEqualTo("Hechos");
        assertThat(body()).contains("Añadir un hecho", "detención", "rueda de prensa");
        assertThat(RAW.matcher(body()).results().map(r -> r.group()).toList()).isEmpty();
        screenshot("events-es.png");
    }

    static String tableText() {
        return browser.findElement(By.cssSelector("table.grid")).getText();
    }

    @Test
    @Order(3)
    void eventPageCitesADocumentPageThroughTheForm() throws IOException {
        open("/events/E2?lang=en");
        assertThat(h1()).startsWith("E2 · March 17, 2017, 7:30");
        assertThat(browser.findElement(By.cssSelector("h1 time")).getAttribute("datetime"))
                .isEqualTo("2017-03-17T07:30");
        assertThat(browser.findElements(By.cssSelector("ol.citations li"))).isEmpty();
        assertThat(body()).contains(HOSTILE, "Arrested leaving his office", "Disputed");
        browser.findElement(By.cssSelector("form[action$='/citations'] input[name=document]"))
                .sendKeys(email.substring(0, 8));
        browser.findElement(By.cssSelector("form[action$='/citations'] input[name=page]"))
                .sendKeys("1");
        browser.findElement(By.cssSelector("form[action$='/citations'] input[name=quote]"))
                .sendKeys("Photos and addresses you asked for");
        browser.findElement(By.cssSelector("form[action$='/citations'] button[type=submit]"))
                .click();
        waiting()
                .until(ExpectedConditions.or(
                        ExpectedConditions.presenceOfElementLocated(By.cssSelector("ol.citations li a")),
                        ExpectedConditions.presenceOfElementLocated(By.cssSelector("p.error"))));
        assertSafe();
        assertThat(browser.findElements(By.cssSelector("p.error")))
                .as(() -> body())
                .isEmpty();
        WebElement cite = browser.findElement(By.cssSelector("ol.citations li a"));
        assertThat(cite.getAttribute("href")).endsWith("/documents/" + email + "#page-1");
        assertThat(browser.findElement(By.cssSelector("ol.citations li")).getText())
                .contains("Photos and addresses you asked for");
        screenshot("event-en.png");

        // A page that does not exist is refused, and the form says why.
        browser.findElement(By.cssSelector("form[action$='/citations'] input[name=document]"))
                .sendKeys(email.substring(0, 8));
        browser.findElement(By.cssSelector("form[action$='/citations'] input[name=page]"))
                .sendKeys("99");
        browser.findElement(By.cssSelector("form[action$='/citations'] button[type=submit]"))
                .click();
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("p.error")));
        assertThat(browser.findElement(By.cssSelector("p.error")).getText()).contains("99");
        assertThat(browser.findElements(By.cssSelector("ol.citations li"))).hasSize(1);

        cite = browser.findElement(By.cssSelector("ol.citations li a"));
        cite.click();
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("page-1")));
        assertThat(h1()).isEqualTo("Photos and addresses you asked for");

        open("/events/E2?lang=es");
        assertThat(body()).contains("Citar una prueba", "Controvertido", "arresto", "autor");
        assertThat(RAW.matcher(body()).results().map(r -> r.group()).toList()).isEmpty();
        screenshot("event-es.png");
        open("/events/E4?lang=en");
        assertThat(body()).contains(HOSTILE_FACT);
    }

    @Test
    @Order(4)
    void chronologyInDateOrderWithTheTimeline() throws Exception {
        open("/chronology?lang=en");
        assertThat(h1()).isEqualTo("Chronology");
        List<String> ids =
                browser
                        .findElements(By.cssSelector("table.chronology tbody tr:not(.derived) td:first-child a"))
                        .stream()
                        .map(a -> a.getAttribute("href").replaceAll(".*/events/", ""))
                        .toList();
        // The events (the watch list's derived "first named" rows, shown among them, are tested in
        // MentionsBrowserTest).
        // The range in February, the month of March before its days, then the days, the approximate date last.
        assertThat(ids.subList(0, 5)).containsExactly("E5", "E3", "E1", "E2", "E4");
        List<String> dates =
                browser
                        .findElements(By.cssSelector("table.chronology tbody tr:not(.derived) td:first-child a"))
                        .stream()
                        .map(WebElement::getText)
                        .toList();
        assertThat(dates.subList(0, 5))
                .containsExactly(
                        "between February 13, 2017 and February 17, 2017",
                        "March 2017",
                        "March 1, 2017",
                        "March 17, 2017, 7:30 AM",
                        "around April 10, 2017");
        List<String> machineDates = browser
                .findElements(
                        By.cssSelector("table.chronology tbody tr:not(.derived) td:first-child a time:first-child"))
                .stream()
                .map(t -> t.getAttribute("datetime"))
                .toList();
        assertThat(machineDates.subList(0, 5))
                .as("each date's first day for machines, in <time datetime>")
                .containsExactly("2017-02-13", "2017-03", "2017-03-01", "2017-03-17T07:30", "2017-04-10");
        WebElement chart = browser.findElement(By.cssSelector("figure.timeline img"));
        waiting().until(d -> (Boolean) ((JavascriptExecutor) d)
                .executeScript("return arguments[0].complete && arguments[0].naturalWidth > 0", chart));
        assertThat(chart.getAttribute("src"))
                .endsWith("/api/v1/chronology/timeline.svg?lang=en&include-watch-list=true");
        assertThat(body()).contains("confidential source", HOSTILE_FACT);
        screenshot("chronology-en.png");

        new Select(browser.findElement(By.cssSelector("select[name=person]"))).selectByValue("Enrique Balcázar");
        browser.findElement(By.cssSelector("form.inline button[type=submit]")).click();
        waiting().until(ExpectedConditions.urlContains("person="));
        List<String> his =
                browser
                        .findElements(By.cssSelector("table.chronology tbody tr:not(.derived) td:first-child a"))
                        .stream()
                        .map(a -> a.getAttribute("href").replaceAll(".*/events/", ""))
                        .toList();
        assertThat(his).containsExactly("E1", "E2");

        open("/chronology?lang=es");
        assertThat(h1()).isEqualTo("Cronología");
        assertThat(body()).contains("Descargar", "Controvertido", "rueda de prensa", HOSTILE + " (autor)");
        // The chart is drawn in Spanish too.
        browser.get(base + "/api/v1/chronology/timeline.svg?lang=es");
        assertSafe();
        String svg = browser.getPageSource();
        assertThat(svg).contains("Actividad protegida", "(grupo)").doesNotContain("(group)");
        browser.get(base + "/chronology?lang=es");
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("figure.timeline img")));
        assertThat(RAW.matcher(body()).results().map(r -> r.group()).toList()).isEmpty();
        screenshot("chronology-es.png");
    }

    @Test
    @Order(5)
    void claimsListTheGaps() throws IOException {
        open("/claims?lang=en");
        List<WebElement> gaps = browser.findElements(By.cssSelector("section.claim li.gap"));
        List<WebElement> met = browser.findElements(By.cssSelector("section.claim li.met"));
        assertThat(met).hasSize(1);
        assertThat(met.get(0).getText())
                .contains("arrest sixteen days after the press conference", "supports strongly");
        assertThat(gaps).hasSize(4);
        assertThat(gaps).allSatisfy(g -> assertThat(g.getText()).contains("no evidence yet"));
        screenshot("claims-en.png");

        open("/claims?lang=es");
        assertThat(body()).contains("sin prueba todavía", "apoya con fuerza");
        assertThat(RAW.matcher(body()).results().map(r -> r.group()).toList()).isEmpty();
        screenshot("claims-es.png");
    }

    @Test
    @Order(6)
    void analysisShowsTheProximityGaps() throws Exception {
        open("/analysis?lang=en");
        assertThat(h1()).isEqualTo("Analysis");
        JsonNode rows = api("/api/v1/analysis/proximity").get("rows");
        JsonNode e2 = null;
        for (JsonNode r : rows) if (r.get("event").asText().equals("E2")) e2 = r;
        assertThat(e2).isNotNull();
        assertThat(e2.get("gapDaysMin").asLong()).isEqualTo(16);
        WebElement row = browser.findElements(By.cssSelector("table.grid tbody tr")).stream()
                .filter(tr -> tr.getText().startsWith("E2"))
                .findFirst()
                .orElseThrow();
        List<String> cells = row.findElements(By.tagName("td")).stream()
                .map(WebElement::getText)
                .toList();
        assertThat(cells.get(2)).contains("E1");
        assertThat(cells.get(3)).isEqualTo("16");
        assertThat(body()).contains("16 days");
        screenshot("analysis-en.png");

        open("/analysis?lang=es");
        assertThat(h1()).isEqualTo("Análisis");
        assertThat(body()).contains("Días desde la actividad protegida");
        assertThat(RAW.matcher(tableOrEmpty()).results().map(r -> r.group()).toList())
                .isEmpty();
        screenshot("analysis-es.png");
    }

    static String tableOrEmpty() {
        List<WebElement> t = browser.findElements(By.cssSelector("table.grid"));
        return t.isEmpty() ? "" : t.get(0).getText();
    }

    @Test
    @Order(7)
    void requestsShowTheNextDeadlineAndOverdue() throws Exception {
        JsonNode r = api("/api/v1/requests?today=2024-05-01").get("requests").get(0);
        String next = r.get("nextDeadline").get("due").asText();
        assertThat(r.get("overdue").asBoolean()).isTrue();

        open("/requests?lang=en&today=2024-05-01");
        assertThat(h1()).isEqualTo("Records requests");
        WebElement row = browser.findElement(By.cssSelector("table.requests tbody tr"));
        assertThat(row.getAttribute("class")).contains("overdue");
        assertThat(row.findElement(By.cssSelector("time")).getAttribute("datetime"))
                .isEqualTo(next);
        String nextInWords = Messages.forLanguage("en").dates().day(java.time.LocalDate.parse(next));
        assertThat(row.getText())
                .contains("2024-ICFO-00001", "Response due", nextInWords, "days ago", "overdue", "processing");
        screenshot("requests-en.png");

        row.findElement(By.cssSelector("a")).click();
        waiting().until(ExpectedConditions.urlMatches("/requests/[^/?]+"));
        assertThat(h1()).contains("2024-ICFO-00001");
        assertThat(browser.findElements(By.cssSelector("table.requests tr.overdue")))
                .isNotEmpty();
        screenshot("request-en.png");

        open("/requests?lang=es&today=2024-05-01");
        row = browser.findElement(By.cssSelector("table.requests tbody tr"));
        assertThat(row.getText())
                .contains(
                        "Vence la respuesta",
                        Messages.forLanguage("es").dates().day(java.time.LocalDate.parse(next)),
                        "hace",
                        "vencida",
                        "en trámite");
        screenshot("requests-es.png");
        row.findElement(By.cssSelector("a")).click();
        waiting().until(ExpectedConditions.urlMatches("/requests/[^/?]+"));
        assertThat(body()).contains("Plazos", "Correspondencia", "vencida");
        screenshot("request-es.png");
    }

    @Test
    @Order(8)
    void searchTypeFacetValuesAreTranslatedButTheFilterIsNot() throws IOException {
        open("/?lang=es&q=ice");
        List<String> types = browser.findElements(By.cssSelector("aside.facets section:first-child a")).stream()
                .map(a -> a.getText().trim())
                .toList();
        assertThat(types).contains("hoja de cálculo", "página web", "PDF").doesNotContain("spreadsheet", "html");
        screenshot("search-types-es.png");
        open("/?lang=es&q=balcazar");
        List<WebElement> facets = browser.findElements(By.cssSelector("aside.facets section:first-child a"));
        List<String> labels = facets.stream().map(a -> a.getText().trim()).toList();
        assertThat(labels).contains("correo").doesNotContain("email");
        WebElement correo = facets.stream()
                .filter(a -> a.getText().trim().equals("correo"))
                .findFirst()
                .orElseThrow();
        assertThat(correo.getAttribute("href")).contains("type=email");
        correo.click();
        waiting().until(ExpectedConditions.urlContains("type=email"));
        assertThat(browser.findElement(By.cssSelector("aside.facets li.selected"))
                        .getText())
                .contains("correo");
        assertThat(browser.findElement(By.cssSelector("li.hit .meta")).getText())
                .contains("correo");
        screenshot("search-es.png");
        open("/?lang=en&q=balcazar");
        assertThat(browser.findElements(By.cssSelector("aside.facets section:first-child a")).stream()
                        .map(a -> a.getText().trim()))
                .contains("email");
    }

    /** The whole page, not only the first screenful. */
    static void screenshot(String name) throws IOException {
        new Screenshots(browser, "").take(name);
    }
}
