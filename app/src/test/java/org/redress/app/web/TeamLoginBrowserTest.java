package org.redress.app.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.redress.app.cli.TestTeamServer.assertOk;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.redress.app.cli.Cli;
import org.redress.app.cli.TestTeamServer;
import org.redress.core.users.Role;
import org.redress.store.crypto.TimeBasedCodes;

/**
 * The login of a case served from a team server in a real headless Chromium, on the real PostgreSQL and OpenSearch
 * (skipped with REDRESS_TEST_PG=skip or REDRESS_TEST_OS=skip, or without Chromium): an attorney asks for a page, is
 * sent to the login, logs in with the code their authenticator app would show, sees the case, logs out, and is sent to
 * the login again. The session cookie is the browser's to keep on http://127.0.0.1 although it is Secure.
 */
class TeamLoginBrowserTest {
    private static final String CASE = TestTeamServer.caseName("weblogin_browser");

    @TempDir
    static Path tmp;

    static TestTeamServer server;
    static TeamServedCase served;
    static WebDriver browser;
    static String secret;

    @BeforeAll
    static void aCaseAndAnAttorney() throws Exception {
        HeadlessChromium.assumeInstalled("team login browser test");
        server = TestTeamServer.in(tmp);
        assertOk(Cli.run("init", "--server", server.serverFile.toString(), "--case", CASE));
        served = TeamServedCase.open(server.serverFile, CASE);
        secret = served.addUser("ana", Role.ATTORNEY, served.caseName);
        browser = HeadlessChromium.start(tmp.resolve("profile"));
    }

    @AfterAll
    static void stop() throws Exception {
        if (browser != null) browser.quit();
        if (served != null) served.close();
        if (server != null) TestTeamServer.drop(CASE);
    }

    /** No WCAG 2.2 A or AA violation on the page shown, where the build fetched axe-core (else not checked). */
    private static void assertAccessible(String what) throws Exception {
        String script = System.getProperty("axe.script");
        if (script == null || !Files.isRegularFile(Path.of(script))) return;
        String axe = Files.readString(Path.of(script), StandardCharsets.UTF_8);
        assertThat(AccessibilityBrowserTest.violations(browser, axe, what))
                .as(what)
                .isEmpty();
    }

    @Test
    void anAttorneyLogsInWithTheirCodeSeesTheCaseAndLogsOut() throws Exception {
        String base = served.base();
        browser.get(base + "/people");
        HeadlessChromium.waiting(browser).until(ExpectedConditions.urlContains("/login?next="));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Log in");
        assertAccessible("/login");

        browser.findElement(By.name("name")).sendKeys(served.user("ana"));
        browser.findElement(By.name("password")).sendKeys(TeamServedCase.PASSWORD);
        // What the attorney's authenticator app shows now, from the secret `redress users add` printed.
        browser.findElement(By.name("code")).sendKeys(new TimeBasedCodes().codeAt(secret, Instant.now()));
        browser.findElement(By.cssSelector("form[action='/login'] button[type=submit]"))
                .click();
        HeadlessChromium.waiting(browser).until(ExpectedConditions.urlToBe(base + "/people"));
        assertThat(browser.findElement(By.cssSelector("form.logout .user")).getText())
                .contains(served.user("ana"));
        assertAccessible("/people with the logout form");

        Cookie session = browser.manage().getCookieNamed(UserGate.SESSION_COOKIE);
        assertThat(session).as("the browser kept the session cookie").isNotNull();
        assertThat(session.isHttpOnly()).isTrue();
        assertThat(session.isSecure()).isTrue();
        assertThat(session.getSameSite()).isEqualTo("Strict");

        browser.get(base + "/");
        assertThat(browser.findElement(By.cssSelector("h1.case-name")).getText())
                .isEqualTo(served.caseName);
        assertThat(served.audit()).anySatisfy(e -> {
            assertThat(e.action()).isEqualTo("status.view");
            assertThat(e.who()).isEqualTo(served.user("ana"));
        });

        browser.findElement(By.cssSelector("form.logout button[type=submit]")).click();
        HeadlessChromium.waiting(browser).until(ExpectedConditions.urlToBe(base + "/login"));
        assertThat(browser.manage().getCookieNamed(UserGate.SESSION_COOKIE)).isNull();
        browser.get(base + "/");
        HeadlessChromium.waiting(browser).until(ExpectedConditions.urlToBe(base + "/login"));
        assertThat(served.audit())
                .extracting(e -> e.action() + " " + e.target())
                .contains("user.login " + served.user("ana"), "user.logout " + served.user("ana"));
    }
}
