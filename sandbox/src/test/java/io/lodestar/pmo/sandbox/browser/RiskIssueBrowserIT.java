package io.lodestar.pmo.sandbox.browser;

import static org.assertj.core.api.Assertions.assertThat;

import io.lodestar.pmo.app.risk.web.LozengeContrast;
import io.lodestar.pmo.app.risk.web.RiskWebPaths;
import io.lodestar.pmo.sandbox.demo.DemoAccounts;
import io.lodestar.pmo.sandbox.demo.DemoFields;
import io.lodestar.pmo.sandbox.shared.server.SandboxConfig;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.support.ui.Select;

/**
 * The sandbox's issue view hosting the plugin's risk panel and calculated fields, its project
 * sidebar, and the risk form: creating a risk from the register's "Create risk", a refused value
 * keeping the form, and two concurrent edits of one risk.
 */
class RiskIssueBrowserIT extends SandboxBrowserTest {

  /** A project of the Mobile program, administered by the manager. */
  private static final String MANAGED_PROJECT = "MOBA";

  @Override
  protected SandboxConfig sandboxConfig(SandboxConfig base) {
    return base.withIssues(500);
  }

  @Test
  void issueView_shouldShowThePluginsPanelAndFieldValues_whenMemberOpensARiskFromTheRegister() {
    // given a member on a register, which lists the risks worst first with their current level
    browser.logIn(DemoAccounts.MEMBER);
    browser.open(RiskWebPaths.register("", MANAGED_PROJECT, Map.of()));
    WebElement first =
        browser.waitFor(By.cssSelector(".lodestar-register-table tbody tr:first-child"));
    String key = first.findElement(By.cssSelector("td:first-child a")).getText().trim();
    String inherent = first.findElements(By.cssSelector("td.lodestar-number")).get(0).getText();
    String residual = first.findElements(By.cssSelector("td.lodestar-number")).get(1).getText();

    // when they follow the risk's link
    first.findElement(By.cssSelector("td:first-child a")).click();

    // then the issue view shows the plugin's own panel, with the register's levels
    WebElement panel =
        browser.waitFor(By.cssSelector("#lodestar-risk-issue-panel .lodestar-panel"));
    assertThat(browser.currentPath()).isEqualTo("/browse/" + key);
    assertThat(browser.driver().findElement(By.id("summary-val")).getText()).isNotBlank();
    // (lozenges are drawn in capitals: compared ignoring case)
    String panelText = panel.getText().toLowerCase(java.util.Locale.ROOT);
    assertThat(panelText)
        .contains(firstWord(inherent).toLowerCase(java.util.Locale.ROOT))
        .contains(firstWord(residual).toLowerCase(java.util.Locale.ROOT));
    assertThat(panel.findElements(By.cssSelector(".lodestar-panel-matrix td.lodestar-current")))
        .hasSize(1);
    // the calculated fields show the current level and score, as the panel's lozenge does
    WebElement lozenge = panel.findElement(By.cssSelector(".lodestar-level"));
    String level = cell("customfield-lodestar-level");
    String score = cell("customfield-lodestar-score");
    assertThat(level).isEqualTo(lozenge.getDomProperty("textContent").trim());
    assertThat(panelText).contains(score);
    // the mapped rating fields with their values, e.g. the inherent probability
    String probability = DemoFields.mapping().inherent().probabilityFieldId();
    WebElement row =
        browser.driver().findElement(By.cssSelector("tr[data-field-id='" + probability + "']"));
    assertThat(row.getText()).contains("Inherent probability");
    // the lozenge's text colour is the legible one computed for its band
    assertThat(lozenge.getCssValue("color")).isIn("rgba(255, 255, 255, 1)", "rgba(23, 43, 77, 1)");
    // the project sidebar leads back to the register; a member is offered no create nor edit
    assertThat(browser.driver().findElement(By.id("sidebar-risk-register")).getDomAttribute("href"))
        .isEqualTo(RiskWebPaths.register("", MANAGED_PROJECT, Map.of()));
    assertThat(browser.has(By.id("sidebar-create-risk"))).isFalse();
    assertThat(browser.has(By.id("edit-issue"))).isFalse();
    browser.screenshot("issue-view");
  }

