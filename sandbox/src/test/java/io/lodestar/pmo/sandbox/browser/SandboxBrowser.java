package io.lodestar.pmo.sandbox.browser;

import io.lodestar.pmo.sandbox.demo.DemoAccounts;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * One browser on the running sandbox, with the few steps the browser tests share: open a path, log
 * in through the login page, read the pages' landmarks (ids, classes and data attributes the
 * templates render, never layout or wording other than the i18n bundle's).
 */
final class SandboxBrowser {

  /** How long a page or a script gets to show what a step waits for. */
  static final Duration PATIENCE = Duration.ofSeconds(15);

  private final WebDriver driver;
  private final URI base;

  SandboxBrowser(WebDriver driver, URI base) {
    this.driver = Objects.requireNonNull(driver, "driver");
    this.base = Objects.requireNonNull(base, "base");
  }

  WebDriver driver() {
    return driver;
  }

  /** Opens a path of the sandbox, e.g. {@code /plugins/servlet/lodestar/admin}. */
  void open(String pathAndQuery) {
    driver.get(base.resolve(pathAndQuery).toString());
  }

  /** The current URL's path, e.g. {@code /login}. */
  String currentPath() {
    return URI.create(driver.getCurrentUrl()).getPath();
  }

  /** The current URL's query, decoded; empty when there is none. */
  String currentQuery() {
    return Objects.toString(URI.create(driver.getCurrentUrl()).getQuery(), "");
  }

  /**
   * Logs in through the login page as a demo account (password {@value DemoAccounts#PASSWORD}) and
   * waits until the browser has left the login page.
   */
  void logIn(String username) {
    open("/login");
    fillLoginForm(username);
  }

  /** Ends the session the way a closed browser does: the session cookie is gone. */
  void logOut() {
    driver.manage().deleteAllCookies();
  }

  /** Fills the login page already open and submits it; waits until the browser has left it. */
  void fillLoginForm(String username) {
    WebElement name = waitFor(By.id("username"));
    name.clear();
    name.sendKeys(username);
    driver.findElement(By.id("password")).sendKeys(DemoAccounts.PASSWORD);
    driver.findElement(By.id("login-submit")).click();
    new WebDriverWait(driver, PATIENCE)
        .withMessage("still on the login page after logging in as " + username)
        .until(d -> !"/login".equals(currentPath()));
  }

  /**
   * Saves what the browser shows as {@code target/browser-screenshots/<name>.png}, for a person to
   * look at (the tests never compare pixels).
   */
  void screenshot(String name) {
    try {
      Path dir = Path.of("target", "browser-screenshots").toAbsolutePath();
      Files.createDirectories(dir);
      Files.write(
          dir.resolve(name + ".png"), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Waits until an element is present and returns it. */
  WebElement waitFor(By locator) {
    return new WebDriverWait(driver, PATIENCE)
        .until(ExpectedConditions.presenceOfElementLocated(locator));
  }

  /** Waits until an element is visible and returns it. */
  WebElement waitForVisible(By locator) {
    return new WebDriverWait(driver, PATIENCE)
        .until(ExpectedConditions.visibilityOfElementLocated(locator));
  }

  /** Whether the current page has at least one element matching {@code locator}. */
  boolean has(By locator) {
    return !driver.findElements(locator).isEmpty();
  }

  /** The page's {@code <h1>}, or the refusal page's title. */
  String heading() {
    return waitFor(By.cssSelector("#content h1, #content .aui-message .title")).getText().trim();
  }

  /** The project keys listed on the landing page ({@code tr[data-project]}), in page order. */
  List<String> landingProjectKeys() {
    waitFor(By.id("sandbox-landing"));
    return driver.findElements(By.cssSelector("#sandbox-projects tr[data-project]")).stream()
        .map(row -> row.getDomAttribute("data-project"))
        .toList();
  }

  /**
   * The cells of one heat map on the register page: {@code 0} the inherent map, {@code 1} the
   * residual one. Each cell is read from what the page draws: the position from its link (the
   * register filtered to {@code cell=probability,impact}), the band and count from its tooltip
   * ({@code <title>Band: count</title>}), the colour from its rectangle's fill.
   */
  List<HeatMapCell> heatMap(int index) {
    List<WebElement> maps = driver.findElements(By.cssSelector("figure.lodestar-heatmap"));
    if (maps.size() <= index) {
      throw new AssertionError("no heat map #" + index + " on " + driver.getCurrentUrl());
    }
    List<HeatMapCell> cells = new ArrayList<>();
    for (WebElement link : maps.get(index).findElements(By.cssSelector("svg a"))) {
      String href = Objects.toString(link.getDomAttribute("href"), "");
      String tooltip =
          Objects.toString(
              link.findElement(By.cssSelector("title")).getDomProperty("textContent"), "");
      String fill = link.findElement(By.cssSelector("rect")).getDomAttribute("fill");
      int colon = tooltip.lastIndexOf(':');
      String[] rank = parameter(href, "cell").orElse("0,0").split(",");
      cells.add(
          new HeatMapCell(
              Integer.parseInt(rank[0].trim()),
              Integer.parseInt(rank[1].trim()),
              tooltip.substring(0, Math.max(colon, 0)).trim(),
              Long.parseLong(tooltip.substring(colon + 1).trim()),
              Objects.toString(fill, "")));
    }
    return cells;
  }

  /** The heat maps' captions, in page order. */
  List<String> heatMapCaptions() {
    return driver.findElements(By.cssSelector("figure.lodestar-heatmap figcaption")).stream()
        .map(e -> e.getText().trim())
        .toList();
  }

  private static Optional<String> parameter(String url, String name) {
    int q = url.indexOf('?');
    if (q < 0) {
      return Optional.empty();
    }
    for (String pair : url.substring(q + 1).split("&")) {
      int eq = pair.indexOf('=');
      String key = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
      if (key.equals(name)) {
        return Optional.of(
            eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
      }
    }
    return Optional.empty();
  }

  /**
   * One heat-map cell as the page shows it.
   *
   * @param probability 1-based probability rank (row)
   * @param impact 1-based impact rank (column)
   * @param band the band label
   * @param count risks in the cell
   * @param colour the fill, as written in the page
   */
  record HeatMapCell(int probability, int impact, String band, long count, String colour) {

    /** {@code "probability,impact"}, as the register's {@code cell} filter spells it. */
    String position() {
      return probability + "," + impact;
    }
  }
}
