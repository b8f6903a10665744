package io.lodestar.pmo.sandbox.browser;

import static org.assertj.core.api.Assertions.assertThat;

import io.lodestar.pmo.sandbox.demo.DemoAccounts;
import io.lodestar.pmo.sandbox.shared.host.BundleTexts;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * The portfolio pages in headless Chromium on a 3,000-issue demo: drill-down from the landing page
 * to an epic's issues, a PMO admin's health override and its audit entry, and the restricted user's
 * totals (each test saves a screenshot under {@code target/browser-screenshots/}).
 */
class PortfolioBrowserIT extends SandboxBrowserTest {

  private static final String PAGE = "/plugins/servlet/lodestar/portfolio";

  private final BundleTexts texts = new BundleTexts();

  @Override
  protected io.lodestar.pmo.sandbox.shared.server.SandboxConfig sandboxConfig(
      io.lodestar.pmo.sandbox.shared.server.SandboxConfig base) {
    return base.withIssues(3000);
  }

  /**
   * Shares its sandbox: it writes only WEBB's health override (and its audit entry), which no other
   * sharing class reads.
   */
  @Override
  protected boolean sharesSandbox() {
    return true;
  }

  @Test
  void manager_shouldDrillDownFromAPortfolioToAnEpicAndOpenItsIssues() {
    browser.logIn(DemoAccounts.MANAGER);

    // the landing page links the portfolios; the list links each portfolio
    browser.open("/");
    browser.waitFor(By.id("link-portfolios")).click();
    awaitIndex();
    browser.screenshot("portfolio-list");
    link("#lodestar-portfolio-rows", "Digital (EUR)").click();
    awaitIndex();
    assertThat(browser.heading()).isEqualTo("Digital");
    browser.screenshot("portfolio-overview");

    // portfolio → program → project → epic
    link("#lodestar-portfolio-rows", "Mobile").click();
    assertThat(browser.heading()).isEqualTo("Mobile");
    browser.screenshot("portfolio-program");
    browser
        .driver()
        .findElement(By.cssSelector("#lodestar-portfolio-rows tr[data-key='MOBA'] a"))
        .click();
    assertThat(browser.heading()).startsWith("MOBA ");
    browser.screenshot("portfolio-project");
    WebElement epic =
        browser.driver().findElement(By.cssSelector("#lodestar-portfolio-rows tbody tr a"));
    epic.click();
    assertThat(browser.heading()).startsWith("MOBA-");
    String epicIssues =
        browser.driver().findElement(By.id("lodestar-portfolio-total-issues")).getText();
    browser.screenshot("portfolio-epic");

    // the epic's issues open in the issue list with the epic's JQL, as many as the rollup counts
    browser.driver().findElement(By.id("lodestar-portfolio-issues")).click();
    browser.waitFor(By.id("sandbox-issues-table"));
    assertThat(browser.driver().findElement(By.id("sandbox-issues-jql")).getText())
        .matches("project = MOBA AND \"Epic Link\" = MOBA-\\d+");
    int rows =
        browser.driver().findElements(By.cssSelector("#sandbox-issues-table tbody tr")).size();
    assertThat(browser.driver().findElement(By.id("sandbox-issues-summary")).getText())
        .contains(
            Integer.parseInt(epicIssues) == 0 ? "No issues." : "of " + epicIssues + " issues");
    assertThat(rows).isEqualTo(Math.min(50, Integer.parseInt(epicIssues)));
    browser.screenshot("portfolio-epic-issues");
  }

