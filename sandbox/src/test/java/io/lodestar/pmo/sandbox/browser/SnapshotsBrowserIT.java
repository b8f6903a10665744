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
    browser.screenshot("snapshots-project");

    // the program's S-curve sums its projects of its currency
    browser.open(PAGE + "?key=MOBILE");
    awaitIndex();
    browser.waitFor(By.cssSelector("#lodestar-portfolio-scurve svg"));
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
