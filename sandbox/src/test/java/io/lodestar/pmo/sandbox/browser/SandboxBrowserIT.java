package io.lodestar.pmo.sandbox.browser;

import static java.util.stream.Collectors.counting;
import static java.util.stream.Collectors.groupingBy;
import static java.util.stream.Collectors.toMap;
import static org.assertj.core.api.Assertions.assertThat;

import io.lodestar.pmo.app.risk.web.RiskWebPaths;
import io.lodestar.pmo.engine.risk.scoring.ScoringModel;
import io.lodestar.pmo.sandbox.browser.SandboxBrowser.HeatMapCell;
import io.lodestar.pmo.sandbox.demo.DemoAccounts;
import io.lodestar.pmo.sandbox.risk.SqlScoringModelStore;
import io.lodestar.pmo.sandbox.shared.host.BundleTexts;
import io.lodestar.pmo.sandbox.shared.host.SqlAuditLog;
import io.lodestar.pmo.sandbox.shared.server.SandboxConfig;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The sandbox in a real browser: one sandbox started in this JVM on a free port over a small demo
 * portfolio (500 issues) for the whole class (its own: its tests change the scoring model and
 * project settings), and a headless Chromium in a fresh profile's state (so no session) for every
 * test, driven as the demo users. Expected texts come from the app's i18n bundle, so a reworded
 * message does not break a test, but a wrong page does.
 *
 * <p>Skipped when Chromium or chromedriver is missing, unless {@code
 * -Dlodestar.browser.required=true} (CI), which makes that a failure ({@link Chromium}). A failed
 * test leaves a screenshot and the page source under {@code target/browser-failures/} ({@link
 * FailureCapture}).
 */
class SandboxBrowserIT extends SandboxBrowserTest {

  /** A project of the Mobile program: the restricted user may not browse it, nor may anonymous. */
  private static final String HIDDEN_FROM_RESTRICTED = "MOBA";

  private static final String HIDDEN_PROJECT_NAME = "Mobile A";

  /** What the restricted user browses: the Web program's projects and the public project. */
  private static final List<String> RESTRICTED_PROJECTS =
      List.of("SECA", "WEBA", "WEBB", "WEBC", "WEBD", "WEBE");

  private static final String HIGH_COLOUR = "#DE350B";

  private final BundleTexts texts = new BundleTexts();

  private String riskiestProject;

  @Override
  protected SandboxConfig sandboxConfig(SandboxConfig base) {
    return base.withIssues(500);
  }

  @Override
  protected void sandboxStarted() {
    riskiestProject = projectWithMostRisks();
  }

  @Test
  void registerPage_shouldShowTheTableAndBothHeatMaps_whenMemberOpensItFromTheLandingPage() {
    // given
    browser.logIn(DemoAccounts.MEMBER);
    WebElement row =
        browser.waitFor(
            By.cssSelector("#sandbox-projects tr[data-project='" + riskiestProject + "']"));
    String projectName = row.findElements(By.tagName("td")).get(1).getText().trim();

    // when
    row.findElement(By.cssSelector("a.register-link")).click();
    browser.waitFor(By.id("lodestar-register"));

    // then
    assertThat(browser.currentPath()).isEqualTo(RiskWebPaths.REGISTER_PAGE);
    assertThat(browser.heading())
        .isEqualTo(texts.text("lodestar.risk.register.title", projectName));
    List<String> keys =
        browser
            .driver()
            .findElements(By.cssSelector(".lodestar-register-table tbody tr td:first-child"))
            .stream()
            .map(cell -> cell.getText().trim())
            .toList();
    assertThat(keys).isNotEmpty().allMatch(key -> key.startsWith(riskiestProject + "-"));
    assertThat(browser.heatMapCaptions())
        .containsExactly(
            texts.text("lodestar.risk.register.heatmap.inherent"),
            texts.text("lodestar.risk.register.heatmap.residual"));
    List<HeatMapCell> inherent = browser.heatMap(0);
    assertThat(inherent).hasSize(25);
    assertThat(inherent.stream().mapToLong(HeatMapCell::count).sum()).isEqualTo(keys.size());
    assertThat(browser.heatMap(1)).hasSize(25);
  }

