package io.lodestar.pmo.sandbox.shared.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.lodestar.pmo.app.risk.web.RiskWebPaths;
import io.lodestar.pmo.sandbox.demo.DemoAccounts;
import io.lodestar.pmo.sandbox.demo.DemoFields;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/** The risk form over HTTP: who may post, what a refused post answers, and what it writes. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RiskFormHttpTest {

  private static final String PROJECT = "MOBA";

  private SandboxServer target;
  private String createPath;

  @BeforeAll
  void startSandbox(@TempDir Path data) {
    target =
        SandboxServer.start(
            SandboxConfig.defaults()
                .withHost("localhost")
                .withPort(0)
                .withDataDirectory(data)
                .withIssues(200)
                .withStopTimeoutMillis(500));
    createPath = RiskWebPaths.createIssue("", projectId(PROJECT), DemoFields.RISK);
  }

  @AfterAll
  void stopSandbox() {
    target.close();
  }

  @Test
  void post_shouldBeRefusedAndWriteNothing_whenItComesFromAnotherSite() {
    // given the project's admin, signed in
    Visitor manager = signedIn(DemoAccounts.MANAGER);
    long before = issueCount();

    // when a page of another site posts the form in their browser
    HttpResponse<String> response =
        manager.postForm(createPath, "summary=Forged", "https://evil.example");

    // then
    assertThat(response.statusCode()).isEqualTo(403);
    assertThat(issueCount()).isEqualTo(before);
  }

  @Test
  void post_shouldAnswer400NamingTheFieldAndKeepTheForm_whenAnOptionIsUnknown() {
    // given
    Visitor manager = signedIn(DemoAccounts.MANAGER);
    long before = issueCount();
    String probability = "field." + DemoFields.mapping().inherent().probabilityFieldId();

    // when
    HttpResponse<String> response =
        manager.postForm(
            createPath,
            "summary=" + enc("Kept summary") + "&" + enc(probability) + "=Certain",
            manager.origin());

    // then
    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.body())
        .contains("id=\"risk-form\"")
        .contains("value=\"Kept summary\"")
        .contains("Choose one of the field&#39;s options");
    assertThat(issueCount()).isEqualTo(before);
  }

  @Test
  void post_shouldAnswer409AndWriteNothing_whenTheIssueChangedSinceTheFormWasOpened() {
    // given a risk created through the form, and its edit form read once
    Visitor manager = signedIn(DemoAccounts.MANAGER);
    HttpResponse<String> created =
        manager.postForm(createPath, "summary=" + enc("Race risk"), manager.origin());
    assertThat(created.statusCode()).isEqualTo(303);
    String key =
        created
            .headers()
            .firstValue("Location")
            .orElseThrow()
            .replaceAll(".*/browse/([^?]+).*", "$1");
    long id = issueId(key);
    String editPath = "/secure/EditIssue!default.jspa?id=" + id;
    String version = version(manager.get(editPath).body());

    // when two saves are made from that same version
    HttpResponse<String> first =
        manager.postForm(
            editPath, "version=" + enc(version) + "&summary=" + enc("First"), manager.origin());
    HttpResponse<String> second =
        manager.postForm(
            editPath, "version=" + enc(version) + "&summary=" + enc("Second"), manager.origin());

    // then the first wins, the second is refused with its values kept
    assertThat(first.statusCode()).isEqualTo(303);
    assertThat(second.statusCode()).isEqualTo(409);
    assertThat(second.body()).contains("value=\"Second\"").contains("Someone else changed " + key);
    assertThat(summary(id)).isEqualTo("First");
  }

  @Test
  void form_shouldBeRefusedToAMember_andSendAnonymousToTheLoginPage() {
    // when / then
    Visitor member = signedIn(DemoAccounts.MEMBER);
    assertThat(member.get(createPath).statusCode()).isEqualTo(403);
    assertThat(member.postForm(createPath, "summary=x", member.origin()).statusCode())
        .isEqualTo(403);
    HttpResponse<String> anonymous = new Visitor(target.uri()).get(createPath);
    assertThat(anonymous.statusCode()).isEqualTo(302);
    assertThat(anonymous.headers().firstValue("Location").orElseThrow()).contains("/login?next=");
  }

  @Test
  void form_shouldAnswer400_whenTheIssueTypeIsNoRiskType() {
    Visitor manager = signedIn(DemoAccounts.MANAGER);
    HttpResponse<String> response =
        manager.get(RiskWebPaths.createIssue("", projectId(PROJECT), "no-such-type"));
    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.body()).contains("issuetype");
  }

  private Visitor signedIn(String username) {
    Visitor visitor = new Visitor(target.uri());
    assertThat(visitor.login(username, DemoAccounts.PASSWORD).statusCode()).isEqualTo(303);
    return visitor;
  }

  private static String version(String html) {
    Matcher m = Pattern.compile("name=\"version\" value=\"([^\"]+)\"").matcher(html);
    assertThat(m.find()).as("the edit form carries the version").isTrue();
    return m.group(1);
  }

  private static String enc(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }

  private long issueCount() {
    return number("SELECT COUNT(*) FROM issue", null);
  }

  private long projectId(String key) {
    return number("SELECT id FROM project WHERE project_key = ?", key);
  }

  private long issueId(String key) {
    return number("SELECT id FROM issue WHERE issue_key = ?", key);
  }

  private String summary(long id) {
    return target
        .store()
        .inTransaction(
            c -> {
              try (PreparedStatement ps =
                  c.prepareStatement("SELECT summary FROM issue WHERE id = ?")) {
                ps.setLong(1, id);
                try (ResultSet rs = ps.executeQuery()) {
                  rs.next();
                  return rs.getString(1);
                }
              }
            });
  }

  private long number(String sql, String arg) {
    return target
        .store()
        .inTransaction(
            c -> {
              try (PreparedStatement ps = c.prepareStatement(sql)) {
                if (arg != null) {
                  ps.setString(1, arg);
                }
                try (ResultSet rs = ps.executeQuery()) {
                  rs.next();
                  return rs.getLong(1);
                }
              }
            });
  }
}
