package io.lodestar.pmo.sandbox.browser;

import static org.assertj.core.api.Assertions.assertThat;

import io.lodestar.pmo.sandbox.demo.DemoAccounts;
import io.lodestar.pmo.sandbox.shared.host.BundleTexts;
import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * The "Lodestar portfolio health" dashboard item on the sandbox's dashboard page, in headless
 * Chromium on a 3,000-issue demo: the admin (the dashboard's owner) configures an item and sees
 * what it shows change with the portfolio and the sort; the restricted user sees fewer rows and is
 * told how many projects were left out (each test saves screenshots under {@code
 * target/browser-screenshots/}). Each test configures its own item.
 */
class DashboardBrowserIT extends SandboxBrowserTest {

  private static final String DASHBOARD = "/secure/Dashboard.jspa";

  private final BundleTexts texts = new BundleTexts();

  @Override
  protected io.lodestar.pmo.sandbox.shared.server.SandboxConfig sandboxConfig(
      io.lodestar.pmo.sandbox.shared.server.SandboxConfig base) {
    return base.withIssues(3000);
  }

  /** Shares its sandbox: it configures only its own dashboard items, which no other class reads. */
  @Override
  protected boolean sharesSandbox() {
    return true;
  }

  @Test
  void admin_shouldConfigureTheItem_andSeeItFollowThePortfolioAndTheSort() {
    browser.logIn(DemoAccounts.ADMIN);
    browser.open("/");
    browser.waitFor(By.id("link-dashboard")).click();
    WebElement item = browser.waitFor(By.id("lodestar-dashboard-item-10100"));
    assertThat(item.getText()).contains(texts.text("lodestar.dashboard.item.unconfigured.owner"));
    browser.screenshot("dashboard-unconfigured");

    // Digital, sorted by name
    configure(10100, "DIGITAL", "NAME", "10");
    List<String> names = names(10100);
    assertThat(names).hasSizeGreaterThanOrEqualTo(3).contains("Mobile", "Web");
    assertThat(names).isSortedAccordingTo(Comparator.comparing(n -> n.toLowerCase(Locale.ROOT)));
    assertThat(title(10100)).isEqualTo(texts.text("lodestar.dashboard.item.titleOf", "Digital"));
    assertThat(
            browser.has(
                By.cssSelector(
                    "#lodestar-dashboard-item-10100 td[data-column='HEALTH'] .lodestar-rag")))
        .isTrue();
    assertThat(
            browser.has(
                By.cssSelector("#lodestar-dashboard-item-10100 .lodestar-dashboard-item-hidden")))
        .isFalse();
    browser.screenshot("dashboard-digital-by-name");

    // by % complete: lowest first
    configure(10100, "DIGITAL", "PROGRESS", "10");
    List<BigDecimal> percents = percents(10100);
    assertThat(percents).hasSize(names.size()).isSorted();
    assertThat(summary(10100))
        .isEqualTo(
            texts.text(
                "lodestar.dashboard.item.summary",
                names.size(),
                names.size(),
                texts.text("lodestar.dashboard.sort.PROGRESS")));
    browser.screenshot("dashboard-digital-by-progress");

    // Operations, at most 2 rows
    configure(10100, "OPERATIONS", "NAME", "2");
    assertThat(title(10100)).isEqualTo(texts.text("lodestar.dashboard.item.titleOf", "Operations"));
    List<String> operations = names(10100);
    assertThat(operations).hasSize(2).doesNotContain("Mobile", "Web");
    // the item links its portfolio page
    browser
        .driver()
        .findElement(
            By.cssSelector("#lodestar-dashboard-item-10100 .lodestar-dashboard-item-portfolio"))
        .click();
    assertThat(browser.heading()).isEqualTo("Operations");
    browser.open(DASHBOARD);
    browser.waitFor(By.id("lodestar-dashboard-item-10100"));
    browser.screenshot("dashboard-operations-two-rows");

    // a refused configuration keeps the form with the message at the field
    browser.open(DASHBOARD + "?edit=10100");
    WebElement rows = browser.waitFor(By.id("lodestar-item-10100-rows"));
    rows.clear();
    rows.sendKeys("0");
    ((org.openqa.selenium.JavascriptExecutor) browser.driver())
        .executeScript("arguments[0].removeAttribute('min')", rows);
    browser.driver().findElement(By.id("lodestar-item-10100-save")).click();
    assertThat(browser.waitFor(By.id("lodestar-item-10100-rows-error")).getText())
        .isEqualTo(texts.text("lodestar.dashboard.config.error.rows", 1, 20));
    browser.screenshot("dashboard-config-refused");
  }

  @Test
  void restrictedUser_shouldSeeFewerRows_andBeToldHowManyProjectsWereLeftOut() {
    browser.logIn(DemoAccounts.ADMIN);
    browser.open(DASHBOARD);
    configure(10101, "DIGITAL", "HEALTH", "20");
    List<String> all = keys(10101);
    browser.logOut();

    browser.logIn(DemoAccounts.RESTRICTED);
    browser.open(DASHBOARD);
    browser.waitFor(By.id("lodestar-dashboard-item-10101"));
    List<String> seen = keys(10101);
    String hidden =
        browser
            .driver()
            .findElement(
                By.cssSelector("#lodestar-dashboard-item-10101 .lodestar-dashboard-item-hidden"))
            .getText();
    browser.screenshot("dashboard-restricted");

    assertThat(seen).containsExactly("WEB");
    assertThat(all).contains("WEB").hasSizeGreaterThan(seen.size());
    assertThat(hidden).startsWith("10 project(s) you may not browse are left out;");
    // the owner's links are not offered, and the form is refused
    assertThat(browser.has(By.cssSelector(".lodestar-dashboard-item-edit"))).isFalse();
    browser.open(DASHBOARD + "?edit=10101");
    assertThat(browser.has(By.id("lodestar-item-10101-save"))).isFalse();
  }

  private void configure(long item, String portfolio, String sort, String rows) {
    browser.open(DASHBOARD + "?edit=" + item);
    new Select(browser.waitFor(By.id("lodestar-item-" + item + "-portfolio")))
        .selectByValue(portfolio);
    new Select(browser.driver().findElement(By.id("lodestar-item-" + item + "-sort")))
        .selectByValue(sort);
    WebElement field = browser.driver().findElement(By.id("lodestar-item-" + item + "-rows"));
    field.clear();
    field.sendKeys(rows);
    browser.driver().findElement(By.id("lodestar-item-" + item + "-save")).click();
    browser.waitFor(
        By.cssSelector("#lodestar-dashboard-item-" + item + " .lodestar-dashboard-item-summary"));
    assertThat(browser.has(By.id("lodestar-item-" + item + "-save"))).isFalse();
  }

  private List<String> names(long item) {
    return browser
        .driver()
        .findElements(
            By.cssSelector("#lodestar-dashboard-item-" + item + " tbody tr td:first-child a"))
        .stream()
        .map(WebElement::getText)
        .toList();
  }

  private List<String> keys(long item) {
    return browser
        .driver()
        .findElements(By.cssSelector("#lodestar-dashboard-item-" + item + " tbody tr"))
        .stream()
        .map(r -> r.getDomAttribute("data-key"))
        .toList();
  }

  private List<BigDecimal> percents(long item) {
    return browser
        .driver()
        .findElements(
            By.cssSelector("#lodestar-dashboard-item-" + item + " td[data-column='PROGRESS']"))
        .stream()
        .map(c -> new BigDecimal(c.getText().replace("%", "").trim()))
        .toList();
  }

  private String title(long item) {
    return browser
        .driver()
        .findElement(
            By.cssSelector("#lodestar-dashboard-item-" + item + " .lodestar-dashboard-item-title"))
        .getText();
  }

  private String summary(long item) {
    return browser
        .driver()
        .findElement(
            By.cssSelector(
                "#lodestar-dashboard-item-" + item + " .lodestar-dashboard-item-summary"))
        .getText();
  }
}
