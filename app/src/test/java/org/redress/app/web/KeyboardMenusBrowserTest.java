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
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.redress.app.cli.Cli;
import org.redress.app.wiring.CaseServices;

/**
 * The top bar with the keyboard alone, in a real Chromium: the first Tab reaches "skip to content", which jumps to the
 * page's main part; Enter and Space open a menu, Tab goes into it, Escape closes it and leaves the focus on its
 * summary, opening another closes the first, and a click outside closes any. The dates on the pages are in the
 * page's language inside {@code <time>} elements. Screenshots under {@code target/screenshots/keyboard/}.
 */
class KeyboardMenusBrowserTest {
    private static final int MAX_TABS = 12;

    @TempDir
    static Path tmp;

    static ServedCase served;
    static WebDriver browser;

    @BeforeAll
    static void start() throws Exception {
        HeadlessChromium.assumeInstalled("keyboard menus browser test");
        Path dir = tmp.resolve("case");
        try (CaseServices c = CaseServices.init(dir)) {
            // events and a request below, so that the pages have dates to show
        }
        Path people = tmp.resolve("people.csv");
        Files.writeString(people, """
                name,aliases,role,organisation,leader
                Enrique Balcázar,Kike,subject,Migrant Justice,yes
                """);
        CaseBrowserTest.check(Cli.run("import", "--case", dir.toString(), "people", people.toString()));
        Path events = tmp.resolve("events.csv");
        Files.writeString(events, """
                id,date,kind,people,description,source,place,disputed,quote,actors
                E1,2017-03-01,protected.press_conference,Enrique Balcázar,Press conference,,Burlington,no,,
                E2,2017-03-15..2017-03-20,adverse.arrest,Enrique Balcázar,Arrested leaving his office,,Burlington,yes,,
                """);
        CaseBrowserTest.check(Cli.run("import", "--case", dir.toString(), "events", events.toString()));
        served = ServedCase.open(dir);
        browser = HeadlessChromium.start(tmp.resolve("profile"));
        browser.get(served.entry());
    }

    @AfterAll
    static void stop() {
        if (browser != null) browser.quit();
        if (served != null) served.close();
    }

    @Test
    void theTopBarWorksWithTheKeyboardAlone() throws Exception {
        Screenshots shots = new Screenshots(browser, "keyboard");
        browser.get(served.base() + "/events?lang=es");

        press(Keys.TAB);
        WebElement skip = focused();
        assertThat(skip.getAttribute("class")).as("the first focusable element").isEqualTo("skip");
        assertThat(skip.getText()).isEqualTo("Saltar al contenido");
        assertThat(skip.getRect().getY()).as("visible once focused").isGreaterThanOrEqualTo(0);
        shots.take("1-skip-link.png");
        press(Keys.ENTER);
        assertThat(focused().getAttribute("id"))
                .as("skip to content moves the focus")
                .isEqualTo("content");

        browser.get(served.base() + "/events?lang=es");
        List<WebElement> menus = browser.findElements(By.cssSelector("details.menu"));
        assertThat(menus).hasSize(4);
        tabTo(summary(menus.get(0)));
        press(Keys.ENTER);
        assertOpen(menus, "Enter opens the menu", 0);
        press(Keys.TAB);
        assertThat(focused().getTagName()).as("Tab goes into the open menu").isEqualTo("a");
        assertThat(menus.get(0).getText()).contains(focused().getText());
        shots.take("2-menu-open.png");
        press(Keys.ESCAPE);
        assertOpen(menus, "Escape closes the menu");
        assertThat(focused()).as("and gives the focus back to its summary").isEqualTo(summary(menus.get(0)));

        press(Keys.SPACE);
        assertOpen(menus, "Space opens the menu", 0);
        tabTo(summary(menus.get(2)));
        press(Keys.SPACE);
        assertOpen(menus, "one menu open at a time", 2);
        shots.take("3-other-menu.png");
        press(Keys.ESCAPE);
        assertOpen(menus, "");
        assertThat(focused()).isEqualTo(summary(menus.get(2)));

        press(Keys.ENTER);
        assertOpen(menus, "", 2);
        new Actions(browser).click(browser.findElement(By.tagName("h1"))).perform(); // the one step with a mouse
        assertOpen(menus, "a click outside closes the menu");
    }

    @Test
    void datesAreInThePagesLanguageInsideTimeElements() throws Exception {
        Screenshots shots = new Screenshots(browser, "keyboard");
        browser.get(served.base() + "/events?lang=es");
        WebElement day = browser.findElement(By.cssSelector("time[datetime='2017-03-01']"));
        assertThat(day.getText()).isEqualTo("1 de marzo de 2017");
        assertThat(browser.findElement(By.tagName("main")).getText())
                .contains("entre el 15 de marzo de 2017 y el 20 de marzo de 2017");
        shots.take("4-events-es.png");
        browser.get(served.base() + "/events?lang=en");
        assertThat(browser.findElement(By.cssSelector("time[datetime='2017-03-01']"))
                        .getText())
                .isEqualTo("March 1, 2017");
        shots.take("5-events-en.png");
    }

    private static void press(CharSequence key) {
        new Actions(browser).sendKeys(key).perform();
    }

    /** Tabs forward until {@code target} has the focus, a bounded number of times. */
    private static void tabTo(WebElement target) {
        for (int i = 0; i < MAX_TABS && !focused().equals(target); i++) press(Keys.TAB);
        assertThat(focused()).as("reached by Tab").isEqualTo(target);
    }

    private static WebElement focused() {
        return (WebElement) ((JavascriptExecutor) browser).executeScript("return document.activeElement");
    }

    private static WebElement summary(WebElement menu) {
        return menu.findElement(By.tagName("summary"));
    }

    /** Waits for the menus at {@code expected} to be the open ones (a toggle event runs after the key), then checks. */
    private static void assertOpen(List<WebElement> menus, String why, Integer... expected) {
        List<Integer> want = List.of(expected);
        try {
            HeadlessChromium.waiting(browser).until(b -> open(menus).equals(want));
        } catch (org.openqa.selenium.TimeoutException notYet) {
            // the assertion below says what is open instead
        }
        assertThat(open(menus)).as(why.isEmpty() ? "open menus" : why).isEqualTo(want);
    }

    /** The positions of the open menus. */
    private static List<Integer> open(List<WebElement> menus) {
        return java.util.stream.IntStream.range(0, menus.size())
                .filter(i -> menus.get(i).getAttribute("open") != null)
                .boxed()
                .toList();
    }
}