  @Test
  void registerSort_shouldMarkOnlyTheSortedHeader_withArrowAndAriaSort() {
    // given
    browser.logIn(DemoAccounts.MEMBER);

    // when: the register opens in its default order, then is sorted by key
    browser.open(RiskWebPaths.register("", riskiestProject, Map.of()));
    WebElement byScore =
        browser.waitFor(By.cssSelector(".lodestar-register-table th.lodestar-sorted"));
    String scoreHeader = byScore.getText().trim();
    String scoreAria = byScore.getAttribute("aria-sort");
    int sortedByDefault =
        browser
            .driver()
            .findElements(
                By.cssSelector(
                    ".lodestar-register-table th[aria-sort='ascending'], .lodestar-register-table th[aria-sort='descending']"))
            .size();
    browser.open(RiskWebPaths.register("", riskiestProject, Map.of("sort", "key", "order", "asc")));
    WebElement byKey =
        browser.waitFor(By.cssSelector(".lodestar-register-table th.lodestar-sorted"));

    // then: the header says what it sorts by (the current score), with the direction's arrow
    assertThat(scoreHeader)
        .isEqualTo(texts.text("lodestar.risk.register.column.current") + " \u2193");
    assertThat(scoreAria).isEqualTo("descending");
    assertThat(sortedByDefault).isEqualTo(1);
    assertThat(byKey.getText().trim())
        .isEqualTo(texts.text("lodestar.risk.register.column.key") + " \u2191");
    assertThat(byKey.getAttribute("aria-sort")).isEqualTo("ascending");
  }

  @Test
  void registerHeatMaps_shouldTitleBothAxesCountTheUnratedAndMarkTheFilteredCell() {
    // given: the register, and a residual cell holding risks
    browser.logIn(DemoAccounts.MEMBER);
    browser.open(RiskWebPaths.register("", riskiestProject, Map.of()));
    browser.waitFor(By.cssSelector("#lodestar-register figure.lodestar-heatmap"));
    HeatMapCell occupied =
        browser.heatMap(1).stream().filter(c -> c.count() > 0).findFirst().orElseThrow();
    long inherentPlaced = browser.heatMap(0).stream().mapToLong(HeatMapCell::count).sum();
    long residualPlaced = browser.heatMap(1).stream().mapToLong(HeatMapCell::count).sum();

    // when: the user follows that cell
    String cell = occupied.probability() + "," + occupied.impact();
    browser.open(
        RiskWebPaths.register("", riskiestProject, Map.of("cell", cell, "state", "residual")));
    browser.waitFor(By.cssSelector("#lodestar-register figure.lodestar-heatmap"));
    List<WebElement> maps =
        browser.driver().findElements(By.cssSelector("figure.lodestar-heatmap"));

    // then: each map titles its axes and counts the risks it cannot place
    for (WebElement map : maps) {
      assertThat(text(map, ".lodestar-heatmap-probability"))
          .isEqualTo(texts.text("lodestar.risk.register.heatmap.axis.probability"));
      assertThat(text(map, ".lodestar-heatmap-impact"))
          .isEqualTo(texts.text("lodestar.risk.register.heatmap.axis.impact"));
    }
    long inherentUnrated = unrated(maps.get(0));
    long residualUnrated = unrated(maps.get(1));
    assertThat(inherentPlaced + inherentUnrated).isEqualTo(residualPlaced + residualUnrated);
    assertThat(residualUnrated).isPositive();
    // and only the followed cell is marked, in the residual map
    assertThat(maps.get(0).findElements(By.cssSelector("a[aria-current]"))).isEmpty();
    List<WebElement> marked = maps.get(1).findElements(By.cssSelector("a[aria-current='true']"));
    assertThat(marked).hasSize(1);
    assertThat(marked.get(0).getDomAttribute("class")).contains("lodestar-heatmap-selected");
    assertThat(marked.get(0).getDomAttribute("href")).contains("cell=" + cell.replace(",", "%2C"));
    browser.screenshot("register-cell");
  }