  @Test
  void riskForm_shouldCreateARiskThatTheRegisterLists_whenTheProjectAdminFillsIt() {
    // given the manager on the register of a project they administer
    browser.logIn(DemoAccounts.MANAGER);
    browser.open(RiskWebPaths.register("", MANAGED_PROJECT, Map.of()));
    browser.screenshot("register-create-risk");

    // when they follow "Create risk" and rate a new risk very high on probability and cost impact
    browser.waitFor(By.id("lodestar-create-risk")).click();
    browser.waitFor(By.id("risk-form"));
    assertThat(browser.heading()).isEqualTo("Create risk");
    String summary = "Browser test risk " + System.nanoTime();
    browser.driver().findElement(By.id("risk-summary")).sendKeys(summary);
    choose(DemoFields.mapping().inherent().probabilityFieldId(), "Very high");
    choose(
        DemoFields.mapping()
            .inherent()
            .impactFieldIds()
            .get(io.lodestar.pmo.engine.risk.ImpactDimension.COST),
        "Very high");
    type(DemoFields.mapping().cost().minFieldId(), "1000");
    type(DemoFields.mapping().cost().mostLikelyFieldId(), "2500");
    type(DemoFields.mapping().cost().maxFieldId(), "9000");
    browser.screenshot("risk-form-create");
    browser.driver().findElement(By.id("risk-form-submit")).click();

    // then the new risk's issue view confirms it, scored by the project's model
    browser.waitFor(By.id("issue-notice"));
    String key = browser.currentPath().substring("/browse/".length());
    assertThat(key).startsWith(MANAGED_PROJECT + "-");
    assertThat(browser.driver().findElement(By.id("summary-val")).getText()).isEqualTo(summary);
    assertThat(cell("customfield-lodestar-level")).isEqualTo("High");
    assertThat(cell("customfield-lodestar-score")).isEqualTo("0.72");
    browser.screenshot("issue-view-created");
    // and the register lists it, first (the highest current score)
    browser.driver().findElement(By.id("sidebar-risk-register")).click();
    List<String> keys =
        browser
            .waitFor(By.cssSelector(".lodestar-register-table"))
            .findElements(By.cssSelector("tbody tr td:first-child a"))
            .stream()
            .map(a -> a.getText().trim())
            .toList();
    assertThat(keys).contains(key);
  }

  @Test
  void riskForm_shouldKeepTheFormAndMarkTheField_whenAThreePointEstimateIsOutOfOrder() {
    // given the manager on the create form
    browser.logIn(DemoAccounts.MANAGER);
    browser.open(RiskWebPaths.register("", MANAGED_PROJECT, Map.of()));
    browser.waitFor(By.id("lodestar-create-risk")).click();
    browser.waitFor(By.id("risk-form"));
    String summary = "Out of order " + System.nanoTime();
    browser.driver().findElement(By.id("risk-summary")).sendKeys(summary);
    choose(DemoFields.mapping().inherent().probabilityFieldId(), "Low");

    // when the most likely cost is below the minimum
    type(DemoFields.mapping().cost().minFieldId(), "5000");
    type(DemoFields.mapping().cost().mostLikelyFieldId(), "1000");
    type(DemoFields.mapping().cost().maxFieldId(), "9000");
    browser.driver().findElement(By.id("risk-form-submit")).click();

    // then the form is shown again as filled in, the refused field marked, and nothing created
    WebElement message = browser.waitFor(By.id("risk-form-message"));
    assertThat(message.getText()).contains("not saved");
    assertThat(browser.driver().findElement(By.id("risk-summary")).getDomProperty("value"))
        .isEqualTo(summary);
    WebElement likely = field(DemoFields.mapping().cost().mostLikelyFieldId());
    assertThat(likely.getDomAttribute("aria-invalid")).isEqualTo("true");
    assertThat(likely.getDomProperty("value")).isEqualTo("1000");
    String errorId = likely.getDomAttribute("aria-describedby");
    assertThat(browser.driver().findElement(By.id(errorId)).getText())
        .contains("most likely value must not be below the minimum");
    assertThat(
            new Select(field(DemoFields.mapping().inherent().probabilityFieldId()))
                .getFirstSelectedOption()
                .getText())
        .isEqualTo("Low");
    ((org.openqa.selenium.JavascriptExecutor) browser.driver())
        .executeScript("arguments[0].scrollIntoView({block: 'center'});", likely);
    browser.screenshot("risk-form-error");
    assertThat(issuesWithSummary(summary)).isZero();
  }

