package io.lodestar.pmo.sandbox.browser;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * The machine's headless Chromium, driven through its own chromedriver (Debian packages {@code
 * chromium} and {@code chromium-driver}).
 *
 * <p>Both paths are given explicitly, so Selenium Manager never looks for, or downloads, a browser
 * or a driver (failsafe also sets {@code SE_OFFLINE=true}). The flags keep Chromium off the network
 * (our machines have none, and Chromium would otherwise wait on its background connections) and
 * give every browser a fresh profile.
 *
 * <p>System properties (set by the sandbox POM's failsafe configuration):
 *
 * <ul>
 *   <li>{@value #REQUIRED}: {@code true} in CI. When Chromium or chromedriver is missing, the
 *       browser tests then fail; otherwise they are skipped with a message saying what to install;
 *   <li>{@value #CHROMIUM}, {@value #CHROMEDRIVER}: the executables, {@code /usr/bin/chromium} and
 *       {@code /usr/bin/chromedriver} by default.
 * </ul>
 */
final class Chromium {

  static final String REQUIRED = "lodestar.browser.required";
  static final String CHROMIUM = "lodestar.browser.chromium";
  static final String CHROMEDRIVER = "lodestar.browser.chromedriver";

  private static final List<String> FLAGS =
      List.of(
          "--headless",
          "--no-sandbox",
          "--disable-gpu",
          "--disable-dev-shm-usage",
          "--disable-quic",
          "--no-first-run",
          "--disable-background-networking",
          "--disable-component-update",
          "--disable-sync",
          "--disable-extensions",
          "--disable-default-apps",
          "--lang=en-US",
          "--window-size=1400,1000");

  private final Path browser;
  private final Path driver;

  private Chromium(Path browser, Path driver) {
    this.browser = browser;
    this.driver = driver;
  }

  /** The configured Chromium and chromedriver, whether or not they are installed. */
  static Chromium configured() {
    return new Chromium(
        Path.of(System.getProperty(CHROMIUM, "/usr/bin/chromium")),
        Path.of(System.getProperty(CHROMEDRIVER, "/usr/bin/chromedriver")));
  }

  /**
   * Skips the calling test (an aborted assumption, with a message saying what to install) when
   * Chromium or chromedriver is missing, or fails it when {@value #REQUIRED} is {@code true}.
   */
  Chromium requireInstalled() {
    Optional<String> missing = missing();
    if (missing.isPresent()) {
      String message =
          missing.get()
              + ": browser tests need Debian's chromium and chromium-driver (apt-get install"
              + " chromium chromium-driver), or -D"
              + CHROMIUM
              + "=... -D"
              + CHROMEDRIVER
              + "=...";
      if (Boolean.getBoolean(REQUIRED)) {
        fail(message + " (" + REQUIRED + "=true, as in CI: not skipped)");
      }
      Assumptions.abort(message);
    }
    return this;
  }

  /** What is missing, if anything. */
  Optional<String> missing() {
    List<String> missing = new ArrayList<>();
    if (!Files.isExecutable(browser)) {
      missing.add("no Chromium at " + browser);
    }
    if (!Files.isExecutable(driver)) {
      missing.add("no chromedriver at " + driver);
    }
    return missing.isEmpty() ? Optional.empty() : Optional.of(String.join(", ", missing));
  }

  /**
   * Starts a headless browser with a fresh profile under {@code profiles}.
   *
   * @param profiles a directory that outlives the browser (it holds the profile directory)
   */
  ChromeDriver start(Path profiles) {
    Path profile;
    try {
      profile = Files.createTempDirectory(profiles, "chromium-profile-");
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create a Chromium profile directory", e);
    }
    ChromeOptions options = new ChromeOptions();
    options.setBinary(browser.toFile());
    options.addArguments(FLAGS);
    options.addArguments("--user-data-dir=" + profile);
    ChromeDriverService service =
        new ChromeDriverService.Builder()
            .usingDriverExecutable(new File(driver.toString()))
            .usingAnyFreePort()
            .build();
    ChromeDriver chrome = new ChromeDriver(service, options);
    chrome.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
    chrome.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
    return chrome;
  }
}
