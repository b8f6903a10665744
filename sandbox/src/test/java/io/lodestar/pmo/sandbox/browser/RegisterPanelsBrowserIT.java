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
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The register's summary, exposure panel and owner picker, and the audit log page, in a real
 * browser: one sandbox over a small demo portfolio (3,000 issues, so that the riskiest project has
 * enough risks for a tornado of several bars), shared with the other 3,000-issue classes, and a
 * headless Chromium in a fresh profile's state for every test (as {@link SandboxBrowserIT}, whose
 * conventions this follows: expected texts come from the i18n bundle, a failure leaves a screenshot
 * under {@code target/browser-failures/}, and each test saves one under {@code
 * target/browser-screenshots/}).
 */
class RegisterPanelsBrowserIT extends SandboxBrowserTest {

  private final BundleTexts texts = new BundleTexts();

  private String riskiestProject;

  @Override
  protected SandboxConfig sandboxConfig(SandboxConfig base) {
    return base.withIssues(3000);
  }

  /**
   * Shares its sandbox: it writes only audit entries with their own past timestamps, and finds them
   * by project and time; the other sharing classes add no risk nor project-settings entry.
   */
  @Override
  protected boolean sharesSandbox() {
    return true;
  }

  @Override
  protected void sandboxStarted() {
    riskiestProject = projectWithMostRisks();
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

  // ------------------------------------------------------------------ owner picker

  @Test
  void ownerPicker_shouldFilterTheRegisterByThePickedOwner_whenANamePrefixIsTyped() {
    // given a member on the register, and one owner of its risks by display name
    browser.logIn(DemoAccounts.MEMBER);
    browser.open(RiskWebPaths.register("", riskiestProject, java.util.Map.of()));
    browser.waitFor(By.id("lodestar-register"));
    String owner =
        browser
            .driver()
            .findElements(By.cssSelector(".lodestar-register-table tbody tr td:nth-child(3)"))
            .stream()
            .map(e -> e.getText().trim())
            .filter(t -> !t.isEmpty())
            .findFirst()
            .orElseThrow(
                () -> new AssertionError("no risk of " + riskiestProject + " has an owner"));

    // when the first letters of the name are typed and the owner is picked from the list
    WebElement field = browser.driver().findElement(By.id("lodestar-filter-owner"));
    field.sendKeys(owner.substring(0, 3));
    WebElement option =
        new WebDriverWait(browser.driver(), SandboxBrowser.PATIENCE)
            .withMessage("the picker offered no " + owner)
            .until(
                d ->
                    d
                        .findElements(By.cssSelector("#lodestar-filter-owner-list [role='option']"))
                        .stream()
                        .filter(WebElement::isDisplayed)
                        .filter(
                            o ->
                                o.findElement(By.cssSelector(".lodestar-user-picker-name"))
                                    .getText()
                                    .trim()
                                    .equals(owner))
                        .findFirst()
                        .orElse(null));
    String login =
        option.findElement(By.cssSelector(".lodestar-user-picker-login")).getText().trim();
    browser.screenshot("owner-picker-open");
    option.click();
    assertThat(field.getDomProperty("value")).isEqualTo(owner);
    browser
        .driver()
        .findElement(By.cssSelector(".lodestar-register-filter button[type='submit']"))
        .click();
    new WebDriverWait(browser.driver(), SandboxBrowser.PATIENCE)
        .until(d -> browser.currentQuery().contains("owner="));
    browser.waitFor(By.id("lodestar-register"));
    browser.screenshot("owner-picker-filtered");

    // then the register lists only that owner's risks, the link names the login, the field the name
    assertThat(browser.currentQuery()).contains("owner=" + login);
    List<String> owners =
        browser
            .driver()
            .findElements(By.cssSelector(".lodestar-register-table tbody tr td:nth-child(3)"))
            .stream()
            .map(e -> e.getText().trim())
            .toList();
    assertThat(owners).isNotEmpty().allMatch(owner::equals);
    assertThat(browser.driver().findElement(By.id("lodestar-filter-owner")).getDomProperty("value"))
        .isEqualTo(owner);
  }

  @Test
  void ownerFilter_shouldKeepTheRegisterAndSayWhy_whenTheNameTypedNamesNoUser() {
    // given
    browser.logIn(DemoAccounts.MEMBER);
    browser.open(RiskWebPaths.register("", riskiestProject, java.util.Map.of()));

    // when a name nobody has is typed and the form sent without picking
    WebElement field = browser.waitFor(By.id("lodestar-filter-owner"));
    field.sendKeys("Nobody Ofthatname");
    field.sendKeys(org.openqa.selenium.Keys.ESCAPE);
    browser
        .driver()
        .findElement(By.cssSelector(".lodestar-register-filter button[type='submit']"))
        .click();
    WebElement error = browser.waitFor(By.id("lodestar-filter-owner-error"));
    ((org.openqa.selenium.JavascriptExecutor) browser.driver())
        .executeScript("arguments[0].scrollIntoView({block: 'center'});", error);
    browser.screenshot("owner-filter-unknown");

    // then the register page and its form stay, with the message beside the field
    assertThat(error.getText().trim())
        .isEqualTo(texts.text("lodestar.risk.register.error.unknownUser", "Nobody Ofthatname"));
    assertThat(browser.has(By.id("lodestar-register"))).isTrue();
    assertThat(browser.has(By.cssSelector("figure.lodestar-heatmap"))).isTrue();
    assertThat(browser.driver().findElement(By.id("lodestar-filter-owner")).getDomProperty("value"))
        .isEqualTo("Nobody Ofthatname");
  }

  // ------------------------------------------------------------------ summary and exposure

  @Test
  void summary_shouldShowCountsEmvAppetiteAndTopRisks_whenMemberOpensTheRegister() {
    browser.logIn(DemoAccounts.MEMBER);

    browser.open(RiskWebPaths.register("", riskiestProject, java.util.Map.of()));
    WebElement summary = browser.waitFor(By.id("lodestar-summary"));
    browser.screenshot("register-summary");

    assertThat(figure(summary, "total")).matches("[0-9,.\\s]+");
    assertThat(figure(summary, "threatEmv")).startsWith("USD ");
    assertThat(summary.findElement(By.cssSelector(".lodestar-summary-appetite")).getText())
        .isNotBlank();
    assertThat(summary.findElements(By.cssSelector(".lodestar-top-risks tbody tr"))).isNotEmpty();
  }

  @Test
  void exposurePanel_shouldShowFiguresTornadoAndWhatWasLeftOut_andRepeatThemForTheSameSeed() {
    // given
    browser.logIn(DemoAccounts.MEMBER);
    browser.open(RiskWebPaths.register("", riskiestProject, java.util.Map.of()));
    WebElement seed = browser.waitFor(By.id("lodestar-exposure-seed"));

    // when the exposure is run with a seed, then run again from the form it leaves
    seed.sendKeys("20261203");
    WebElement trials = browser.driver().findElement(By.id("lodestar-exposure-trials"));
    trials.clear();
    trials.sendKeys("5000");
    browser.driver().findElement(By.cssSelector(".lodestar-run-exposure")).click();
    WebElement result = browser.waitFor(By.cssSelector(".lodestar-exposure-result"));
    String first = result.findElement(By.cssSelector(".lodestar-exposure-table")).getText();
    browser.screenshot("exposure-panel");
    java.util.Map<String, String> facts = facts();
    int bars =
        browser
            .driver()
            .findElements(By.cssSelector(".lodestar-tornado[data-dimension='cost'] svg rect"))
            .size();
    int tableRows =
        browser
            .driver()
            .findElements(
                By.cssSelector(
                    ".lodestar-tornado[data-dimension='cost'] .lodestar-tornado-table tbody tr"))
            .size();
    browser.driver().findElement(By.cssSelector(".lodestar-run-exposure")).click();
    new WebDriverWait(browser.driver(), SandboxBrowser.PATIENCE)
        .until(
            d ->
                !d.findElements(By.cssSelector(".lodestar-exposure-result")).isEmpty()
                    && browser.currentQuery().contains("seed=20261203"));
    String again = browser.waitFor(By.cssSelector(".lodestar-exposure-table")).getText();

    // then it says what ran, on which risks and which it left out and why, with mean, SD, EMV and
    // a tornado with its table; the same seed gives the same numbers
    assertThat(facts.get("seed")).isEqualTo("20261203");
    assertThat(facts.get("currency")).isEqualTo("USD");
    assertThat(facts.get("distribution"))
        .isEqualTo(texts.text("lodestar.risk.register.exposure.distribution.pert"));
    assertThat(facts.get("basis"))
        .isEqualTo(texts.text("lodestar.risk.register.exposure.basis.current"));
    assertThat(facts.get("trials")).isEqualTo("5,000");
    assertThat(Long.parseLong(facts.get("simulated").replace(",", ""))).isPositive();
    assertThat(facts.get("leftOut")).contains("no three-point estimate");
    assertThat(first)
        .contains(
            texts.text("lodestar.risk.register.exposure.mean"),
            texts.text("lodestar.risk.register.exposure.sd"),
            texts.text("lodestar.risk.register.exposure.emv"),
            "USD");
    assertThat(bars).isPositive().isEqualTo(tableRows);
    assertThat(
            browser
                .driver()
                .findElement(By.cssSelector(".lodestar-tornado[data-dimension='cost'] svg desc"))
                .getDomProperty("textContent"))
        .isNotBlank();
    assertThat(again).isEqualTo(first);
  }

  private java.util.Map<String, String> facts() {
    java.util.Map<String, String> facts = new java.util.LinkedHashMap<>();
    for (WebElement f :
        browser
            .driver()
            .findElements(By.cssSelector(".lodestar-exposure-facts .lodestar-figure"))) {
      facts.put(f.getDomAttribute("data-fact"), f.findElement(By.tagName("dd")).getText().trim());
    }
    return facts;
  }

  private static String figure(WebElement scope, String name) {
    return scope.findElement(By.cssSelector("[data-figure='" + name + "'] dd")).getText().trim();
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
}
