package io.lodestar.pmo.sandbox.browser;

import static org.assertj.core.api.Assertions.assertThat;

import io.lodestar.pmo.sandbox.demo.DemoAccounts;
import io.lodestar.pmo.sandbox.shared.host.BundleTexts;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The S-curve and earned schedule of the overview pages in headless Chromium on a 3,000-issue demo
 * with its generated year of weekly snapshots (screenshots under {@code
 * target/browser-screenshots/}).
 */
class SnapshotsBrowserIT extends SandboxBrowserTest {

  private static final String PAGE = "/plugins/servlet/lodestar/portfolio";

  private final BundleTexts texts = new BundleTexts();

  @Override
  protected io.lodestar.pmo.sandbox.shared.server.SandboxConfig sandboxConfig(
      io.lodestar.pmo.sandbox.shared.server.SandboxConfig base) {
    return base.withIssues(3000);
  }

  /** Shares its sandbox: it alone takes snapshots; the other sharing classes read none. */
  @Override
  protected boolean sharesSandbox() {
    return true;
  }

  @Test
  void manager_shouldSeeTheProjectsSCurveWithItsLegendAndDataTable_andItsEarnedSchedule() {
    browser.logIn(DemoAccounts.MANAGER);

    browser.open(PAGE + "?project=MOBA");
    awaitIndex();

    WebElement chart = browser.waitFor(By.cssSelector("#lodestar-portfolio-scurve svg"));
    assertThat(chart.getText())
        .contains(texts.text("lodestar.portfolio.chart.scurve.pv"))
        .contains(texts.text("lodestar.portfolio.chart.scurve.ev"))
        .contains(texts.text("lodestar.portfolio.chart.scurve.ac"));
    int rows =
        browser
            .driver()
            .findElements(By.cssSelector("#lodestar-portfolio-scurve-table table tbody tr"))
            .size();
    assertThat(rows).isBetween(2, 53);
    assertThat(browser.driver().findElement(By.id("lodestar-portfolio-es")).getText())
        .contains(texts.text("lodestar.portfolio.trend.es.es"))
        .contains(texts.text("lodestar.portfolio.trend.es.ieac"));
    scrollTo(chart);
    browser.screenshot("snapshots-project");

    // MOBA resolved nothing in the last 12 weeks of the demo: the forecast says so, with its seed
    browser.waitFor(By.cssSelector("#lodestar-portfolio-forecast svg"));
    assertThat(browser.driver().findElement(By.id("lodestar-portfolio-forecast-basis")).getText())
        .contains("0 issues resolved")
        .contains("seed " + io.lodestar.pmo.app.portfolio.ProjectForecasts.SEED);
    assertThat(browser.has(By.id("lodestar-portfolio-forecast-percentiles"))).isFalse();
    scrollTo(browser.driver().findElement(By.id("lodestar-portfolio-es")));
    browser.screenshot("snapshots-project-es-forecast");

    // the same series over REST, paged and bounded
    browser.open("/rest/lodestar/1.0/projects/MOBA/snapshots?maxResults=5");
    String json = browser.driver().findElement(By.tagName("body")).getText();
    assertThat(json).contains("\"kind\":\"PROJECT\"").contains("\"maxResults\":5");
    browser.open("/rest/lodestar/1.0/projects/MOBA/snapshots?from=2020-01-01&to=2026-01-01");
    assertThat(browser.driver().findElement(By.tagName("body")).getText())
        .contains("\"field\":\"from\"");

    // the program's S-curve sums its projects of its currency
    browser.open(PAGE + "?key=MOBILE");
    awaitIndex();
    scrollTo(browser.waitFor(By.cssSelector("#lodestar-portfolio-scurve svg")));
    browser.screenshot("snapshots-program");
  }

  @Test
  void restrictedUser_shouldNotSeeThePortfoliosSCurve_whenItHoldsProjectsTheyMayNotBrowse() {
    browser.logIn(DemoAccounts.RESTRICTED);

    browser.open(PAGE + "?key=DIGITAL");
    awaitIndex();

    assertThat(browser.waitFor(By.id("lodestar-portfolio-scurve")).getText())
        .isEqualTo(texts.text("lodestar.portfolio.trend.hiddenProjects"));
    assertThat(browser.has(By.cssSelector("#lodestar-portfolio-scurve svg"))).isFalse();
    browser.screenshot("snapshots-restricted");
  }

  @Test
  void pmoAdmin_shouldTakeTodaysSnapshotOnce_andBeToldTheSecondPressChangedNothing() {
    browser.logIn(DemoAccounts.PMO);
    browser.open(PAGE);
    awaitIndex();

    // the first press writes today's snapshots (the generated history ends a week ago)
    browser.waitFor(By.id("lodestar-snapshot-take")).click();
    String first = browser.waitFor(By.id("lodestar-portfolio-flash")).getText();
    assertThat(first).doesNotContain("nothing changed").contains(" written");
    browser.screenshot("snapshots-taken");

    // the second press the same day changes nothing and says so
    browser.waitFor(By.id("lodestar-snapshot-take")).click();
    String second = browser.waitFor(By.id("lodestar-portfolio-flash")).getText();
    assertThat(second).contains("nothing changed");
    browser.screenshot("snapshots-taken-again");

    // a project that resolved issues lately gets its P50/P80/P95 dates, plain and risk-adjusted
    browser.open(PAGE + "?project=WEBC");
    WebElement fan = browser.waitFor(By.cssSelector("#lodestar-portfolio-forecast svg"));
    assertThat(
            browser
                .driver()
                .findElement(By.id("lodestar-portfolio-forecast-percentiles"))
                .getText())
        .contains("P50 ")
        .contains("P80 ")
        .contains("P95 ");
    assertThat(fan.getText()).contains("P50").contains("P95");
    scrollTo(fan);
    browser.screenshot("snapshots-forecast");

    // the project's S-curve now ends today, the audit log holds the one run that wrote
    browser.open(PAGE + "?project=MOBA");
    WebElement table = browser.waitFor(By.cssSelector("#lodestar-portfolio-scurve-table table"));
    assertThat(table.getText())
        .contains(
            java.time.LocalDate.now(java.time.ZoneOffset.UTC)
                .format(
                    java.time.format.DateTimeFormatter.ofPattern(
                        "d MMM yyyy", java.util.Locale.ROOT)));
    browser.open("/plugins/servlet/lodestar/audit");
    browser.waitFor(By.id("lodestar-audit"));
    assertThat(browser.driver().findElement(By.cssSelector(".lodestar-audit-table")).getText())
        .contains(texts.text("lodestar.portfolio.audit.snapshotTaken"));
  }

  private void scrollTo(WebElement element) {
    ((org.openqa.selenium.JavascriptExecutor) browser.driver())
        .executeScript("arguments[0].scrollIntoView({block: 'start'})", element);
  }

  /** Reloads while the page says the index is warming (at most about 30 s). */
  private void awaitIndex() {
    for (int i = 0; i < 60 && browser.has(By.id("lodestar-portfolio-warming")); i++) {
      try {
        Thread.sleep(500);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
      browser.driver().navigate().refresh();
    }
    assertThat(browser.has(By.id("lodestar-portfolio-warming"))).isFalse();
  }
}
