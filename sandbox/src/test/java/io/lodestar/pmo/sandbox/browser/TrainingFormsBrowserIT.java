package io.lodestar.pmo.sandbox.browser;

import static org.assertj.core.api.Assertions.assertThat;

import io.lodestar.pmo.sandbox.demo.DemoAccounts;
import io.lodestar.pmo.sandbox.training.DemoTraining;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * The training page's forms in headless Chromium (issue 10): a resource manager (here a PMO admin)
 * adds a certification type and a member's certificate of it through the forms and sees it in the
 * team's competency matrix; the member sees their own certificate there but no other member's and
 * their CSV export of certificates holds their own rows only (screenshots under {@code
 * target/browser-screenshots/}).
 */
class TrainingFormsBrowserIT extends SandboxBrowserTest {

  private static final String PAGE = "/plugins/servlet/lodestar/training";
  private static final String TYPE = "iso-lead";

  @Test
  void resourceManager_shouldSeeACertificateInTheMatrix_whenAddedThroughTheForm() throws Exception {
    // given a PMO admin on the page of the member, with the member's team's matrix
    browser.logIn(DemoAccounts.PMO);
    browser.open(PAGE + "?person=member&team=" + DemoTraining.MEMBER_TEAM);
    browser.waitFor(By.id("lodestar-training-type-form"));
    browser.screenshot("training-forms-pmo");

    // when they add a certification type, then the member's certificate of it
    WebElement typeForm = browser.waitFor(By.id("lodestar-training-type-form"));
    typeForm.findElement(By.name("id")).sendKeys(TYPE);
    typeForm.findElement(By.name("name")).sendKeys("ISO 9001 Lead Auditor");
    typeForm.findElement(By.name("issuer")).sendKeys("IRCA");
    typeForm.findElement(By.name("validity")).sendKeys("P3Y");
    submit(typeForm);
    assertThat(browser.waitFor(By.id("lodestar-training-message")).getText()).isEqualTo("Saved.");
    assertThat(browser.waitFor(By.id("lodestar-training-types")).getText())
        .contains("ISO 9001 Lead Auditor");

    browser.open(PAGE + "?person=member&team=" + DemoTraining.MEMBER_TEAM);
    WebElement certForm = browser.waitFor(By.id("lodestar-training-cert-form"));
    new Select(certForm.findElement(By.name("typeId"))).selectByValue(TYPE);
    LocalDate issued = LocalDate.now().minusDays(10);
    setDate(certForm.findElement(By.name("issuedOn")), issued);
    submit(certForm);

    // then the member's row in the matrix shows it, valid three years from the issue
    String until = issued.plusYears(3).minusDays(1).toString();
    WebElement cell =
        browser.waitFor(
            By.cssSelector(
                "#lodestar-training-matrix tr[data-person='member'] td[data-cert='" + TYPE + "']"));
    assertThat(cell.getText()).isEqualTo(until);
    assertThat(browser.waitFor(By.cssSelector("table.lodestar-training-certs")).getText())
        .contains("ISO 9001 Lead Auditor");
    browser.screenshot("training-forms-cert-in-matrix");

    // and a bad date is refused, naming the field, with nothing added
    browser.open(PAGE + "?person=member");
    WebElement again = browser.waitFor(By.id("lodestar-training-cert-form"));
    new Select(again.findElement(By.name("typeId"))).selectByValue(TYPE);
    ((JavascriptExecutor) browser.driver())
        .executeScript(
            "arguments[0].type='text'; arguments[0].value='yesterday';",
            again.findElement(By.name("issuedOn")));
    submit(again);
    assertThat(browser.waitFor(By.id("lodestar-training-message")).getText()).contains("issuedOn");
    assertThat(
            browser
                .waitFor(By.cssSelector("table.lodestar-training-certs"))
                .findElements(By.xpath(".//td[text()='ISO 9001 Lead Auditor']")))
        .hasSize(1);
    browser.screenshot("training-forms-refused");

    // a member then sees their own certificate in the matrix and no one else's
    browser.logOut();
    browser.logIn(DemoAccounts.MEMBER);
    browser.open(PAGE);
    assertThat(
            browser
                .waitFor(
                    By.cssSelector(
                        "#lodestar-training-matrix tr[data-person='member'] td[data-cert='"
                            + TYPE
                            + "']"))
                .getText())
        .isEqualTo(until);
    List<WebElement> others =
        browser
            .driver()
            .findElements(
                By.cssSelector(
                    "#lodestar-training-matrix tr:not([data-person='member'])"
                        + " td.lodestar-training-cert-cell"));
    assertThat(others).isNotEmpty().allSatisfy(td -> assertThat(td.getText()).isEmpty());
    assertThat(browser.has(By.id("lodestar-training-cert-form"))).isFalse();
    assertThat(browser.has(By.id("lodestar-training-assess-form"))).isTrue();
    browser.screenshot("training-forms-member-matrix");

    // and the member's export of certificates holds their own rows only
    String href =
        browser
            .waitFor(By.cssSelector("#lodestar-training-exports a[href*='certifications.csv']"))
            .getAttribute("href");
    HttpResponse<String> csv = fetch(href);
    assertThat(csv.statusCode()).isEqualTo(200);
    List<String> lines = csv.body().lines().skip(1).toList();
    assertThat(lines).isNotEmpty().allSatisfy(l -> assertThat(l).startsWith("member,"));
    assertThat(csv.body()).contains(TYPE);
    assertThat(Long.parseLong(csv.headers().firstValue("X-Lodestar-Hidden-Count").orElse("0")))
        .isPositive();
  }

  private HttpResponse<String> fetch(String url) throws Exception {
    String cookies =
        browser.driver().manage().getCookies().stream()
            .map((Cookie c) -> c.getName() + "=" + c.getValue())
            .collect(Collectors.joining("; "));
    return HttpClient.newHttpClient()
        .send(
            HttpRequest.newBuilder(URI.create(url)).header("Cookie", cookies).GET().build(),
            HttpResponse.BodyHandlers.ofString());
  }

  private void submit(WebElement form) {
    form.findElement(By.cssSelector("button[type='submit']")).click();
  }

  private void setDate(WebElement input, LocalDate day) {
    ((JavascriptExecutor) browser.driver())
        .executeScript(
            "arguments[0].value = arguments[1];",
            input,
            day.format(DateTimeFormatter.ISO_LOCAL_DATE));
  }
}
