package org.redress.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.redress.app.cli.Cli;

/** The mail graph drawn by ECharts from its webjar in a real Chromium, its edges opening their messages; the chain. */
class MailBrowserTest {
    @TempDir
    static Path tmp;

    static ServedCase served;
    static WebDriver browser;

    @BeforeAll
    static void start() throws Exception {
        HeadlessChromium.assumeInstalled("mail graph browser test");
        Path caseDir = tmp.resolve("case");
        Cli.demoCase(caseDir, tmp.resolve("demo"));
        Files.writeString(caseDir.resolve("organisations.txt"), """
                dmv.example.gov = Department of Motor Vehicles, other agency
                ice.example.gov = Immigration Agency, field office
                """);
        Path people = tmp.resolve("people.csv");
        Files.writeString(
                people,
                "name,aliases,role,organisation,level\nLuz Elena Balcázar,Luz Elena Balcazar,subject,Migrant Justice,\n");
        Cli.Run r = Cli.run("import", "--case", caseDir.toString(), "people", people.toString());
        assertThat(r.code()).as(r.toString()).isZero();
        served = ServedCase.open(caseDir);
        browser = HeadlessChromium.start(tmp.resolve("profile"));
        browser.get(served.entry());
    }

    @AfterAll
    static void stop() {
        if (browser != null) browser.quit();
        if (served != null) served.close();
    }

    @Test
    void theGraphIsDrawnAndAnEdgeOpensItsMessages() throws Exception {
        browser.get(served.base() + "/graph?lang=es");
        HeadlessChromium.waiting(browser)
                .until(ExpectedConditions.attributeToBe(By.id("mail-graph"), "data-ready", "true"));
        WebElement box = browser.findElement(By.id("mail-graph"));
        assertThat(box.findElements(By.tagName("canvas"))).isNotEmpty();
        assertThat(box.getAttribute("data-edges")).isEqualTo("3");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Quién escribió a quién");
        // as a click on an arrow: ECharts' own click event on the first edge of the series
        ((JavascriptExecutor) browser).executeScript("""
                var c = echarts.getInstanceByDom(document.getElementById('mail-graph'));
                var link = c.getOption().series[0].links[0];
                c.trigger('click', {dataType: 'edge', data: link});""");
        List<WebElement> links = browser.findElements(By.cssSelector("#edge-messages a[href^='/documents/']"));
        assertThat(links).isNotEmpty();
        links.get(0).click();
        HeadlessChromium.waiting(browser).until(ExpectedConditions.urlContains("/documents/"));
        assertThat(browser.findElement(By.cssSelector("section.thread")).getText())
                .contains("Hilo (2 mensajes)");

        browser.get(served.base() + "/graph?org=Department+of+Motor+Vehicles&and=Immigration+Agency&lang=en");
        assertThat(browser.findElements(By.cssSelector("table.edges tbody tr"))).hasSize(2);
    }

    @Test
    void theChainIsALadderPerSubject() throws Exception {
        browser.get(served.base() + "/chain?lang=en");
        WebElement luz = browser.findElements(By.cssSelector("section.chain")).stream()
                .filter(s -> s.findElement(By.tagName("h2")).getText().equals("Luz Elena Balcázar"))
                .findFirst()
                .orElseThrow();
        List<String> rungs = luz.findElements(By.cssSelector(".ladder .rung")).stream()
                .map(WebElement::getText)
                .toList();
        assertThat(rungs)
                .anySatisfy(t -> assertThat(t).startsWith("Field office").contains("named March 2, 2017"));
        assertThat(rungs).anySatisfy(t -> assertThat(t).startsWith("Another agency"));
        JsonNode api = new ObjectMapper()
                .readTree(served.get("/api/v1/chain?person=Luz+Elena+Balc%C3%A1zar")
                        .body());
        assertThat(api.get("subjects").get(0).get("words").toString())
                .contains("named at field office (Immigration Agency) on 2017-03-02");
    }
}
