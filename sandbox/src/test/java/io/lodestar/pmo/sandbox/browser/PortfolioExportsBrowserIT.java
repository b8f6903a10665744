package io.lodestar.pmo.sandbox.browser;

import static org.assertj.core.api.Assertions.assertThat;

import io.lodestar.pmo.sandbox.demo.DemoAccounts;
import io.lodestar.pmo.sandbox.shared.host.BundleTexts;
import java.io.StringReader;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.WebElement;

/**
 * The portfolio page's export links and top risks in headless Chromium (screenshots under {@code
 * target/browser-screenshots/}): what the restricted user downloads and sees holds only the
 * projects they may browse.
 */
class PortfolioExportsBrowserIT extends SandboxBrowserTest {

  private static final String PAGE = "/plugins/servlet/lodestar/portfolio";

  private final BundleTexts texts = new BundleTexts();

  @Test
  void restrictedUser_shouldDownloadACsvOfOnlyTheProgramTheyMayBrowse_fromTheExportLink()
      throws Exception {
    browser.logIn(DemoAccounts.RESTRICTED);

    browser.open(PAGE + "?key=DIGITAL");
    awaitIndex();

    WebElement exports = browser.waitFor(By.id("lodestar-portfolio-export-table"));
    List<WebElement> links = exports.findElements(By.tagName("a"));
    assertThat(links).extracting(WebElement::getText).containsExactly("CSV", "Excel (XLSX)");
    assertThat(exports.getText()).contains("10 projects you may not browse");
    scrollTo(exports);
    browser.screenshot("exports-portfolio-links");
    HttpResponse<String> csv = fetch(links.get(0).getAttribute("href"));

    assertThat(csv.statusCode()).isEqualTo(200);
    assertThat(csv.headers().firstValue("X-Lodestar-Hidden-Count")).contains("10");
    List<CSVRecord> rows = CSVFormat.DEFAULT.parse(new StringReader(csv.body())).getRecords();
    assertThat(rows.get(0).get(0)).isEqualTo(texts.text("lodestar.portfolio.export.kind"));
    List<String> pageKeys =
        browser.driver().findElements(By.cssSelector("#lodestar-portfolio-rows tbody tr")).stream()
            .map(tr -> tr.getAttribute("data-key"))
            .collect(Collectors.toList());
    assertThat(rows.subList(1, rows.size())).extracting(r -> r.get(1)).isEqualTo(pageKeys);
    assertThat(pageKeys).containsExactly("WEB");
  }

  @Test
  void restrictedUser_shouldSeeTheTopRisksOfTheBrowsableProjectsOnly_linkingToTheIssue() {
    browser.logIn(DemoAccounts.RESTRICTED);

    browser.open(PAGE + "?key=DIGITAL");
    awaitIndex();

    WebElement table = browser.waitFor(By.id("lodestar-portfolio-top-risks"));
    List<WebElement> rows = table.findElements(By.cssSelector("tbody tr"));
    assertThat(rows).isNotEmpty().hasSizeLessThanOrEqualTo(10);
    assertThat(rows).extracting(r -> r.getAttribute("data-key")).allMatch(k -> k.startsWith("WEB"));
    scrollTo(table);
    browser.screenshot("exports-portfolio-top-risks");
    String first = rows.get(0).getAttribute("data-key");

    rows.get(0).findElement(By.tagName("a")).click();

    assertThat(browser.currentPath()).isEqualTo("/browse/" + first);
  }

  private HttpResponse<String> fetch(String url) throws Exception {
    String cookies =
        browser.driver().manage().getCookies().stream()
            .map((Cookie c) -> c.getName() + "=" + c.getValue())
            .collect(Collectors.joining("; "));
    return HttpClient.newHttpClient()
        .send(
            HttpRequest.newBuilder(java.net.URI.create(url))
                .header("Cookie", cookies)
                .GET()
                .build(),
            HttpResponse.BodyHandlers.ofString());
  }

  private void scrollTo(WebElement element) {
    ((org.openqa.selenium.JavascriptExecutor) browser.driver())
        .executeScript("arguments[0].scrollIntoView({block: 'start'})", element);
  }

  /** Reloads while the page says the index is warming (at most about 30 s). */
  private void awaitIndex() {
    for (int i = 0; i < 60 && browser.has(By.id("lodestar-portfolio-warming")); i++) {
      try {
        Thread.sleep(500);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
      browser.driver().navigate().refresh();
    }
    assertThat(browser.has(By.id("lodestar-portfolio-warming"))).isFalse();
  }
}
