package io.lodestar.pmo.sandbox.browser;

import static org.assertj.core.api.Assertions.assertThat;

import io.lodestar.pmo.sandbox.demo.DemoAccounts;
import io.lodestar.pmo.sandbox.shared.host.BundleTexts;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Applying a template in headless Chromium (issue 9): the dry run of the drifting MOBC read as a
 * table, applied after the confirmation, and its compliance score rising; a project created from a
 * template by a non-admin in the PMO's creator group (screenshots under {@code
 * target/browser-screenshots/}).
 */
class ApplyBrowserIT extends SandboxBrowserTest {

  private static final String PROJECT = "/plugins/servlet/lodestar/compliance?project=";

  private final BundleTexts texts = new BundleTexts();

  @Test
  void pmoAdmin_shouldReadTheDryRunOfADriftingProject_applyIt_andSeeTheScoreRise() {
    browser.logIn(DemoAccounts.PMO);
    browser.open(PROJECT + "MOBC");
    String before = browser.waitFor(By.id("lodestar-compliance-score")).getText();
    assertThat(before)
        .containsIgnoringCase(texts.text("lodestar.standardization.page.notCompliant"));

    browser.waitFor(By.id("lodestar-compliance-dry-run")).click();

    // the plan: a workflow scheme created and associated, the status moves with their counts
    WebElement steps = browser.waitFor(By.id("lodestar-dry-run-steps"));
    assertThat(steps.getText()).contains("Delivery v3 v1 (MOBC)");
    WebElement moves = browser.driver().findElement(By.id("lodestar-dry-run-moves"));
    assertThat(moves.findElements(By.cssSelector("tbody tr"))).isNotEmpty();
    assertThat(moves.getText()).contains("Story");
    browser.screenshot("apply-dry-run-mobc");

    // Apply, confirmed
    ((JavascriptExecutor) browser.driver())
        .executeScript("window.confirm = function () { return true; };");
    browser.driver().findElement(By.id("lodestar-apply")).click();
    WebElement state = browser.waitForVisible(By.id("lodestar-apply-report-state"));
    assertThat(state.getDomAttribute("data-state")).isEqualTo("APPLIED");
    assertThat(browser.driver().findElement(By.id("lodestar-apply-report-score")).getText())
        .contains(texts.text("lodestar.standardization.page.compliant"));
    browser.screenshot("apply-report-mobc");

    // the compliance page: compliant, the workflow rules pass
    browser.driver().findElement(By.id("lodestar-apply-report-link")).click();
    String after = browser.waitFor(By.id("lodestar-compliance-score")).getText();
    assertThat(after).doesNotContain(texts.text("lodestar.standardization.page.notCompliant"));
    assertThat(score(after)).isGreaterThan(score(before));
    assertThat(browser.has(By.id("lodestar-compliance-nofailing"))).isTrue();
    browser.screenshot("apply-compliance-after");
  }

  @Test
  void creatorGroupMember_shouldCreateAProjectFromATemplate_afterFixingABadKey() {
    // the manager is no admin, but in the PMO's creator group (staff)
    browser.logIn(DemoAccounts.MANAGER);
    browser.open("/plugins/servlet/lodestar/new-project");
    browser.waitFor(By.id("lodestar-new-project-form"));
    new org.openqa.selenium.support.ui.Select(
            browser.driver().findElement(By.id("lodestar-new-template")))
        .selectByValue("operations-light");
    browser.driver().findElement(By.id("lodestar-new-key")).sendKeys("ops");
    browser.driver().findElement(By.id("lodestar-new-name")).sendKeys("Operations New");
    browser.driver().findElement(By.id("lodestar-new-submit")).click();

    WebElement keyError = browser.driver().findElement(By.id("lodestar-new-key-error"));
    new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
        .until(d -> !keyError.getText().isBlank());
    assertThat(keyError.getText()).contains("ops");
    browser.screenshot("apply-new-project-bad-key");

    WebElement key = browser.driver().findElement(By.id("lodestar-new-key"));
    key.clear();
    key.sendKeys("OPSN");
    browser.driver().findElement(By.id("lodestar-new-submit")).click();
    WebElement state = browser.waitForVisible(By.id("lodestar-new-report-state"));
    assertThat(state.getDomAttribute("data-state")).isEqualTo("APPLIED");
    browser.screenshot("apply-new-project-created");

    browser.driver().findElement(By.id("lodestar-new-report-link")).click();
    String score = browser.waitFor(By.id("lodestar-compliance-score")).getText();
    assertThat(score).doesNotContain(texts.text("lodestar.standardization.page.notCompliant"));
    assertThat(browser.driver().findElement(By.id("lodestar-compliance-template")).getText())
        .contains("operations-light v1");
    browser.screenshot("apply-new-project-compliance");
  }

  private static double score(String text) {
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("(\\d+(\\.\\d+)?) %").matcher(text);
    assertThat(m.find()).as("a score in %s", text).isTrue();
    return Double.parseDouble(m.group(1));
  }
}
