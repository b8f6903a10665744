package io.lodestar.pmo.sandbox.browser;

import static org.assertj.core.api.Assertions.assertThat;

import io.lodestar.pmo.app.risk.web.RiskWebPaths;
import io.lodestar.pmo.sandbox.demo.DemoAccounts;
import io.lodestar.pmo.sandbox.shared.host.BundleTexts;
import io.lodestar.pmo.sandbox.shared.server.SandboxConfig;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The mapping form's option levels on a sandbox started with no demo ({@code --no-demo}) and a Jira
 * export of one instance, whose probability field's order a create-metadata file gives and whose
 * impact field's order nobody gave: the PMO maps both, the form fills the probability levels from
 * Jira's order and asks for the impact levels, and after saving the register rates the risk by
 * those levels.
 */
class ImportedOptionLevelsBrowserIT extends SandboxBrowserTest {

  private static final String FORM = ".lodestar-settings-form[data-scope='project'] ";
  private static final String PROBABILITY = "s1.customfield_10200";
  private static final String IMPACT = "s1.customfield_10201";

  private final BundleTexts texts = new BundleTexts();

  @Override
  protected SandboxConfig sandboxConfig(SandboxConfig base) {
    return base.withDemo(false)
        .withImports(List.of(fixture("instance-a-v2.json")))
        .withFieldOptions(List.of(fixture("instance-a-createmeta.json")));
  }

  @Test
  void optionLevels_shouldDefaultToJirasOrder_askWhereItIsUnknown_andRateTheRiskOnceSaved() {
    // given the PMO on the imported project's settings page
    browser.logIn(DemoAccounts.PMO);
    browser.open(RiskWebPaths.projectSettings("", "RISK"));
    Select model = new Select(browser.waitForVisible(By.cssSelector(FORM + "[name='modelId']")));
    waitForOptions(FORM + "[name='mapping.inherent.probabilityFieldId']", 2);

    // then the pickers offer each field only where its type fits, named with id and type
    Select probability = picker("mapping.inherent.probabilityFieldId");
    assertThat(labels(probability))
        .contains(
            "Risk probability ("
                + PROBABILITY
                + ", "
                + texts.text("lodestar.risk.admin.settings.fieldType.option")
                + ")");
    assertThat(values(picker("mapping.reviewDateFieldId"))).doesNotContain(PROBABILITY, IMPACT);
    assertThat(values(picker("mapping.ownerFieldId"))).doesNotContain(PROBABILITY, IMPACT);

    // when they choose the model, the risk type and both rating fields
    model.selectByIndex(1);
    new Select(
            browser
                .driver()
                .findElement(By.cssSelector(FORM + "[name='mapping.riskIssueTypeIds']")))
        .selectByValue("s1.10000");
    probability.selectByValue(PROBABILITY);
    picker("mapping.inherent.impactFieldIds.cost").selectByValue(IMPACT);

    // then the probability levels follow Jira's order, and the impact ones are asked for (the
    // impact box first: it is drawn by the redraw the impact pick starts, which replaces the
    // probability box too)
    WebElement impactLevels = levelBox(IMPACT);
    WebElement probabilityLevels = levelBox(PROBABILITY);
    assertThat(levelOf(probabilityLevels, "Very low")).isEqualTo("1");
    assertThat(levelOf(probabilityLevels, "Very high")).isEqualTo("5");
    assertThat(impactLevels.getText())
        .contains(texts.text("lodestar.risk.admin.settings.optionLevels.unordered"));
    assertThat(levelOf(impactLevels, "High")).isEmpty();

    // when they give the impact options their levels and save
    levelSelect(impactLevels, "High").selectByValue("4");
    levelSelect(impactLevels, "Moderate").selectByValue("3");
    browser.screenshot("option-levels");
    browser.driver().findElement(By.cssSelector(FORM + "button[type='submit']")).click();
    new WebDriverWait(browser.driver(), SandboxBrowser.PATIENCE)
        .withMessage("the settings page did not confirm the save")
        .until(
            d ->
                d
                    .findElements(
                        By.cssSelector(".lodestar-admin-message.aui-message-confirmation"))
                    .stream()
                    .anyMatch(WebElement::isDisplayed));

    // then the levels are kept after a reload
    browser.driver().navigate().refresh();
    waitForOptions(FORM + "[name='mapping.inherent.probabilityFieldId']", 2);
    assertThat(levelOf(levelBox(IMPACT), "High")).isEqualTo("4");
    assertThat(levelOf(levelBox(PROBABILITY), "Very high")).isEqualTo("5");

    // and the register rates RISK-1 (Very high / High) by them: the top row is RISK-1, rated
    browser.open(RiskWebPaths.register("", "RISK", Map.of()));
    WebElement row = browser.waitFor(By.xpath("//tr[td//a[normalize-space()='RISK-1']]"));
    browser.screenshot("option-levels-register");
    assertThat(row.getText()).doesNotContain(texts.text("lodestar.risk.register.unrated"));
  }

  private Select picker(String name) {
    return new Select(browser.driver().findElement(By.cssSelector(FORM + "[name='" + name + "']")));
  }

  private void waitForOptions(String css, int atLeast) {
    new WebDriverWait(browser.driver(), SandboxBrowser.PATIENCE)
        .withMessage("the field pickers were not filled")
        .until(d -> d.findElements(By.cssSelector(css + " option")).size() >= atLeast);
  }

  private WebElement levelBox(String fieldId) {
    return new WebDriverWait(browser.driver(), SandboxBrowser.PATIENCE)
        .withMessage("no option levels for " + fieldId)
        .until(
            d ->
                d
                    .findElements(
                        By.cssSelector(
                            FORM + ".lodestar-option-level-field[data-field-id='" + fieldId + "']"))
                    .stream()
                    .findFirst()
                    .orElse(null));
  }

  private static Select levelSelect(WebElement box, String option) {
    return new Select(box.findElement(By.cssSelector("tr[data-option='" + option + "'] select")));
  }

  private static String levelOf(WebElement box, String option) {
    return levelSelect(box, option).getFirstSelectedOption().getDomProperty("value");
  }

  private static List<String> labels(Select select) {
    return select.getOptions().stream().map(WebElement::getText).toList();
  }

  private static List<String> values(Select select) {
    return select.getOptions().stream().map(o -> o.getDomProperty("value")).toList();
  }

  private static Path fixture(String name) {
    try {
      return Path.of(
          ImportedOptionLevelsBrowserIT.class.getResource("/import/sources/" + name).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