  @Test
  void registerLayout_shouldLayTheFilterOnOneRowRightAlignNumbersAndShowUnratedLegibly() {
    // given: a wide window
    browser.logIn(DemoAccounts.MEMBER);
    browser.driver().manage().window().setSize(new Dimension(1600, 1000));

    // when (with an exposure run, whose figures the server renders)
    browser.open(
        RiskWebPaths.register("", riskiestProject, Map.of("exposure", "run", "seed", "1")));
    browser.waitFor(By.cssSelector("#lodestar-register .lodestar-register-table"));

    // then: every filter control starts on the same line
    List<WebElement> controls =
        browser
            .driver()
            .findElements(
                By.cssSelector(
                    ".lodestar-register-filter > .field-group, .lodestar-register-filter > div.checkbox,"
                        + " .lodestar-register-filter > .buttons-container"));
    assertThat(controls).hasSize(5);
    int formHeight =
        browser.driver().findElement(By.cssSelector(".lodestar-register-filter")).getSize().height;
    assertThat(formHeight).isLessThan(100);
    // and the numeric columns are right-aligned
    assertThat(
            browser
                .driver()
                .findElement(By.cssSelector(".lodestar-register-table tbody td.lodestar-number"))
                .getCssValue("text-align"))
        .isEqualTo("right");
    assertThat(
            browser
                .driver()
                .findElement(By.cssSelector(".lodestar-exposure-table tbody td.p50"))
                .getCssValue("text-align"))
        .isEqualTo("right");
    // and a "Not rated" lozenge reads at WCAG AA contrast (4.5:1)
    WebElement unrated =
        browser.waitFor(By.cssSelector(".lodestar-register-table .lodestar-unrated"));
    assertThat(unrated.getText().trim())
        .isEqualToIgnoringCase(texts.text("lodestar.risk.register.unrated"));
    assertThat(contrast(unrated)).isGreaterThanOrEqualTo(4.5);
    browser.screenshot("register-layout");
  }

  /**
   * The contrast ratio of an element's text on its own background, colours resolved to sRGB by a
   * canvas.
   */
  private double contrast(WebElement element) {
    @SuppressWarnings("unchecked")
    List<Number> rgb =
        (List<Number>)
            ((JavascriptExecutor) browser.driver())
                .executeScript(
                    "const s = getComputedStyle(arguments[0]);"
                        + "const c = document.createElement('canvas').getContext('2d');"
                        + "const px = col => { c.clearRect(0, 0, 1, 1); c.fillStyle = col;"
                        + " c.fillRect(0, 0, 1, 1); return Array.from(c.getImageData(0, 0, 1, 1).data); };"
                        + "return px(s.color).slice(0, 3).concat(px(s.backgroundColor));",
                    element);
    assertThat(rgb.get(6).intValue()).as("background alpha").isEqualTo(255);
    double text = luminance(rgb.get(0), rgb.get(1), rgb.get(2));
    double background = luminance(rgb.get(3), rgb.get(4), rgb.get(5));
    return (Math.max(text, background) + 0.05) / (Math.min(text, background) + 0.05);
  }

  private static double luminance(Number r, Number g, Number b) {
    return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
  }

  private static double linear(Number channel) {
    double c = channel.doubleValue() / 255;
    return c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
  }

  @Test
  void registerAppetite_shouldNameTheAppetiteAndMarkTheRisksAboveIt_afterAnAdminSetsIt() {
    // given: a PMO admin, who may change every project's settings, sets the lowest band as the
    // appetite of the project with the most risks
    browser.logIn(DemoAccounts.PMO);
    browser.open(RiskWebPaths.register("", riskiestProject, Map.of()));
    browser.waitFor(By.id("lodestar-project-settings")).click();
    org.openqa.selenium.support.ui.Select appetite = projectAppetite();
    WebElement lowest =
        appetite.getOptions().stream()
            .filter(o -> !Objects.toString(o.getDomProperty("value"), "").isEmpty())
            .findFirst()
            .orElseThrow();
    String band = lowest.getText().trim();
    appetite.selectByValue(lowest.getDomProperty("value"));
    browser
        .driver()
        .findElement(
            By.cssSelector(".lodestar-settings-form[data-scope='project'] button[type='submit']"))
        .click();
    new WebDriverWait(browser.driver(), SandboxBrowser.PATIENCE)
        .until(
            d ->
                d
                    .findElements(
                        By.cssSelector(".lodestar-admin-message.aui-message-confirmation"))
                    .stream()
                    .anyMatch(WebElement::isDisplayed));

    // when the register is opened again
    browser.open(RiskWebPaths.register("", riskiestProject, Map.of()));
    String notice =
        browser.waitFor(By.cssSelector("#lodestar-register .lodestar-appetite")).getText().trim();

    browser.screenshot("register-appetite");
    // then it names the appetite, counts the risks above it and marks each of their rows
    List<WebElement> marked =
        browser
            .driver()
            .findElements(By.cssSelector(".lodestar-register-table tr.lodestar-above-appetite"));
    assertThat(marked).as(notice).isNotEmpty();
    assertThat(notice)
        .isEqualTo(texts.text("lodestar.risk.register.appetite", band, (long) marked.size()));
    assertThat(marked)
        .allSatisfy(
            row ->
                assertThat(
                        row.findElement(By.cssSelector(".lodestar-above-appetite-marker"))
                            .getText()
                            .trim())
                    .isEqualToIgnoringCase(texts.text("lodestar.risk.register.aboveAppetite")));
  }

