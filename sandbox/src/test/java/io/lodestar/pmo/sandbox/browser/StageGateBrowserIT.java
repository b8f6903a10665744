package io.lodestar.pmo.sandbox.browser;

import static org.assertj.core.api.Assertions.assertThat;

import io.lodestar.pmo.sandbox.demo.DemoAccounts;
import io.lodestar.pmo.sandbox.shared.host.BundleTexts;
import io.lodestar.pmo.sandbox.standardization.gate.DemoStageGates;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;

/**
 * Stage gates in headless Chromium on the demo (quorum 2, approvers pmo and admin): the manager
 * requests MOBA's gate out of Initiate, one approval keeps it pending, the second passes it and the
 * issue navigator finds MOBA's issues by "Lodestar phase"; a non-approver sees no approve button
 * and gets a 403 from REST; the workflow template preview shows each diagram and its table.
 */
class StageGateBrowserIT extends SandboxBrowserTest {

  private static final String PAGE = "/plugins/servlet/lodestar/stage-gate?project=";

  private final BundleTexts texts = new BundleTexts();

  @Test
  void gate_shouldBeRequestedByTheManager_pendingAfterOneApproval_andPassedAfterTheSecond() {
    // given the manager on MOBA's page, in Initiate
    browser.logIn(DemoAccounts.MANAGER);
    browser.open(PAGE + "MOBA");
    assertThat(phase()).isEqualTo("Initiate");
    assertThat(
            browser.driver().findElement(By.id("sidebar-stage-gate")).getAttribute("aria-current"))
        .isEqualTo("page");
    browser.screenshot("stage-gate-initiate");

    // when the manager requests the gate with the criteria met
    tick("gate-check-kickoff");
    tick("gate-check-sponsor");
    browser
        .driver()
        .findElement(By.id("gate-doc-charter"))
        .sendKeys("https://wiki.example.com/moba/charter");
    browser.driver().findElement(By.id("gate-request-submit")).click();

    // then the request is open and needs two approvals
    assertThat(browser.waitFor(By.id("gate-done")).getText())
        .isEqualTo(texts.text("lodestar.standardization.gate.page.done.request"));
    assertThat(browser.driver().findElement(By.id("gate-needed")).getText())
        .isEqualTo(texts.text("lodestar.standardization.gate.page.needed", 2));
    assertThat(browser.has(By.id("gate-approve"))).isFalse();

    // when the first approver approves: still pending
    browser.logOut();
    browser.logIn(DemoAccounts.PMO);
    browser.open(PAGE + "MOBA");
    browser.waitFor(By.id("gate-comment")).sendKeys("Charter read.");
    browser.driver().findElement(By.id("gate-approve")).click();
    browser.waitFor(By.id("gate-done"));
    assertThat(phase()).isEqualTo("Initiate");
    assertThat(browser.driver().findElement(By.id("gate-needed")).getText())
        .isEqualTo(texts.text("lodestar.standardization.gate.page.needed", 1));
    assertThat(browser.has(By.id("gate-approve"))).isFalse(); // approved once already
    browser.screenshot("stage-gate-pending");

    // when the second approver approves: passed, the project is in Plan
    browser.logOut();
    browser.logIn(DemoAccounts.ADMIN);
    browser.open(PAGE + "MOBA");
    browser.waitFor(By.id("gate-approve")).click();
    browser.waitFor(By.id("gate-done"));
    assertThat(phase()).isEqualTo("Plan");
    assertThat(browser.has(By.id("gate-request"))).isFalse();
    List<String> kinds =
        browser.driver().findElements(By.cssSelector("#gate-history tbody tr")).stream()
            .map(r -> r.getAttribute("data-kind"))
            .toList();
    assertThat(kinds).containsExactly("PASSED", "APPROVED", "APPROVED", "REQUESTED");
    browser.screenshot("stage-gate-passed");

    // and the issue navigator finds MOBA's issues by their phase
    browser.open(
        "/issues/?jql=" + URLEncoder.encode("\"Lodestar phase\" = Plan", StandardCharsets.UTF_8));
    List<WebElement> links =
        browser
            .driver()
            .findElements(By.cssSelector("#sandbox-issues-table tbody td:first-child a"));
    assertThat(links).isNotEmpty();
    assertThat(links.get(0).getText()).startsWith("MOBA-");
    browser.screenshot("stage-gate-navigator");
    browser.open(
        "/issues/?jql="
            + URLEncoder.encode("\"Lodestar phase\" = Initiate", StandardCharsets.UTF_8));
    assertThat(
            browser
                .driver()
                .findElements(By.cssSelector("#sandbox-issues-table tbody td a"))
                .stream()
                .map(WebElement::getText))
        .noneMatch(key -> key.startsWith("MOBA-"));
  }

  @Test
  void nonApprover_shouldSeeNoApproveButton_andGet403FromRest() {
    browser.logIn(DemoAccounts.MEMBER);
    browser.open(PAGE + DemoStageGates.PENDING_PROJECT);

    assertThat(browser.waitFor(By.id("gate-request")).getText()).contains("Morgan Manager");
    assertThat(browser.has(By.id("gate-approve"))).isFalse();
    assertThat(browser.has(By.id("gate-reject"))).isFalse();
    browser.screenshot("stage-gate-non-approver");

    Object status =
        ((JavascriptExecutor) browser.driver())
            .executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                    + "fetch('/rest/lodestar/1.0/projects/"
                    + DemoStageGates.PENDING_PROJECT
                    + "/gate/approve', {method: 'POST', headers: {'Content-Type':"
                    + " 'application/json', 'X-Atlassian-Token': 'no-check'}, body:"
                    + " JSON.stringify({version: 1, comment: ''})}).then(r => done(r.status),"
                    + " e => done(String(e)));");
    assertThat(status).isEqualTo(403L);
  }

  @Test
  void workflowPreview_shouldShowEachDemoWorkflowAsSvgWithItsTable() {
    browser.logIn(DemoAccounts.PMO);
    browser.open("/plugins/servlet/lodestar/workflow-preview");

    List<WebElement> svgs =
        browser.driver().findElements(By.cssSelector(".lodestar-workflow-svg svg[role='img']"));
    assertThat(svgs).hasSize(2);
    assertThat(
            svgs.get(0).findElements(By.cssSelector("g.lodestar-wf-status")).stream()
                .map(g -> g.getAttribute("data-status")))
        .containsExactly("Backlog", "Selected", "In Progress", "In Review", "Done", "Won't do");
    assertThat(svgs.get(0).findElements(By.cssSelector("g.lodestar-wf-transition"))).hasSize(7);
    WebElement table =
        browser.driver().findElement(By.cssSelector(".lodestar-workflow-table table"));
    assertThat(table.getText()).contains("Accept → Done").contains("every sub-task done");
    browser.screenshot("workflow-preview");
  }

  /** The current phase as written (the lozenge shows it in capitals). */
  private String phase() {
    return browser.waitFor(By.id("gate-current-phase")).getDomProperty("textContent").strip();
  }

  /** Ticks a checkbox (AUI draws its own box over the input, so the click goes to the input). */
  private void tick(String id) {
    WebElement box = browser.driver().findElement(By.id(id));
    ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].click();", box);
    assertThat(box.isSelected()).isTrue();
  }
}
