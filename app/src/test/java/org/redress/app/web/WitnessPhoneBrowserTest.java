package org.redress.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.redress.app.wiring.CaseServices;
import org.redress.core.casemodel.WitnessReport;

/**
 * A community member fills in the witness form on a phone-sized window (390 × 844, a common phone), in Spanish as the
 * form opens: everything fits the width without scrolling sideways, the choices and the send button are large enough
 * to tap, a photo goes with the statement, and the thank-you page follows. A case member then finds the draft to
 * review. Screenshots of each step are kept under {@code target/screenshots/witness-phone/}.
 */
class WitnessPhoneBrowserTest {
    private static final int PHONE_WIDTH = 390;

    @TempDir
    static Path tmp;

    static ServedCase served;
    static WebDriver browser;

    @BeforeAll
    static void start() throws IOException {
        HeadlessChromium.assumeInstalled("witness phone browser test");
        Path dir = tmp.resolve("case");
        try (CaseServices c = CaseServices.init(dir)) {
            // nothing in the case yet: the form is for a new statement
        }
        served = ServedCase.open(dir);
        browser = HeadlessChromium.start(tmp.resolve("profile"));
        browser.get(served.entry());
        browser.manage().window().setSize(new Dimension(PHONE_WIDTH, 844));
    }

    @AfterAll
    static void stop() {
        if (browser != null) browser.quit();
        if (served != null) served.close();
    }

    @Test
    void aWitnessSendsAStatementWithAPhotoFromAPhoneInSpanish() throws Exception {
        Screenshots shots = new Screenshots(browser, "witness-phone");
        browser.get(served.base() + "/witness");
        assertThat(browser.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("es");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Cuéntenos lo que vio");
        assertThat(browser.findElements(By.cssSelector("details.menu")))
                .as("the case's menus are not the witness's business")
                .isEmpty();
        assertFitsThePhone();
        shots.take("1-form.png");

        browser.findElement(By.id("w-witness")).sendKeys("Marta");
        WebElement arrest = browser.findElement(By.cssSelector("label.choice input[value=arrest]"));
        WebElement choice = arrest.findElement(By.xpath(".."));
        assertThat(choice.getSize().getHeight())
                .as("a choice is large enough to tap")
                .isGreaterThanOrEqualTo(44);
        choice.click();
        assertThat(arrest.isSelected()).isTrue();
        browser.findElement(By.id("w-saw"))
                .sendKeys(
                        "Dos agentes detuvieron a un vecino frente a la lavandería y se lo llevaron en una camioneta.");
        browser.findElement(By.id("w-plates")).sendKeys("7ABC123");
        Path photo = Files.write(tmp.resolve("foto.jpg"), tinyJpeg());
        browser.findElement(By.id("w-files")).sendKeys(photo.toString());
        assertFitsThePhone();
        shots.take("2-filled.png");

        WebElement send = browser.findElement(By.cssSelector("form.witness-form button[type=submit]"));
        assertThat(send.getSize().getWidth())
                .as("the send button spans the form")
                .isGreaterThan(PHONE_WIDTH / 2);
        assertThat(send.getSize().getHeight()).isGreaterThanOrEqualTo(44);
        send.click();
        HeadlessChromium.waiting(browser).until(ExpectedConditions.urlContains("/witness/thanks"));
        assertThat(browser.findElement(By.tagName("main")).getText())
                .contains(
                        "Su declaración llegó al equipo legal",
                        "Recibimos 1 archivo con ella, guardado tal como lo envió");
        assertFitsThePhone();
        shots.take("3-thanks.png");

        List<WitnessReport> drafts = served.folder.witness().drafts();
        assertThat(drafts).hasSize(1);
        assertThat(drafts.get(0).attachments()).hasSize(1);
        assertThat(served.folder.caseModel().store().events()).isEmpty(); // a draft, not yet in the chronology

        browser.get(served.base() + "/witness/review?lang=en");
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("Marta");
        assertFitsThePhone();
        shots.take("4-review.png");
    }

    /** Nothing wider than the screen: a page a phone must scroll sideways to read is not usable on a phone. */
    private static void assertFitsThePhone() {
        Long scroll =
                (Long) ((JavascriptExecutor) browser).executeScript("return document.documentElement.scrollWidth");
        Long width = (Long) ((JavascriptExecutor) browser).executeScript("return document.documentElement.clientWidth");
        assertThat(scroll).as("page width on a %d px phone", width).isLessThanOrEqualTo(width);
    }

    /** A real, minimal JPEG (1 × 1 pixel) made by the JDK's encoder. */
    private static byte[] tinyJpeg() throws IOException {
        var image = new java.awt.image.BufferedImage(1, 1, java.awt.image.BufferedImage.TYPE_INT_RGB);
        var out = new java.io.ByteArrayOutputStream();
        javax.imageio.ImageIO.write(image, "jpg", out);
        return out.toByteArray();
    }
}
