package org.redress.app.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.redress.app.cli.TestTeamServer.assertOk;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.redress.app.cli.Cli;
import org.redress.app.cli.TestTeamServer;
import org.redress.core.users.Role;

/**
 * The ingest page of a team server's case in a real headless Chromium, on the real PostgreSQL and OpenSearch (skipped
 * with REDRESS_TEST_PG=skip or REDRESS_TEST_OS=skip, or without Chromium): files queued from the command line, as from
 * another machine, show as waiting; while a worker reads them the page's script follows the queue, and once nothing
 * waits the page says so by itself, every file finished (the broken one listed as unreadable, as inline).
 */
class TeamWorkersBrowserTest {
    private static final String CASE = TestTeamServer.caseName("webworkers_browser");

    @TempDir
    static Path tmp;

    static TestTeamServer server;
    static TeamServedCase served;
    static WebDriver browser;

    @BeforeAll
    static void aCaseAndAnOrganiser() throws Exception {
        HeadlessChromium.assumeInstalled("team workers browser test");
        server = TestTeamServer.in(tmp);
        assertOk(Cli.run("init", "--server", server.serverFile.toString(), "--case", CASE));
        served = TeamServedCase.open(server.serverFile, CASE);
        served.addUser("rosa", Role.ORGANISER, served.caseName);
        browser = HeadlessChromium.start(tmp.resolve("profile"));
    }

    @AfterAll
    static void stop() throws Exception {
        if (browser != null) browser.quit();
        if (served != null) served.close();
        if (server != null) TestTeamServer.drop(CASE);
    }

    @Test
    void thePageFollowsTheWorkersUntilNothingWaits() throws Exception {
        Path production = Files.createDirectories(tmp.resolve("production"));
        Files.writeString(production.resolve("minutes.txt"), "Minutes of the Marigold vigil committee.\n");
        Files.writeString(production.resolve("letter.txt"), "A letter about the Marigold vigil.\n");
        Files.writeString(production.resolve("scan.pdf"), "%PDF-1.7\n1 0 obj\n<< /Type /Catalog");
        assertOk(server.on(CASE, "ingest", production.toString()));

        String base = served.base();
        browser.get(base + "/ingest?lang=en");
        HeadlessChromium.waiting(browser).until(ExpectedConditions.urlContains("/login?next="));
        browser.findElement(By.name("name")).sendKeys(served.user("rosa"));
        browser.findElement(By.name("password")).sendKeys(TeamServedCase.PASSWORD);
        browser.findElement(By.cssSelector("form[action='/login'] button[type=submit]"))
                .click();
        HeadlessChromium.waiting(browser).until(ExpectedConditions.urlContains("/ingest"));
        assertThat(browser.findElement(By.id("workers-queued")).getText()).isEqualTo("3");
        assertThat(browser.findElement(By.id("workers-progress")).getAttribute("data-busy"))
                .isEqualTo("true");
        assertThat(browser.findElement(By.id("workers-left")).getText()).isEqualTo("?");

        assertOk(Cli.run("worker", "--server", server.serverFile.toString(), "--case", CASE, "--once"));

        // No reload by the test: the page's script sees the queue empty and the page comes back saying so.
        new WebDriverWait(browser, Duration.ofSeconds(60))
                .until(ExpectedConditions.textToBePresentInElementLocated(By.id("workers-state"), "Nothing waits"));
        assertThat(browser.findElement(By.id("workers-queued")).getText()).isEqualTo("0");
        // the broken PDF is finished too: in the case, listed as unreadable with its reason, as an inline ingest lists
        // it
        assertThat(browser.findElement(By.id("workers-done")).getText()).isEqualTo("3");
        assertThat(browser.findElement(By.id("workers-failed")).getText()).isEqualTo("0");
        assertThat(browser.findElement(By.id("workers-left")).getText()).isEqualTo("0 s");
        assertThat(browser.findElement(By.id("workers-progress")).getAttribute("data-busy"))
                .isEqualTo("false");
    }
}
