package io.lodestar.pmo.sandbox.browser;

import static org.assertj.core.api.Assertions.assertThat;

import io.lodestar.pmo.app.risk.web.RiskWebPaths;
import io.lodestar.pmo.engine.shared.AuditEntry;
import io.lodestar.pmo.sandbox.demo.DemoAccounts;
import io.lodestar.pmo.sandbox.shared.host.BundleTexts;
import io.lodestar.pmo.sandbox.shared.host.PasswordHasher;
import io.lodestar.pmo.sandbox.shared.host.SandboxUsers;
import io.lodestar.pmo.sandbox.shared.host.SqlAuditLog;
import io.lodestar.pmo.sandbox.shared.server.SandboxConfig;
import io.lodestar.pmo.sandbox.shared.server.SandboxServer;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The register's summary, exposure panel and owner picker, and the audit log page, in a real
 * browser: one sandbox over a small demo portfolio (500 issues) for the class, a fresh headless
 * Chromium for every test (as {@link SandboxBrowserIT}, whose conventions this follows: expected
 * texts come from the i18n bundle, a failure leaves a screenshot under {@code
 * target/browser-failures/}, and each test saves one under {@code target/browser-screenshots/}).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RegisterPanelsBrowserIT {

  private final BundleTexts texts = new BundleTexts();

  private Chromium chromium;
  private SandboxServer sandbox;
  private Path profiles;
  private String riskiestProject;
  private SandboxBrowser browser;

  @RegisterExtension
  final FailureCapture failures =
      new FailureCapture(() -> browser == null ? null : browser.driver());

  @BeforeAll
  void startSandbox(@TempDir Path temp) {
    chromium = Chromium.configured();
    if (chromium.missing().isPresent()) {
      System.err.println(
          getClass().getSimpleName() + ": " + chromium.missing().get() + ": browser tests not run");
      return;
    }
    profiles = temp;
    sandbox =
        SandboxServer.start(
            SandboxConfig.defaults()
                .withHost("localhost")
                .withPort(0)
                .withDataDirectory(temp.resolve("data"))
                .withIssues(500)
                .withStopTimeoutMillis(500));
    riskiestProject = projectWithMostRisks();
  }

  @AfterAll
  void stopSandbox() {
    if (sandbox != null) {
      sandbox.close();
    }
  }

  @BeforeEach
  void openBrowser() {
    chromium.requireInstalled();
    browser = new SandboxBrowser(chromium.start(profiles), sandbox.uri());
  }

  @AfterEach
  void closeBrowser() {
    if (browser != null) {
      browser.driver().quit();
      browser = null;
    }
  }

  // ------------------------------------------------------------------ audit log

  @Test
  void auditLog_shouldListNewestFirstAndFilterByProject_whenPmoOpensItFromTheHeader() {
    // given three changes, the newest last
    SqlAuditLog audit = new SqlAuditLog(sandbox.store());
    Instant t = Instant.parse("2026-12-01T08:00:00Z");
    audit.record(settingsSaved("WEBA", "modelId=1", "modelId=2", t));
    audit.record(settingsSaved("MOBA", null, "modelId=1", t.plusSeconds(60)));
    audit.record(settingsSaved("MOBA", "modelId=1", "modelId=3", t.plusSeconds(120)));
    browser.logIn(DemoAccounts.PMO);

    // when the PMO admin opens the audit log and filters it by project
    browser.waitFor(By.id("nav-audit")).click();
    browser.waitFor(By.id("lodestar-audit"));
    List<String> allTargets = column("lodestar-audit-target");
    browser.driver().findElement(By.id("lodestar-audit-project")).sendKeys("moba");
    browser.driver().findElement(By.cssSelector(".lodestar-audit-filter button")).click();
    browser.waitFor(By.id("lodestar-audit"));
    browser.driver().findElement(By.cssSelector(".lodestar-audit-table details summary")).click();
    browser.screenshot("audit-log-filtered");

    // then the log lists the newest first, the filter keeps only that project's settings, and each
    // entry says who, when and what, with its before and after
    assertThat(browser.heading()).isEqualTo(texts.text("lodestar.audit.page.title"));
    String moba = texts.text("lodestar.audit.target.projectSettings", "MOBA");
    String weba = texts.text("lodestar.audit.target.projectSettings", "WEBA");
    assertThat(allTargets).containsSubsequence(moba, moba, weba);
    assertThat(column("lodestar-audit-target")).containsExactly(moba, moba);
    assertThat(column("lodestar-audit-when"))
        .containsExactly("2026-12-01 08:02:00 UTC", "2026-12-01 08:01:00 UTC");
    assertThat(column("lodestar-audit-who").get(0)).contains("(" + DemoAccounts.PMO + ")");
    assertThat(column("lodestar-audit-what").get(0))
        .isEqualTo(texts.text("lodestar.risk.audit.settings.saved"));
    List<String> texts =
        browser
            .driver()
            .findElements(By.cssSelector(".lodestar-audit-table tr:first-child pre"))
            .stream()
            .map(e -> e.getText().trim())
            .toList();
    assertThat(texts).containsExactly("modelId=1", "modelId=3");
  }

  @Test
  void auditLog_shouldKeepTheFormAndSayWhy_whenTheProjectDoesNotFitTheChosenKind() {
    // given
    browser.logIn(DemoAccounts.PMO);

    // when
    browser.open(RiskWebPaths.AUDIT_PAGE + "?type=risk.scoringModel&project=MOBA");

    // then
    WebElement error = browser.waitFor(By.id("lodestar-audit-project-error"));
    browser.screenshot("audit-log-error");
    assertThat(error.getText().trim())
        .isEqualTo(texts.text("lodestar.audit.page.error.projectNeedsSettings"));
    assertThat(browser.has(By.cssSelector(".lodestar-audit-filter"))).isTrue();
  }

  @Test
  void auditLog_shouldBeRefused_whenMemberOpensIt() {
    browser.logIn(DemoAccounts.MEMBER);

    browser.open(RiskWebPaths.AUDIT_PAGE);

    assertThat(browser.heading()).isEqualTo(texts.text("lodestar.risk.web.error.403"));
    assertThat(browser.has(By.id("nav-audit"))).isFalse();
  }

  // ------------------------------------------------------------------ helpers

  private AuditEntry settingsSaved(String project, String before, String after, Instant at) {
    String pmoKey =
        new SandboxUsers(sandbox.store(), new PasswordHasher())
            .byUsername(DemoAccounts.PMO)
            .orElseThrow()
            .key();
    return new AuditEntry(
        pmoKey,
        "lodestar.risk.audit.settings.saved",
        "risk.projectSettings",
        project,
        before,
        after,
        at);
  }

  private List<String> column(String cssClass) {
    return browser
        .driver()
        .findElements(By.cssSelector(".lodestar-audit-table td." + cssClass))
        .stream()
        .map(e -> e.getText().trim())
        .toList();
  }

  /** The project with the most risk issues (then the first by key), not the public one. */
  private String projectWithMostRisks() {
    return sandbox
        .store()
        .inTransaction(
            c -> {
              try (PreparedStatement ps =
                  c.prepareStatement(
                      "SELECT p.project_key FROM issue i JOIN project p ON p.id = i.project_id"
                          + " JOIN issue_type t ON t.id = i.issue_type_id WHERE t.name = 'Risk'"
                          + " AND p.project_key <> ? GROUP BY p.project_key"
                          + " ORDER BY COUNT(*) DESC, p.project_key FETCH FIRST 1 ROWS ONLY")) {
                ps.setString(1, DemoAccounts.PUBLIC_PROJECT);
                try (ResultSet rs = ps.executeQuery()) {
                  if (!rs.next()) {
                    throw new IllegalStateException("the demo portfolio has no risk issue");
                  }
                  return rs.getString(1);
                }
              }
            });
  }
}
