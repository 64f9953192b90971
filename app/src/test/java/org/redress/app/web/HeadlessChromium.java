package org.redress.app.web;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's Chromium driven by Selenium, for the browser tests: the binary and driver given by
 * path (so nothing is ever downloaded), and the flags that keep it off the network.
 */
final class HeadlessChromium {
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    private HeadlessChromium() {}

    /** Skips the calling test class, saying why, where Chromium is not installed. */
    static void assumeInstalled(String which) {
        Assumptions.assumeTrue(
                Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                which + " skipped: needs " + CHROMIUM + " and " + CHROMEDRIVER
                        + " (apt-get install -y chromium chromium-driver)");
    }

    /** Waits up to ten seconds for what a page should show. */
    static WebDriverWait waiting(WebDriver browser) {
        return waiting(browser, Duration.ofSeconds(10));
    }

    /**
     * Waits up to {@code timeout}. An element found just before the page reloads itself (the
     * ingest page does when its production ends) goes stale; the wait looks again rather than fail.
     */
    static WebDriverWait waiting(WebDriver browser, Duration timeout) {
        WebDriverWait wait = new WebDriverWait(browser, timeout);
        wait.ignoring(StaleElementReferenceException.class);
        return wait;
    }

    /** A fresh browser with its own profile folder. */
    static WebDriver start(Path profile) throws IOException {
        return new ChromeDriver(options(profile));
    }

    /** A fresh browser that saves downloads into {@code downloads} without asking. */
    static WebDriver start(Path profile, Path downloads) throws IOException {
        ChromeOptions options = options(profile);
        options.setExperimentalOption(
                "prefs",
                java.util.Map.of(
                        "download.default_directory",
                        Files.createDirectories(downloads).toAbsolutePath().toString(),
                        "download.prompt_for_download",
                        false));
        return new ChromeDriver(options);
    }

    private static ChromeOptions options(Path profile) throws IOException {
        System.setProperty("webdriver.chrome.driver", CHROMEDRIVER.toString());
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toString());
        options.addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--no-first-run",
                "--disable-quic",
                "--window-size=1280,1000",
                "--user-data-dir=" + Files.createDirectories(profile));
        return options;
    }
}