  @Test
  void pmoAdmin_shouldOverrideAProjectsHealthWithAReason_andSeeItInTheAudit() {
    browser.logIn(DemoAccounts.PMO);
    browser.open(PAGE + "?key=DIGITAL");
    awaitIndex();

    // without a reason: the page stays, with the message at the field
    new Select(browser.driver().findElement(By.id("lodestar-override-project")))
        .selectByValue("WEBB");
    new Select(browser.driver().findElement(By.id("lodestar-override-rag"))).selectByValue("RED");
    browser.driver().findElement(By.id("lodestar-override-save")).click();
    assertThat(browser.waitFor(By.id("lodestar-override-reason-error")).getText())
        .isEqualTo(texts.text("lodestar.health.override.reasonRequired"));
    browser.screenshot("portfolio-override-refused");

    // with a reason and an expiry
    browser.driver().findElement(By.id("lodestar-override-reason")).sendKeys("Vendor insolvent");
    WebElement expires = browser.driver().findElement(By.id("lodestar-override-expires"));
    ((org.openqa.selenium.JavascriptExecutor) browser.driver())
        .executeScript(
            "arguments[0].value = arguments[1]", expires, LocalDate.now().plusDays(20).toString());
    browser.driver().findElement(By.id("lodestar-override-save")).click();
    assertThat(browser.waitFor(By.id("lodestar-portfolio-flash")).getText())
        .isEqualTo(texts.text("lodestar.portfolio.page.flash.override"));

    // the Web program's row shows its projects' computed health; WEBB's page shows both
    browser.open(PAGE + "?project=WEBB");
    WebElement override = browser.waitFor(By.cssSelector(".lodestar-portfolio-override"));
    assertThat(override.getText())
        .containsIgnoringCase(texts.text("lodestar.portfolio.rag.RED"))
        .contains("Vendor insolvent");
    assertThat(
            browser
                .driver()
                .findElement(
                    By.cssSelector(
                        "#lodestar-portfolio-summary .lodestar-portfolio-health > .lodestar-rag"))
                .getText())
        .isNotBlank();
    browser.screenshot("portfolio-override-shown");

    // the audit log lists it
    browser.open("/plugins/servlet/lodestar/audit");
    browser.waitFor(By.id("lodestar-audit"));
    assertThat(browser.driver().findElement(By.cssSelector(".lodestar-audit-table")).getText())
        .contains(texts.text("lodestar.audit.target.healthOverride", "WEBB"))
        .contains(texts.text("lodestar.portfolio.audit.overrideSet"));
    browser.screenshot("portfolio-override-audit");
  }

  @Test
  void restrictedUser_shouldSeeTotalsSmallerByExactlyTheHiddenItems_andBeToldHowMany() {
    browser.logIn(DemoAccounts.ADMIN);
    browser.open(PAGE + "?key=DIGITAL");
    awaitIndex();
    long all = number("lodestar-portfolio-total-issues");
    assertThat(browser.has(By.id("lodestar-portfolio-hidden"))).isFalse();
    browser.logOut();

    browser.logIn(DemoAccounts.RESTRICTED);
    browser.open(PAGE + "?key=DIGITAL");
    awaitIndex();
    long seen = number("lodestar-portfolio-total-issues");
    String hiddenCell =
        browser.driver().findElement(By.id("lodestar-portfolio-total-hidden")).getText();
    long hidden = Long.parseLong(hiddenCell.replaceAll("[^0-9]", ""));
    browser.screenshot("portfolio-restricted");

    assertThat(hidden).isPositive();
    assertThat(seen + hidden).isEqualTo(all);
    assertThat(browser.driver().findElement(By.id("lodestar-portfolio-hidden")).getText())
        .isEqualTo(texts.text("lodestar.portfolio.page.hidden", hidden, 10));
    // only the Web program is listed; the override form is for PMO admins only
    List<String> keys =
        browser.driver().findElements(By.cssSelector("#lodestar-portfolio-rows tbody tr")).stream()
            .map(r -> r.getAttribute("data-key"))
            .toList();
    assertThat(keys).containsExactly("WEB");
    assertThat(browser.has(By.id("lodestar-override-form"))).isFalse();
  }

  private long number(String id) {
    return Long.parseLong(browser.waitFor(By.id(id)).getText().trim());
  }

  private WebElement link(String table, String text) {
    return browser.waitFor(By.cssSelector(table)).findElement(By.linkText(text));
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
