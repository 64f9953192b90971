package org.redress.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.redress.app.cli.Cli;
import org.redress.app.wiring.CaseServices;
import org.redress.core.corpus.Sha256;

/**
 * Every page of the served demo case, in English and Spanish, checked in a real Chromium by axe-core against WCAG 2.2
 * levels A and AA. axe-core is fetched from the npm registry at build time ({@code scripts/fetch-axe-core}, the
 * version pinned in app/pom.xml); without it this test is skipped, saying why, never passed.
 */
class AccessibilityBrowserTest {
    static final List<String> TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");

    @TempDir
    static Path tmp;

    static String axe;
    static ServedCase served;
    static WebDriver browser;
    static Screenshots shots;
    static Path production;

    @BeforeAll
    static void start() throws Exception {
        HeadlessChromium.assumeInstalled("accessibility browser test");
        String script = System.getProperty("axe.script");
        Assumptions.assumeTrue(
                script != null && Files.isRegularFile(Path.of(script)),
                "accessibility browser test skipped: axe-core is not at " + script
                        + " (the build fetches it with npm: apt-get install -y nodejs npm, then build again)");
        axe = Files.readString(Path.of(script), StandardCharsets.UTF_8);
        Path caseDir = tmp.resolve("case");
        production = tmp.resolve("demo");
        Cli.demoCase(caseDir, production);
        caseContent(caseDir);
        served = ServedCase.open(caseDir);
        browser = HeadlessChromium.start(tmp.resolve("profile"));
        browser.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
        browser.get(served.entry());
        shots = new Screenshots(browser, "accessibility");
    }

    /** People, events, a claim with a finding, a request, and a saved search with new hits: every page has content. */
    static void caseContent(Path caseDir) throws Exception {
        Path people = tmp.resolve("people.csv");
        Files.writeString(people, """
                name,aliases,role,organisation,leader
                Enrique Balcázar,Kike,subject,Migrant Justice,yes
                Dana Kimball,,official,DMV,no
                """);
        Path events = tmp.resolve("events.csv");
        Files.writeString(events, """
                id,date,kind,people,description,source,place,disputed,quote,actors
                E1,2017-03-01,protected.press_conference,Enrique Balcázar,Press conference on DMV data sharing,,Burlington,no,,
                E2,2017-03-17,adverse.arrest,Kike,Arrested leaving his office,,Burlington,yes,,
                """);
        String c = caseDir.toString();
        check(Cli.run("import", "--case", c, "people", people.toString()));
        check(Cli.run("import", "--case", c, "events", events.toString()));
        check(Cli.run("claims", "add", "--case", c, "first-amendment-retaliation"));
        check(Cli.run(
                "claims",
                "link",
                "--case",
                c,
                "first-amendment-retaliation",
                "adverse-action",
                "--event",
                "E2",
                "--weight",
                "supports-strongly"));
        check(Cli.run(
                "requests",
                "add",
                "--case",
                c,
                "--law",
                "us-foia",
                "--agency",
                "ICE",
                "--subject",
                "Records of DMV look-ups",
                "--filed",
                "2024-02-29",
                "--tracking",
                "2024-ICFO-00001"));
        try (CaseServices s = CaseServices.open(caseDir)) {
            s.savedSearches().save("Informants", "informant", java.util.Map.of());
        }
        Path second = Files.createDirectories(tmp.resolve("production-2"));
        Files.writeString(second.resolve("informant.txt"), "The informant reported on the meeting.\n");
        check(Cli.run("ingest", "--case", c, second.toString()));
    }

    static void check(Cli.Run r) {
        CaseBrowserTest.check(r);
    }

    @AfterAll
    static void stop() {
        if (browser != null) browser.quit();
        if (served != null) served.close();
    }

