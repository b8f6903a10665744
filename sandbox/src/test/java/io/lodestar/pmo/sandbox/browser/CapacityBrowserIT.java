package io.lodestar.pmo.sandbox.browser;

import static org.assertj.core.api.Assertions.assertThat;

import io.lodestar.pmo.sandbox.demo.DemoAccounts;
import io.lodestar.pmo.sandbox.demo.DemoCapacity;
import io.lodestar.pmo.sandbox.shared.host.BundleTexts;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * The capacity pages (issue 10) in headless Chromium on the 500-issue demo: a resource manager
 * finds the over-allocated person, drills to the issues, re-assigns one in a what-if, sees the cell
 * turn from red to green and discards it; a member sees capacity only, never another person's
 * absences (page and REST). Screenshots under {@code target/browser-screenshots/}.
 */
class CapacityBrowserIT extends SandboxBrowserTest {

  private static final String PAGE = "/plugins/servlet/lodestar/capacity";

  private final BundleTexts texts = new BundleTexts();

  private static LocalDate weeksAhead(int weeks) {
    return LocalDate.now(ZoneOffset.UTC)
        .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY))
        .plusWeeks(weeks);
  }

  private WebElement cell(String person, LocalDate week) {
    return browser.waitFor(By.id("cap-" + person + "-" + week));
  }

  @Test
  void resourceManager_shouldSeeTheCellTurnGreen_whenReassigningAnIssueOfTheRedCellInAWhatIf() {
    browser.logIn(DemoAccounts.MANAGER);
    LocalDate week = weeksAhead(DemoCapacity.OVERLOADED_WEEK);

    // the Resources page opens the first team; the over-allocated cell is red and says "over"
    browser.open(PAGE);
    WebElement red = cell(DemoCapacity.OVERLOADED, week);
    assertThat(red.getAttribute("class")).isEqualTo("lodestar-cap-over");
    assertThat(red.getText())
        .contains("48 / 40 h")
        .containsIgnoringCase(texts.text("lodestar.capacity.page.over"));
    browser.screenshot("capacity-resources");

    // drill down: the three issues that fill it
    red.findElement(By.tagName("a")).click();
    WebElement drill = browser.waitFor(By.id("lodestar-capacity-drill"));
    assertThat(drill.findElements(By.cssSelector("#lodestar-capacity-drill-table tbody tr")))
        .hasSize(3);
    assertThat(browser.driver().findElement(By.id("lodestar-capacity-drill-cell")).getText())
        .contains("8 h over capacity");
    scrollTo(drill);
    browser.screenshot("capacity-drill");

    // what-if: re-assign the first to the vacationer (free that week)
    WebElement form = browser.driver().findElement(By.id("cap-reassign-0"));
    new Select(form.findElement(By.name("ca"))).selectByValue(DemoCapacity.ON_VACATION);
    form.findElement(By.cssSelector("button[type=submit]")).click();
    browser.waitFor(By.id("lodestar-capacity-whatif"));
    WebElement green = cell(DemoCapacity.OVERLOADED, week);
    assertThat(green.getAttribute("class")).isEqualTo("lodestar-cap-ok");
    assertThat(green.getText()).contains("32 / 40 h");
    assertThat(cell(DemoCapacity.ON_VACATION, week).getText()).startsWith("16 /");
    scrollTo(browser.driver().findElement(By.id("lodestar-capacity-heatmap")));
    browser.screenshot("capacity-whatif");

    // discard: nothing was saved, the cell is red again
    browser.driver().findElement(By.id("lodestar-capacity-discard")).click();
    WebElement again = cell(DemoCapacity.OVERLOADED, week);
    assertThat(browser.has(By.id("lodestar-capacity-whatif"))).isFalse();
    assertThat(again.getAttribute("class")).isEqualTo("lodestar-cap-over");
  }

  @Test
  void member_shouldSeeCapacityOnly_andNoAbsenceOfAnotherPerson_onThePageAndOverRest() {
    LocalDate week = weeksAhead(DemoCapacity.VACATION_WEEK);
    String drillUrl =
        PAGE
            + "?team="
            + DemoCapacity.TEAM
            + "&person="
            + DemoCapacity.ON_VACATION
            + "&week="
            + week;
    String rest = "/rest/lodestar/1.0/capacity/people/" + DemoCapacity.ON_VACATION + "/absences";

    // the member: capacity 0 that week, but neither kind nor note
    browser.logIn(DemoAccounts.MEMBER);
    browser.open(drillUrl);
    browser.waitFor(By.id("lodestar-capacity-drill"));
    WebElement away = cell(DemoCapacity.ON_VACATION, week);
    assertThat(away.getText()).contains("/ 0 h");
    assertThat(away.findElements(By.className("lodestar-cap-absence"))).isEmpty();
    assertThat(browser.has(By.id("lodestar-capacity-drill-private"))).isTrue();
    assertThat(browser.driver().getPageSource()).doesNotContain(DemoCapacity.VACATION_NOTE);
    // (the absence form's kind list names "Vacation"; the heat map and drill-down must not)
    assertThat(
            browser.driver().findElement(By.id("lodestar-capacity-heatmap")).getText()
                + browser.driver().findElement(By.id("lodestar-capacity-drill")).getText())
        .doesNotContain(texts.text("lodestar.capacity.absence.kind.VACATION"));
    scrollTo(browser.driver().findElement(By.id("lodestar-capacity-drill")));
    browser.screenshot("capacity-member");
    browser.open(rest);
    assertThat(browser.driver().findElement(By.tagName("body")).getText())
        .contains("\"status\":403")
        .doesNotContain(DemoCapacity.VACATION_NOTE);

    // the team lead (a resource manager too) sees both
    browser.logOut();
    browser.logIn(DemoAccounts.MANAGER);
    browser.open(drillUrl);
    assertThat(browser.waitFor(By.id("lodestar-capacity-drill-absences")).getText())
        .contains(texts.text("lodestar.capacity.absence.kind.VACATION"))
        .contains(DemoCapacity.VACATION_NOTE);
    browser.open(rest);
    assertThat(browser.driver().findElement(By.tagName("body")).getText())
        .contains(DemoCapacity.VACATION_NOTE);
  }

  @Test
  void restricted_shouldSeeLowerLoadAndTheHiddenSentence_whenNotBrowsingTheMobileProjects() {
    LocalDate week = weeksAhead(DemoCapacity.OVERLOADED_WEEK);
    String drillUrl =
        PAGE
            + "?team="
            + DemoCapacity.TEAM
            + "&person="
            + DemoCapacity.OVERLOADED
            + "&week="
            + week;

    // a user who browses only the Web program: the red week's three Mobile tasks are not load
    browser.logIn(DemoAccounts.RESTRICTED);
    browser.open(drillUrl);
    WebElement cell = cell(DemoCapacity.OVERLOADED, week);
    assertThat(cell.getAttribute("class")).isNotEqualTo("lodestar-cap-over");
    assertThat(cell.getText()).doesNotContain("48 / 40 h");
    assertThat(browser.waitFor(By.id("lodestar-capacity-hidden")).getText())
        .matches("\\d+ item\\(s\\) in projects you cannot browse are not counted\\.");
    assertThat(browser.driver().findElement(By.id("lodestar-capacity-drill-hidden")).getText())
        .isEqualTo(texts.text("lodestar.capacity.drill.hidden", 3));
    assertThat(
            browser
                .driver()
                .findElements(By.cssSelector("#lodestar-capacity-drill-table tbody tr a")))
        .noneMatch(a -> a.getText().startsWith("MOB"));
    // nothing they may browse fills the cell: a sentence, not an empty table
    assertThat(browser.driver().findElement(By.id("lodestar-capacity-drill-empty")).getText())
        .isEqualTo(texts.text("lodestar.capacity.drill.empty"));
    scrollTo(browser.driver().findElement(By.id("lodestar-capacity-hidden")));
    browser.screenshot("capacity-restricted");
  }

  @Test
  void resourceManager_shouldSeeTheMonthView_andGoBackToWeeks() {
    browser.logIn(DemoAccounts.MANAGER);
    LocalDate month = LocalDate.now(ZoneOffset.UTC).withDayOfMonth(1);

    browser.open(PAGE);
    browser.waitFor(By.id("lodestar-capacity-period-month")).click();
    WebElement cell = cell(DemoCapacity.OVERLOADED, month);
    assertThat(cell.getText()).contains(" h");
    assertThat(browser.driver().findElements(By.cssSelector("#lodestar-capacity-heatmap thead th")))
        .hasSize(1 + 6);
    assertThat(
            browser
                .driver()
                .findElement(By.id("lodestar-capacity-period-month"))
                .getAttribute("aria-current"))
        .isEqualTo("page");
    browser.screenshot("capacity-month");

    // a month cell drills to the month's work; the days view has 14 columns
    cell.findElement(By.tagName("a")).click();
    assertThat(browser.waitFor(By.id("lodestar-capacity-drill-title")).getText())
        .contains(month.toString().substring(0, 7));
    browser.driver().findElement(By.id("lodestar-capacity-period-day")).click();
    browser.waitFor(By.id("lodestar-capacity-heatmap"));
    assertThat(browser.driver().findElements(By.cssSelector("#lodestar-capacity-heatmap thead th")))
        .hasSize(1 + 14);
    browser.screenshot("capacity-days");
    browser.driver().findElement(By.id("lodestar-capacity-period-week")).click();
    assertThat(cell(DemoCapacity.OVERLOADED, weeksAhead(DemoCapacity.OVERLOADED_WEEK)).getText())
        .contains("48 / 40 h");
  }

  @Test
  void member_shouldAddAndDeleteTheirOwnAbsence_withTheFormOnThePage() {
    browser.logIn(DemoAccounts.MEMBER);
    LocalDate week = weeksAhead(3);
    LocalDate wednesday = week.plusDays(2);
    browser.open(PAGE + "?team=" + DemoCapacity.TEAM);
    String before = cell(DemoAccounts.MEMBER, week).getText();

    // a whole-day absence on the Wednesday: listed, and the week's capacity is lower
    WebElement form = browser.waitFor(By.id("lodestar-capacity-absence-form"));
    assertThat(form.findElements(By.cssSelector("#lodestar-capacity-absence-person option")))
        .hasSize(1);
    setDate("lodestar-capacity-absence-first", wednesday);
    setDate("lodestar-capacity-absence-last", wednesday);
    new Select(browser.driver().findElement(By.id("lodestar-capacity-absence-kind")))
        .selectByValue("OTHER");
    browser.driver().findElement(By.id("lodestar-capacity-absence-note")).sendKeys("Dentist");
    browser.driver().findElement(By.id("lodestar-capacity-absence-add")).click();
    assertThat(browser.waitFor(By.id("lodestar-capacity-own-absences")).getText())
        .contains("Dentist")
        .contains(wednesday.toString());
    assertThat(cell(DemoAccounts.MEMBER, week).getText()).isNotEqualTo(before);
    scrollTo(browser.driver().findElement(By.id("lodestar-capacity-absence")));
    browser.screenshot("capacity-absence-form");

    // deleted again: the capacity is back
    browser
        .driver()
        .findElement(By.cssSelector("#lodestar-capacity-own-absences .lodestar-cap-absence-delete"))
        .click();
    browser.waitFor(By.id("lodestar-capacity-absence-form"));
    assertThat(browser.has(By.id("lodestar-capacity-own-absences"))).isFalse();
    assertThat(cell(DemoAccounts.MEMBER, week).getText()).isEqualTo(before);
  }

  private void setDate(String id, LocalDate day) {
    ((JavascriptExecutor) browser.driver())
        .executeScript(
            "document.getElementById(arguments[0]).value = arguments[1];", id, day.toString());
  }

  private void scrollTo(WebElement element) {
    ((JavascriptExecutor) browser.driver())
        .executeScript("arguments[0].scrollIntoView();", element);
  }
}
