package io.lodestar.pmo.sandbox.browser;

import static org.assertj.core.api.Assertions.assertThat;

import io.lodestar.pmo.app.training.TrainingService;
import io.lodestar.pmo.app.training.panel.QualificationValue;
import io.lodestar.pmo.sandbox.demo.DemoAccounts;
import io.lodestar.pmo.sandbox.shared.host.BundleTexts;
import io.lodestar.pmo.sandbox.shared.host.SqlAuditLog;
import io.lodestar.pmo.sandbox.shared.server.SandboxConfig;
import io.lodestar.pmo.sandbox.shared.store.SqlTransactions;
import io.lodestar.pmo.sandbox.training.DemoTraining;
import io.lodestar.pmo.sandbox.training.SqlTrainingStore;
import io.lodestar.pmo.sandbox.training.SqlTrainingWork;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;

/**
 * Training and development in headless Chromium on a 1,000-issue demo (issue 10): a team member
 * sees the "Qualification" warning on an issue whose assignee's certificate expires before the due
 * date, and finds it through the issue navigator's "Lodestar qualification"; a member cannot see
 * another person's certificates, on the page or through REST (screenshots under {@code
 * target/browser-screenshots/}).
 */
class TrainingBrowserIT extends SandboxBrowserTest {

  private final BundleTexts texts = new BundleTexts();

  @Override
  protected SandboxConfig sandboxConfig(SandboxConfig base) {
    return base.withIssues(1000);
  }

  @Test
  void member_shouldSeeTheQualificationWarning_whenTheAssigneesCertificateExpiresBeforeTheDue() {
    // given the issues of the certified project whose qualification is "certification expires"
    String project = DemoTraining.CERTIFIED_PROJECT;
    List<Long> ids = expiring(project);
    assertThat(ids)
        .as("the demo has an issue whose certificate expires before it is due")
        .isNotEmpty();
    String key = issueKey(ids.get(0));

    // when the member opens it
    browser.logIn(DemoAccounts.MEMBER);
    browser.open("/browse/" + key);

    // then the panel warns, naming the certificate's end and the due date
    String warning = browser.waitFor(By.id("lodestar-qualification-warning")).getText();
    assertThat(warning).contains(texts.text("lodestar.training.panel.warning"));
    assertThat(warning).contains("AWS Solutions Architect").contains("expires on");
    assertThat(browser.waitFor(By.id("lodestar-qualification-status")).getText())
        .isEqualToIgnoringCase(
            texts.text("lodestar.training.qualification.status.certificationExpires"));
    browser.screenshot("training-issue-qualification-warning");

    // and the navigator's "Lodestar qualification" lists it
    browser.open(
        "/issues/?jql="
            + URLEncoder.encode(
                "project = "
                    + project
                    + " AND \"Lodestar qualification\" = \"certification expires\"",
                StandardCharsets.UTF_8));
    assertThat(browser.waitFor(By.id("content")).getText()).contains(key);
    browser.screenshot("training-navigator-qualification");
  }

  @Test
  void member_shouldNotSeeAnotherPersonsCertifications_onThePageOrThroughRest() {
    browser.logIn(DemoAccounts.MEMBER);

    // the page shows the member's own certificates and the team's matrix
    browser.open("/plugins/servlet/lodestar/training");
    browser.waitFor(By.id("lodestar-training"));
    assertThat(browser.driver().findElements(By.cssSelector("table[data-person]")))
        .allSatisfy(t -> assertThat(t.getAttribute("data-person")).isEqualTo("member"));
    assertThat(browser.waitFor(By.id("lodestar-training-matrix")).getAttribute("data-team"))
        .isEqualTo(DemoTraining.MEMBER_TEAM);
    browser.screenshot("training-page-member");

    // another person's: refused
    browser.open("/plugins/servlet/lodestar/training?person=person01");
    assertThat(browser.waitFor(By.cssSelector("#content .aui-message")).getText())
        .contains(texts.text("lodestar.training.error.personalData"));
    assertThat(browser.has(By.cssSelector("table[data-person='person01']"))).isFalse();
    browser.screenshot("training-page-member-refused");
    browser.open("/rest/lodestar/1.0/training/people/person01");
    assertThat(browser.driver().getPageSource())
        .contains("\"status\":403")
        .doesNotContain("aws-sa");

    // while a PMO admin sees them
    browser.logOut();
    browser.logIn(DemoAccounts.PMO);
    browser.open("/plugins/servlet/lodestar/training?person=person01");
    assertThat(browser.waitFor(By.id("lodestar-training")).getText())
        .contains(texts.text("lodestar.training.page.certifications"));
    assertThat(
            browser.has(
                By.cssSelector("#lodestar-training-expiring, #lodestar-training-expiring-none")))
        .isTrue();
    browser.screenshot("training-page-pmo");
  }

  private List<Long> expiring(String project) {
    var store = sandbox.store();
    TrainingService service =
        new TrainingService(
            new SqlTrainingStore(store),
            new SqlTrainingWork(store),
            new SqlAuditLog(store),
            new SqlTransactions(store),
            Clock.systemDefaultZone());
    return new SqlTrainingWork(store)
        .issuesWith(project, QualificationValue.CERTIFICATION_EXPIRES, service);
  }

  private String issueKey(long id) {
    return sandbox
        .store()
        .inTransaction(
            c -> {
              try (PreparedStatement ps =
                  c.prepareStatement("SELECT issue_key FROM issue WHERE id = ?")) {
                ps.setLong(1, id);
                try (ResultSet rs = ps.executeQuery()) {
                  rs.next();
                  return rs.getString(1);
                }
              }
            });
  }
}