  @Test
  void riskForm_shouldSuggestOwnersFromTheUserSearch_andRefuseAnUnknownLogin() {
    // given the manager on the create form
    browser.logIn(DemoAccounts.MANAGER);
    browser.open(RiskWebPaths.register("", MANAGED_PROJECT, Map.of()));
    browser.waitFor(By.id("lodestar-create-risk")).click();
    browser.waitFor(By.id("risk-form"));
    String summary = "Owned risk " + System.nanoTime();
    browser.driver().findElement(By.id("risk-summary")).sendKeys(summary);
    WebElement owner = field(DemoFields.OWNER);

    // when a few letters of a login are typed, the bounded user search suggests the user
    owner.sendKeys("memb");
    String listId = owner.getDomAttribute("list");
    new org.openqa.selenium.support.ui.WebDriverWait(
            browser.driver(), java.time.Duration.ofSeconds(10))
        .until(
            d ->
                !d.findElements(By.cssSelector("#" + listId + " option[value='member']"))
                    .isEmpty());

    // and an unknown login is refused with the form kept
    owner.clear();
    owner.sendKeys("nobody-at-all");
    browser.driver().findElement(By.id("risk-form-submit")).click();
    WebElement refused = browser.waitFor(By.id("risk-form-message"));
    assertThat(refused.getText()).contains("not saved");
    WebElement ownerAgain = field(DemoFields.OWNER);
    assertThat(ownerAgain.getDomAttribute("aria-invalid")).isEqualTo("true");
    assertThat(
            browser
                .driver()
                .findElement(By.id(ownerAgain.getDomAttribute("aria-describedby")))
                .getText())
        .contains("nobody-at-all");
    assertThat(issuesWithSummary(summary)).isZero();

    // then the suggested login saves the user as the risk's owner
    ownerAgain.clear();
    ownerAgain.sendKeys("member");
    browser.driver().findElement(By.id("risk-form-submit")).click();
    browser.waitFor(By.id("issue-notice"));
    assertThat(browser.driver().findElement(By.tagName("body")).getText())
        .contains("Taylor Member");
    browser.screenshot("issue-view-owner");
  }

  @Test
  void riskForm_shouldRefuseTheSecondOfTwoEditsOfOneVersion_keepingItsValues() {
    // given the manager with one risk's edit form open in two tabs
    browser.logIn(DemoAccounts.MANAGER);
    browser.open(RiskWebPaths.register("", MANAGED_PROJECT, Map.of()));
    String key =
        browser
            .waitFor(By.cssSelector(".lodestar-register-table tbody tr:first-child td a"))
            .getText()
            .trim();
    browser.open(RiskWebPaths.issue("", key));
    String editUrl = browser.waitFor(By.id("edit-issue")).getDomAttribute("href");
    browser.open(editUrl);
    browser.waitFor(By.id("risk-form"));
    String firstTab = browser.driver().getWindowHandle();
    browser.driver().switchTo().newWindow(WindowType.TAB);
    browser.open(editUrl);

    // when the second tab saves first, then the first tab saves its own change
    setSummary("Saved from the second tab");
    browser.driver().findElement(By.id("risk-form-submit")).click();
    browser.waitFor(By.id("issue-notice"));
    browser.driver().switchTo().window(firstTab);
    setSummary("Saved from the first tab");
    browser.driver().findElement(By.id("risk-form-submit")).click();

    // then the first tab's save is refused as a conflict, its values kept, the other save stands
    WebElement message = browser.waitFor(By.id("risk-form-message"));
    assertThat(message.getText()).contains("Someone else changed " + key);
    assertThat(browser.driver().findElement(By.id("risk-summary")).getDomProperty("value"))
        .isEqualTo("Saved from the first tab");
    browser.screenshot("risk-form-conflict");
    assertThat(summaryOf(key)).isEqualTo("Saved from the second tab");
    browser.driver().findElement(By.id("risk-form-current")).click();
    assertThat(browser.waitFor(By.id("summary-val")).getText())
        .isEqualTo("Saved from the second tab");
  }

  @Test
  void riskForm_shouldBeRefused_whenAMemberOpensIt() {
    // given a member, who may browse the project but not create issues in it
    browser.logIn(DemoAccounts.MEMBER);
    browser.open(RiskWebPaths.register("", MANAGED_PROJECT, Map.of()));
    browser.waitFor(By.cssSelector(".lodestar-register-table"));
    assertThat(browser.has(By.id("lodestar-create-risk"))).isFalse();
    long projectId = projectId(MANAGED_PROJECT);

    // when they open the form's address anyway
    browser.open(RiskWebPaths.createIssue("", projectId, DemoFields.RISK));

    // then they are refused, with no form
    assertThat(browser.heading()).isEqualTo("Not allowed");
    assertThat(browser.has(By.id("risk-form"))).isFalse();
  }

  @Test
  void registerLozenges_shouldReadAtAaContrast_onEveryBandColour() {
    // given a register showing lozenges of several bands (the demo rates low, medium and high)
    browser.logIn(DemoAccounts.MEMBER);
    browser.open(RiskWebPaths.register("", MANAGED_PROJECT, Map.of()));
    List<WebElement> lozenges =
        browser
            .waitFor(By.cssSelector(".lodestar-register-table"))
            .findElements(By.cssSelector(".lodestar-level"));
    assertThat(lozenges).isNotEmpty();

    // then each one's rendered text colour on its rendered background reaches 4.5:1
    java.util.Set<String> backgrounds = new java.util.HashSet<>();
    for (WebElement lozenge : lozenges) {
      String text = hex(lozenge.getCssValue("color"));
      String background = hex(lozenge.getCssValue("background-color"));
      backgrounds.add(background);
      assertThat(LozengeContrast.ratio(text, background))
          .as("%s text on %s (%s)", text, background, lozenge.getText())
          .isGreaterThanOrEqualTo(LozengeContrast.MINIMUM);
    }
    assertThat(backgrounds).as("band colours seen").hasSizeGreaterThanOrEqualTo(2);
    browser.screenshot("register-lozenges");
  }