  private String text(WebElement scope, String css) {
    return Objects.toString(
            scope.findElement(By.cssSelector(css)).getDomProperty("textContent"), "")
        .trim();
  }

  private long unrated(WebElement map) {
    String notice = map.findElement(By.cssSelector(".lodestar-heatmap-unrated")).getText().trim();
    long n = Long.parseLong(notice.replaceAll("[^0-9]", ""));
    assertThat(notice).isEqualTo(texts.text("lodestar.risk.register.heatmap.unrated", n));
    return n;
  }

  @Test
  void registerPage_shouldShowNoHiddenMarker_whenMemberMayBrowseEveryRiskOfTheProject() {
    // given
    browser.logIn(DemoAccounts.MEMBER);

    // when
    browser.open(RiskWebPaths.register("", riskiestProject, Map.of()));
    browser.waitFor(By.id("lodestar-register"));

    // then: the sandbox has no issue security, so whoever may open a register sees all its risks
    assertThat(browser.has(By.cssSelector("#lodestar-register .lodestar-register-table"))).isTrue();
    assertThat(browser.has(By.cssSelector(".lodestar-hidden"))).isFalse();
  }

  @Test
  void heatMap_shouldMoveCellsToHigherBands_whenPmoLowersTheBandThresholdsOnTheAdminPage() {
    // given: the demo's PMBOK 5×5 model (low ≥ 0, medium ≥ 0.05, high ≥ 0.18)
    browser.logIn(DemoAccounts.PMO);
    List<HeatMapCell> before = inherentHeatMap(riskiestProject);
    assertThat(bandCounts(before))
        .containsExactlyInAnyOrderEntriesOf(Map.of("Low", 8L, "Medium", 9L, "High", 8L));
    assertThat(cell(before, "3,2").band()).isEqualTo("Medium"); // 0.50 × 0.10 = 0.05

    // when: medium from 0.02, high from 0.05, saved through the admin page's model editor
    browser.open(RiskWebPaths.ADMIN_PAGE);
    editModel("PMBOK");
    setThreshold("medium", "0.02");
    setThreshold("high", "0.05");
    String outcome = saveModel();

    // then
    assertThat(outcome).isEqualTo(texts.text("lodestar.risk.admin.saved"));
    List<HeatMapCell> after = inherentHeatMap(riskiestProject);
    assertThat(bandCounts(after))
        .containsExactlyInAnyOrderEntriesOf(Map.of("Low", 2L, "Medium", 6L, "High", 17L));
    assertThat(cell(after, "3,2").band()).isEqualTo("High");
    assertThat(cell(after, "3,2").colour()).isEqualToIgnoringCase(HIGH_COLOUR);
    assertThat(cell(after, "2,1").band()).isEqualTo("Medium"); // 0.30 × 0.05 = 0.015 → 0.02
    assertThat(countsByPosition(after)).isEqualTo(countsByPosition(before));
  }

  @Test
  void adminPage_shouldBeRefused_whenMemberOpensIt() {
    // given
    browser.logIn(DemoAccounts.MEMBER);

    // when
    browser.open(RiskWebPaths.ADMIN_PAGE);

    // then
    assertThat(browser.heading()).isEqualTo(texts.text("lodestar.risk.web.error.403"));
    assertThat(browser.has(By.id("lodestar-admin"))).isFalse();
  }