    @Test
    void everyPageOfTheDemoCaseHasNoWcag22AOrAaViolation() throws Exception {
        Map<String, List<String>> violations = new LinkedHashMap<>();
        List<String> pages = pages();
        for (String lang : List.of("en", "es")) {
            for (String page : pages) {
                String path = page + (page.contains("?") ? "&" : "?") + "lang=" + lang;
                List<String> found = check(path);
                if (!found.isEmpty()) violations.put(path, found);
            }
        }
        assertThat(pages).hasSizeGreaterThan(15);
        assertThat(violations).as("axe-core %s violations", TAGS).isEmpty();
    }

    /** The GET page routes of the server, with a real id for each {id}. */
    List<String> pages() throws Exception {
        String memo = Sha256.of(production.resolve("003-field-office-memo.pdf"));
        String email = Sha256.of(production.resolve("001-dmv-to-ice.eml"));
        List<String> pages = new ArrayList<>(List.of(
                "/",
                "/?q=" + Pages.enc("dmv OR ice"),
                "/?q=" + Pages.enc("\"unclosed"),
                "/documents/" + memo + "?q=dmv",
                "/documents/" + email,
                "/people",
                "/events",
                "/events/E1",
                "/chronology",
                "/claims",
                "/analysis",
                "/requests",
                "/mentions",
                "/mentions/person?name=" + Pages.enc("Enrique Balcázar"),
                "/redactions",
                "/reuse",
                "/graph",
                "/chain",
                "/searches",
                "/ingest",
                "/witness",
                "/witness?lang=en",
                "/witness/thanks",
                "/witness/review",
                "/documents/0000000000"));
        pages.add(firstLink("/requests", "/requests/[^\"/?#]+"));
        pages.add(firstLink("/searches", "/searches/\\d+"));
        String hit = firstLinkOrNull("/mentions", "/mentions/hit/[^\"/?#]+");
        if (hit != null) pages.add(hit);
        return pages;
    }

    static String firstLink(String page, String pattern) throws Exception {
        String link = firstLinkOrNull(page, pattern);
        assertThat(link).as("a link like %s on %s", pattern, page).isNotNull();
        return link;
    }

    static String firstLinkOrNull(String page, String pattern) throws Exception {
        Matcher m = Pattern.compile("href=\"(" + pattern + ")\"")
                .matcher(served.get(page).body());
        return m.find() ? m.group(1) : null;
    }

    /** The page's violations, one line per rule: its id, impact and where. */
    static List<String> check(String path) throws Exception {
        browser.get(served.base() + path);
        HeadlessChromium.waiting(browser).until(ExpectedConditions.presenceOfElementLocated(By.tagName("footer")));
        List<String> found = violations(browser, axe, path);
        if (path.endsWith("lang=en")) shots.take(path.replaceAll("[^A-Za-z0-9]+", "_") + ".png");
        return found;
    }

    /** The violations of the page {@code browser} shows ({@code path}, for the messages), by the axe-core script given. */
    static List<String> violations(WebDriver browser, String axe, String path) throws Exception {
        JavascriptExecutor js = (JavascriptExecutor) browser;
        js.executeScript(axe);
        Object answer = js.executeAsyncScript("""
                var done = arguments[arguments.length - 1];
                axe.run(document, {runOnly: {type: 'tag', values: arguments[0]}, resultTypes: ['violations']})
                  .then(function (r) { done(JSON.stringify(r.violations)); })
                  .catch(function (e) { done('ERROR ' + e); });""", TAGS);
        assertThat(String.valueOf(answer)).as("axe on %s", path).doesNotStartWith("ERROR");
        List<String> found = new ArrayList<>();
        for (JsonNode v : new ObjectMapper().readTree(String.valueOf(answer))) {
            List<String> where = new ArrayList<>();
            for (JsonNode n : v.get("nodes"))
                where.add(n.get("target").toString() + " " + n.get("html").asText());
            found.add(v.get("id").asText() + " (" + v.get("impact").asText() + "): "
                    + v.get("help").asText() + " at " + where);
        }
        return found;
    }
}
