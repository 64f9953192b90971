package org.redress.app.web;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;

/** Whole-page screenshots kept under target/screenshots/FOLDER for people to look at. */
final class Screenshots {
    private final WebDriver browser;
    private final Path folder;

    Screenshots(WebDriver browser, String folder) {
        this.browser = browser;
        this.folder = Path.of("target", "screenshots", folder);
    }

    void take(String name) throws IOException {
        Path out = Files.createDirectories(folder).resolve(name);
        long height =
                (Long) ((JavascriptExecutor) browser).executeScript("return document.documentElement.scrollHeight");
        Dimension before = browser.manage().window().getSize();
        browser.manage().window().setSize(new Dimension(before.getWidth(), (int)
                Math.min(Math.max(height + 140, 600), 5000)));
        try {
            Path shot =
                    ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE).toPath();
            Files.copy(shot, out, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            browser.manage().window().setSize(before);
        }
    }
}