  @Test
  void projectSettings_shouldBeSavedByTheProjectAdmin_fromTheRegisterPage() {
    // given the manager, who administers the Mobile program's projects but is no PMO admin
    browser.logIn(DemoAccounts.MANAGER);
    browser.open(RiskWebPaths.register("", HIDDEN_FROM_RESTRICTED, Map.of()));

    // when they follow the register's "Risk settings" and pick another risk appetite
    browser.waitFor(By.id("lodestar-project-settings")).click();
    assertThat(browser.heading()).contains(HIDDEN_FROM_RESTRICTED);
    org.openqa.selenium.support.ui.Select appetite = projectAppetite();
    String chosen =
        appetite.getOptions().get(appetite.getOptions().size() - 1).getDomProperty("value");
    String before = appetite.getFirstSelectedOption().getDomProperty("value");
    if (chosen.equals(before)) {
      chosen = appetite.getOptions().get(appetite.getOptions().size() - 2).getDomProperty("value");
    }
    appetite.selectByValue(chosen);
    browser
        .driver()
        .findElement(
            By.cssSelector(".lodestar-settings-form[data-scope='project'] button[type='submit']"))
        .click();

    // then the save is confirmed, kept after a reload, and the PMO-only sections are not there
    String wanted = chosen;
    new WebDriverWait(browser.driver(), SandboxBrowser.PATIENCE)
        .withMessage("the settings page did not confirm the save")
        .until(
            d ->
                d
                    .findElements(
                        By.cssSelector(".lodestar-admin-message.aui-message-confirmation"))
                    .stream()
                    .anyMatch(WebElement::isDisplayed));
    browser.driver().navigate().refresh();
    new WebDriverWait(browser.driver(), SandboxBrowser.PATIENCE)
        .withMessage("the saved appetite was not shown after a reload")
        .until(
            d -> wanted.equals(projectAppetite().getFirstSelectedOption().getDomProperty("value")));
    browser.screenshot("project-settings");
    assertThat(browser.has(By.cssSelector(".lodestar-model-form"))).isFalse();
    assertThat(browser.has(By.cssSelector(".lodestar-group-form"))).isFalse();
    assertThat(browser.has(By.cssSelector(".lodestar-settings-form[data-scope='default']")))
        .isFalse();
  }

  @Test
  void projectSettings_shouldBeOfferedAndOpenOnlyToProjectAdmins() {
    // given a member, who browses the project but administers nothing
    browser.logIn(DemoAccounts.MEMBER);
    browser.open(RiskWebPaths.register("", HIDDEN_FROM_RESTRICTED, Map.of()));
    browser.waitFor(By.id("lodestar-register"));

    // then the register offers no settings, and the settings page refuses them
    assertThat(browser.has(By.id("lodestar-project-settings"))).isFalse();
    browser.screenshot("register-member");
    browser.open(RiskWebPaths.projectSettings("", HIDDEN_FROM_RESTRICTED));
    assertThat(browser.heading()).isEqualTo(texts.text("lodestar.risk.web.error.403"));
    assertThat(browser.has(By.id("lodestar-admin"))).isFalse();
  }

  /** The project form's appetite, once the script has filled it from the project's settings. */
  private org.openqa.selenium.support.ui.Select projectAppetite() {
    return new WebDriverWait(browser.driver(), SandboxBrowser.PATIENCE)
        .withMessage("the project's settings form was not filled")
        .until(
            d -> {
              List<WebElement> found = d.findElements(By.id("lodestar-project-appetite"));
              if (found.isEmpty() || !found.get(0).isDisplayed()) {
                return null;
              }
              org.openqa.selenium.support.ui.Select select =
                  new org.openqa.selenium.support.ui.Select(found.get(0));
              return select.getOptions().size() > 2 ? select : null;
            });
  }

  @Test
  void adminLinks_shouldBeShownToPmoAdminsOnly() {
    // given a member, who would be refused the admin page and the outbox
    browser.logIn(DemoAccounts.MEMBER);
    browser.open("/");
    // then neither the header nor the landing page links to them
    assertThat(browser.has(By.id("nav-admin"))).isFalse();
    assertThat(browser.has(By.id("link-admin"))).isFalse();
    assertThat(browser.has(By.id("link-outbox"))).isFalse();
    assertThat(browser.has(By.id("admin-hint"))).isTrue();

    // when a PMO admin signs in
    browser.logOut();
    browser.logIn(DemoAccounts.PMO);
    browser.open("/");
    // then both links are there and lead to the admin page
    assertThat(browser.has(By.id("nav-admin"))).isTrue();
    assertThat(browser.has(By.id("link-outbox"))).isTrue();
    browser.driver().findElement(By.id("link-admin")).click();
    assertThat(browser.has(By.id("lodestar-admin"))).isTrue();
  }

