package io.lodestar.pmo.sandbox.browser;

import static org.assertj.core.api.Assertions.assertThat;

import io.lodestar.pmo.sandbox.demo.DemoAccounts;
import io.lodestar.pmo.sandbox.shared.host.BundleTexts;
import io.lodestar.pmo.sandbox.shared.server.SandboxComponents;
import io.lodestar.pmo.sandbox.shared.server.SandboxConfig;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Standardization in headless Chromium on the demo's templates and kept scans: "Scan now" with its
 * progress bar and Cancel, a drifting project's compliance page, and a project the viewer may not
 * browse (screenshots under {@code target/browser-screenshots/}).
 */
class StandardizationBrowserIT extends SandboxBrowserTest {

  private static final String ADMIN = "/plugins/servlet/lodestar/standardization";
  private static final String PROJECT = "/plugins/servlet/lodestar/compliance?project=";

  private final BundleTexts texts = new BundleTexts();

  @Override
  protected SandboxConfig sandboxConfig(SandboxConfig base) {
    // a pause before each project, so that a scan of the 33 assigned demo projects lasts seconds
    System.setProperty(SandboxComponents.SCAN_PAUSE_PROPERTY, "250");
    return base.withIssues(500);
  }

  @Override
  protected void sandboxStarted() {
    System.clearProperty(SandboxComponents.SCAN_PAUSE_PROPERTY);
  }

  @Test
  void pmoAdmin_shouldSeeTheScansProgressBarMove_andCancelTheScan() {
    browser.logIn(DemoAccounts.PMO);
    browser.open(ADMIN);
    browser.waitFor(By.id("lodestar-template-delivery"));
    assertThat(browser.driver().findElement(By.id("lodestar-results")).getText())
        .contains("MOBC")
        .contains("delivery v1");

    browser.driver().findElement(By.id("lodestar-scan-start")).click();

    WebElement progress = browser.waitFor(By.id("lodestar-scan-progress"));
    wait(Duration.ofSeconds(20))
        .until(d -> Integer.parseInt(progress.getDomAttribute("aria-valuenow")) > 0);
    WebElement cancel = browser.waitForVisible(By.id("lodestar-scan-cancel"));
    assertThat(browser.driver().findElement(By.id("lodestar-scan-bar")).getSize().getWidth())
        .isPositive();
    scrollTo(progress);
    browser.screenshot("standardization-scan-running");

    cancel.click();

    WebElement root = browser.driver().findElement(By.id("lodestar-standardization"));
    wait(Duration.ofSeconds(20))
        .until(d -> "CANCELLED".equals(root.getDomAttribute("data-scan-state")));
    String status = browser.driver().findElement(By.id("lodestar-scan-status")).getText();
    assertThat(status).startsWith(texts.text("lodestar.standardization.page.cancelled"));
    int percent = Integer.parseInt(progress.getDomAttribute("aria-valuenow"));
    assertThat(percent).isBetween(1, 99);
    assertThat(browser.has(By.cssSelector("#lodestar-scan-cancel:not([hidden])"))).isFalse();
    browser.screenshot("standardization-scan-cancelled");
  }

  @Test
  void pmoAdmin_shouldSeeTheDriftingProjectsFailingWorkflowRule_andItsTrend() {
    browser.logIn(DemoAccounts.PMO);

    browser.open(PROJECT + "MOBC");

    WebElement failing = browser.waitFor(By.id("lodestar-compliance-failing"));
    assertThat(failing.getText())
        .contains("wf-story")
        .contains("wf-task")
        .contains("Story uses a different workflow");
    assertThat(browser.driver().findElement(By.id("lodestar-compliance-score")).getText())
        .containsIgnoringCase(texts.text("lodestar.standardization.page.notCompliant"));
    // the trend: it complied two weeks ago, then drifted
    assertThat(
            browser
                .driver()
                .findElements(By.cssSelector("#lodestar-compliance-trend tbody tr"))
                .size())
        .isGreaterThanOrEqualTo(2);
    // a count rule that counted nothing has no link to an empty issue list
    WebElement others = browser.driver().findElement(By.id("lodestar-compliance-others"));
    assertThat(others.getText()).contains("Issues counted: 0");
    assertThat(others.findElements(By.cssSelector("a.lodestar-navigator-link")))
        .allSatisfy(a -> assertThat(a.getText()).doesNotContain("(0)"));
    assertThat(browser.has(By.id("sidebar-compliance"))).isTrue();
    browser.screenshot("standardization-project-drift");

    // an artifact rule's navigator link opens the counted issues in the issue list
    browser.open(PROJECT + "MOBA");
    WebElement link =
        browser.waitFor(By.cssSelector("#lodestar-compliance-others a.lodestar-navigator-link"));
    String label = link.getText();
    link.click();
    assertThat(browser.waitFor(By.id("sandbox-issues-jql")).getText())
        .contains("project = \"MOBA\"")
        .contains("issuetype = Risk");
    String count = label.replaceAll("\\D+", "");
    assertThat(browser.driver().findElement(By.id("sandbox-issues-summary")).getText())
        .contains("of " + count + " issues");
    browser.screenshot("standardization-navigator");
  }

  @Test
  void memberOfAHiddenProject_shouldSeeNothingOfItsCompliance() {
    // the restricted user is in MOBC's Developers role but may not browse MOBC
    browser.logIn(DemoAccounts.RESTRICTED);

    browser.open(PROJECT + "MOBC");
    String page = browser.driver().findElement(By.tagName("body")).getText();
    assertThat(page).doesNotContain("Mobile C").doesNotContain("wf-story");
    assertThat(browser.has(By.id("lodestar-compliance"))).isFalse();
    browser.screenshot("standardization-hidden-project");

    browser.open("/rest/lodestar/1.0/standardization/projects/MOBC/compliance");
    String json = browser.driver().findElement(By.tagName("body")).getText();
    assertThat(json).contains("\"status\":404").doesNotContain("Mobile C");

    browser.open(ADMIN);
    assertThat(browser.has(By.id("lodestar-standardization"))).isFalse();
  }

  private void scrollTo(WebElement element) {
    ((org.openqa.selenium.JavascriptExecutor) browser.driver())
        .executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
  }

  private WebDriverWait wait(Duration patience) {
    return new WebDriverWait(browser.driver(), patience);
  }
}