  @Test
  void projectPicker_shouldBeAuiSelect2_andOpenTheChosenProjectsSettings() {
    // given the PMO admin on the admin page
    browser.logIn(DemoAccounts.PMO);
    browser.open(RiskWebPaths.ADMIN_PAGE);

    // when they search the styled project picker for a project and choose it
    WebElement picker =
        browser.waitForVisible(By.cssSelector("#s2id_lodestar-settings-project .select2-choice"));
    picker.click();
    WebElement search =
        browser.waitForVisible(By.cssSelector(".select2-drop-active input.select2-input"));
    search.sendKeys(MANAGED_PROJECT);
    browser.screenshot("project-picker-open");
    search.sendKeys(org.openqa.selenium.Keys.ENTER);

    // then the native select follows and the project's settings form opens, filled
    assertThat(
            new Select(browser.driver().findElement(By.id("lodestar-settings-project")))
                .getFirstSelectedOption()
                .getDomProperty("value"))
        .isEqualTo(MANAGED_PROJECT);
    new org.openqa.selenium.support.ui.WebDriverWait(browser.driver(), SandboxBrowser.PATIENCE)
        .withMessage("the chosen project's settings form did not open")
        .until(
            d ->
                d.findElement(By.cssSelector(".lodestar-settings-form[data-scope='project']"))
                        .isDisplayed()
                    && new Select(d.findElement(By.id("lodestar-project-appetite")))
                            .getOptions()
                            .size()
                        > 1);
    ((org.openqa.selenium.JavascriptExecutor) browser.driver())
        .executeScript(
            "arguments[0].scrollIntoView({block: 'start'});",
            browser.driver().findElement(By.id("s2id_lodestar-settings-project")));
    browser.screenshot("project-picker-chosen");
  }

  /** {@code rgb(…)}/{@code rgba(…)} as the browser reports it, as {@code #rrggbb}. */
  private static String hex(String css) {
    String[] parts = css.replaceAll("[^0-9,.]", "").split(",");
    return String.format(
        "#%02x%02x%02x",
        Integer.parseInt(parts[0]), Integer.parseInt(parts[1]), Integer.parseInt(parts[2]));
  }

  private void setSummary(String summary) {
    WebElement field = browser.waitFor(By.id("risk-summary"));
    field.clear();
    field.sendKeys(summary);
  }

  private WebElement field(String fieldId) {
    return browser
        .waitFor(By.cssSelector("[data-field-name='field." + fieldId + "']"))
        .findElement(By.cssSelector("select, input"));
  }

  private void choose(String fieldId, String option) {
    new Select(field(fieldId)).selectByVisibleText(option);
  }

  private void type(String fieldId, String value) {
    WebElement input = field(fieldId);
    input.clear();
    input.sendKeys(value);
  }

  private String cell(String rowId) {
    return browser
        .waitFor(By.id(rowId))
        .findElement(By.cssSelector(".sandbox-field-value"))
        .getDomProperty("textContent")
        .trim();
  }

  private static String firstWord(String text) {
    return text.trim().split("\\s+")[0];
  }

  private long issuesWithSummary(String summary) {
    return sandbox
        .store()
        .inTransaction(
            c -> {
              try (PreparedStatement ps =
                  c.prepareStatement("SELECT COUNT(*) FROM issue WHERE summary = ?")) {
                ps.setString(1, summary);
                try (ResultSet rs = ps.executeQuery()) {
                  rs.next();
                  return rs.getLong(1);
                }
              }
            });
  }

  private String summaryOf(String key) {
    return sandbox
        .store()
        .inTransaction(
            c -> {
              try (PreparedStatement ps =
                  c.prepareStatement("SELECT summary FROM issue WHERE issue_key = ?")) {
                ps.setString(1, key);
                try (ResultSet rs = ps.executeQuery()) {
                  rs.next();
                  return rs.getString(1);
                }
              }
            });
  }

  private long projectId(String key) {
    return sandbox
        .store()
        .inTransaction(
            c -> {
              try (PreparedStatement ps =
                  c.prepareStatement("SELECT id FROM project WHERE project_key = ?")) {
                ps.setString(1, key);
                try (ResultSet rs = ps.executeQuery()) {
                  rs.next();
                  return rs.getLong(1);
                }
              }
            });
  }
}