  @Test
  void registerPage_shouldAnswerNotFound_whenRestrictedOpensAHiddenProject() {
    // given
    browser.logIn(DemoAccounts.RESTRICTED);

    // when
    browser.open(RiskWebPaths.register("", HIDDEN_FROM_RESTRICTED, Map.of()));

    // then
    assertThat(browser.heading()).isEqualTo(texts.text("lodestar.risk.web.error.404"));
    assertThat(browser.has(By.id("lodestar-register"))).isFalse();
    assertThat(browser.driver().getPageSource()).doesNotContain(HIDDEN_PROJECT_NAME);
  }

  @Test
  void landingPage_shouldListOnlyTheBrowsableProjects_whenRestricted() {
    // when
    browser.logIn(DemoAccounts.RESTRICTED);

    // then
    assertThat(browser.currentPath()).isEqualTo("/");
    assertThat(browser.landingProjectKeys())
        .containsExactlyInAnyOrderElementsOf(RESTRICTED_PROJECTS);
  }

  @Test
  void registerPage_shouldSendAnonymousToTheLoginPage_whenTheProjectIsNotPublic() {
    // given
    String register = RiskWebPaths.register("", HIDDEN_FROM_RESTRICTED, Map.of());

    // when
    browser.open(register);

    // then
    browser.waitFor(By.id("login-form"));
    assertThat(browser.currentPath()).isEqualTo("/login");
    assertThat(browser.driver().findElement(By.name("next")).getDomProperty("value"))
        .isEqualTo(register);
    assertThat(browser.has(By.id("lodestar-register"))).isFalse();
  }

  @Test
  void loginPage_shouldReturnToTheRegister_whenAnonymousWasSentThereAndLogsIn() {
    // given
    browser.open(RiskWebPaths.register("", HIDDEN_FROM_RESTRICTED, Map.of()));
    browser.waitFor(By.id("login-form"));

    // when
    browser.fillLoginForm(DemoAccounts.MEMBER);

    // then
    browser.waitFor(By.id("lodestar-register"));
    assertThat(browser.currentPath()).isEqualTo(RiskWebPaths.REGISTER_PAGE);
    assertThat(browser.currentQuery()).contains("project=" + HIDDEN_FROM_RESTRICTED);
  }

  @Test
  void landingPage_shouldListOnlyThePublicProject_whenAnonymous() {
    // when
    browser.open("/");

    // then
    assertThat(browser.landingProjectKeys()).containsExactly(DemoAccounts.PUBLIC_PROJECT);
    assertThat(browser.has(By.id("login-link"))).isTrue();
  }

  // ------------------------------------------------------------------ steps

  private List<HeatMapCell> inherentHeatMap(String projectKey) {
    browser.open(RiskWebPaths.register("", projectKey, Map.of()));
    browser.waitFor(By.cssSelector("#lodestar-register figure.lodestar-heatmap"));
    return browser.heatMap(0);
  }

  /** Opens the model editor on the model whose row names {@code name}, once its bands are in. */
  @Test
  void outboxPage_shouldRenderEachMailInASandboxedFrameAndSayWhy_whenPmoRunsTheReminders() {
    // given
    browser.logIn(DemoAccounts.PMO);
    browser.open("/outbox");

    // when
    browser.waitFor(By.cssSelector("#outbox-run-reminders button")).click();
    WebElement lastRun = browser.waitFor(By.id("outbox-last-run"));

    // then
    assertThat(lastRun.getText()).contains("Review reminders ran over");
    WebElement frame =
        browser.waitFor(By.cssSelector("#outbox-mails iframe.lodestar-sandbox-mail"));
    assertThat(frame.getDomAttribute("sandbox")).isEmpty();
    String queued =
        browser.driver().findElement(By.cssSelector("#outbox-mails td.outbox-queued")).getText();
    assertThat(queued).matches("\\d{1,2} \\w{3} \\d{4}, \\d{2}:\\d{2} UTC");
    browser.screenshot("outbox");
    browser.driver().switchTo().frame(frame);
    String mail = browser.driver().findElement(By.tagName("body")).getText();
    browser.driver().switchTo().defaultContent();
    assertThat(mail).contains("overdue").doesNotContain("<p>", "</a>");
  }

  @Test
  void docsPage_shouldSendTheXsrfHeaderOnWrites_whenTryingTheApiOut() {
    // given
    browser.logIn(DemoAccounts.PMO);
    browser.open("/docs");
    browser.waitFor(By.cssSelector("#swagger-ui .opblock"));
    browser.screenshot("docs");

    // when: the request Swagger UI's "Try it out" would send, through its interceptor
    Object write =
        ((JavascriptExecutor) browser.driver())
            .executeScript(
                "return window.ui.getConfigs().requestInterceptor("
                    + "{method: 'PUT', url: '/x', headers: {}}).headers['X-Atlassian-Token'];");
    Object read =
        ((JavascriptExecutor) browser.driver())
            .executeScript(
                "return window.ui.getConfigs().requestInterceptor("
                    + "{method: 'GET', url: '/x', headers: {}}).headers['X-Atlassian-Token'];");

    // then
    assertThat(write).isEqualTo("no-check");
    assertThat(read).isNull();
  }

  @Test
  void unknownPage_shouldShowTheLodestarNotFoundPage_withALinkHome() {
    // when
    browser.open("/no/such/page");

    // then
    browser.waitFor(By.id("sandbox-not-found"));
    assertThat(browser.heading()).isEqualTo("Page not found");
    browser.screenshot("not-found");
    browser.driver().findElement(By.id("not-found-landing")).click();
    browser.waitFor(By.id("sandbox-landing"));
  }

  @Test
  void adminPage_shouldWriteNoAuditEntryNorVersion_whenPmoSavesWithoutChanges() {
    // given
    browser.logIn(DemoAccounts.PMO);
    browser.open(RiskWebPaths.ADMIN_PAGE);
    SqlAuditLog audit = new SqlAuditLog(sandbox.store());
    int entriesBefore = audit.count();
    SqlScoringModelStore models = new SqlScoringModelStore(sandbox.store());
    ScoringModel pmbok =
        models.list().stream().filter(m -> m.name().contains("PMBOK")).findFirst().orElseThrow();

    // when the PMBOK model and the portfolio default are saved as they are
    editModel("PMBOK");
    String modelOutcome = saveModel();
    ((JavascriptExecutor) browser.driver())
        .executeScript(
            "var m = document.querySelector('.lodestar-admin-message');"
                + " m.className = 'lodestar-admin-message'; m.textContent = '';");
    browser
        .driver()
        .findElement(
            By.cssSelector(".lodestar-settings-form[data-scope='default'] button[type='submit']"))
        .click();
    new WebDriverWait(browser.driver(), SandboxBrowser.PATIENCE)
        .withMessage("the admin page did not confirm the default settings save")
        .until(
            d ->
                d
                        .findElements(
                            By.cssSelector(".lodestar-admin-message.aui-message-confirmation"))
                        .stream()
                        .filter(WebElement::isDisplayed)
                        .count()
                    >= 1);
    browser.screenshot("admin-unchanged-save");

    // then both saves are confirmed, and nothing was written
    assertThat(modelOutcome).isEqualTo(texts.text("lodestar.risk.admin.saved"));
    assertThat(models.find(pmbok.id()).orElseThrow().version()).isEqualTo(pmbok.version());
    assertThat(audit.count()).isEqualTo(entriesBefore);
  }

  @Test
  void modelEditor_shouldSaveANewModelFromTheTemplateAndACopy_withoutAnyEdit() {
    // given
    browser.logIn(DemoAccounts.PMO);
    browser.open(RiskWebPaths.ADMIN_PAGE);
    SqlScoringModelStore models = new SqlScoringModelStore(sandbox.store());
    int before = models.list().size();
    java.util.Set<Long> existing =
        models.list().stream().map(ScoringModel::id).collect(java.util.stream.Collectors.toSet());
    ScoringModel pmbok =
        models.list().stream().filter(m -> m.name().startsWith("PMBOK")).findFirst().orElseThrow();
    try {
      // when "New model" is saved as it opens
      browser.waitFor(By.cssSelector(".lodestar-new-model")).click();
      new WebDriverWait(browser.driver(), SandboxBrowser.PATIENCE)
          .withMessage("the model editor did not open with the template's bands")
          .until(d -> bandRow(d, "high") != null && bandRow(d, "high").isDisplayed());
      assertThat(modelName().getDomProperty("value"))
          .isEqualTo(texts.text("lodestar.risk.admin.model.new.name"));
      String created = saveModel();

      // and PMBOK's "Copy" is saved as it opens
      browser.open(RiskWebPaths.ADMIN_PAGE);
      browser
          .waitFor(
              By.xpath(
                  "//table[contains(@class,'lodestar-models')]//tr[td[starts-with(normalize-space(.),"
                      + " 'PMBOK')]]//button[contains(@class,'lodestar-copy-model')]"))
          .click();
      new WebDriverWait(browser.driver(), SandboxBrowser.PATIENCE)
          .withMessage("the model editor did not open with the copy")
          .until(d -> ("Copy of " + pmbok.name()).equals(modelName().getDomProperty("value")));
      browser.screenshot("model-copy");
      String copied = saveModel();

      // then
      assertThat(created).isEqualTo(texts.text("lodestar.risk.admin.saved"));
      assertThat(copied).isEqualTo(texts.text("lodestar.risk.admin.saved"));
      assertThat(models.list()).hasSize(before + 2);
      ScoringModel copy =
          models.list().stream()
              .filter(m -> m.name().equals("Copy of " + pmbok.name()))
              .findFirst()
              .orElseThrow();
      assertThat(copy.id()).isNotEqualTo(pmbok.id());
      assertThat(copy.bands()).isEqualTo(pmbok.bands());
      assertThat(models.find(pmbok.id()).orElseThrow().version()).isEqualTo(pmbok.version());
    } finally {
      for (ScoringModel m : models.list()) {
        if (!existing.contains(m.id())) {
          models.delete(m.id(), m.version());
        }
      }
    }
  }

  private WebElement modelName() {
    return browser.driver().findElement(By.id("lodestar-model-name"));
  }

  private void editModel(String name) {
    WebElement edit =
        browser.waitFor(
            By.xpath(
                "//table[contains(@class,'lodestar-models')]//tr[td[contains(normalize-space(.), '"
                    + name
                    + "')]]//button[contains(@class,'lodestar-edit-model')]"));
    edit.click();
    new WebDriverWait(browser.driver(), SandboxBrowser.PATIENCE)
        .withMessage("the model editor did not open with the model's bands")
        .until(d -> bandRow(d, "high") != null && bandRow(d, "high").isDisplayed());
  }

  private void setThreshold(String bandKey, String value) {
    WebElement threshold =
        bandRow(browser.driver(), bandKey)
            .findElement(By.cssSelector("[data-part='lowerThreshold']"));
    threshold.clear();
    threshold.sendKeys(value);
    assertThat(threshold.getDomProperty("value")).isEqualTo(value);
  }

  /** Submits the model form; returns the page's message once it says how the save went. */
  private String saveModel() {
    browser
        .driver()
        .findElement(By.cssSelector(".lodestar-model-form button[type='submit']"))
        .click();
    WebElement message =
        new WebDriverWait(browser.driver(), SandboxBrowser.PATIENCE)
            .withMessage("the admin page did not report the outcome of the save")
            .until(
                d ->
                    d
                        .findElements(
                            By.cssSelector(
                                ".lodestar-admin-message.aui-message-confirmation,"
                                    + " .lodestar-admin-message.aui-message-error,"
                                    + " .lodestar-admin-message.aui-message-warning"))
                        .stream()
                        .filter(WebElement::isDisplayed)
                        .findFirst()
                        .orElse(null));
    return message.getText().trim();
  }

  private static WebElement bandRow(WebDriver driver, String bandKey) {
    for (WebElement row :
        driver.findElements(By.cssSelector(".lodestar-model-form .lodestar-bands tbody tr"))) {
      List<WebElement> key = row.findElements(By.cssSelector("[data-part='key']"));
      if (!key.isEmpty() && bandKey.equals(key.get(0).getDomProperty("value"))) {
        return row;
      }
    }
    return null;
  }

  private static Map<String, Long> bandCounts(List<HeatMapCell> cells) {
    return cells.stream().collect(groupingBy(HeatMapCell::band, counting()));
  }

  private static Map<String, Long> countsByPosition(List<HeatMapCell> cells) {
    return cells.stream().collect(toMap(HeatMapCell::position, HeatMapCell::count));
  }

  private static HeatMapCell cell(List<HeatMapCell> cells, String position) {
    return cells.stream()
        .filter(c -> c.position().equals(position))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no heat-map cell " + position + " in " + cells));
  }
}
