package io.lodestar.pmo.sandbox.shared.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.lodestar.pmo.sandbox.demo.DemoAccounts;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/** The portfolio REST resources on a running demo sandbox, through HTTP. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PortfolioHttpTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String OVERVIEW = "/rest/lodestar/1.0/portfolios/DIGITAL/overview";
  private static final String OVERRIDES = "/rest/lodestar/1.0/portfolios/DIGITAL/health-overrides";

  private SandboxServer target;

  @BeforeAll
  void startSandbox(@TempDir Path data) throws Exception {
    target =
        SandboxServer.start(
            SandboxConfig.defaults()
                .withHost("localhost")
                .withPort(0)
                .withDataDirectory(data)
                .withIssues(2_000)
                .withStopTimeoutMillis(500));
    Visitor admin = signedIn(DemoAccounts.ADMIN);
    for (int i = 0; i < 200; i++) {
      JsonNode o = JSON.readTree(admin.get(OVERVIEW).body());
      if (o.path("index").path("ready").asBoolean()) {
        return;
      }
      Thread.sleep(100);
    }
    throw new IllegalStateException("the rollup index did not get ready");
  }

  @AfterAll
  void stopSandbox() {
    target.close();
  }

  @Test
  void overview_shouldDifferForTheRestrictedUser_byExactlyTheHiddenItems() throws Exception {
    JsonNode admin = JSON.readTree(signedIn(DemoAccounts.ADMIN).get(OVERVIEW).body());
    JsonNode restricted = JSON.readTree(signedIn(DemoAccounts.RESTRICTED).get(OVERVIEW).body());

    long all = admin.path("total").path("issues").asLong();
    assertThat(all).isPositive();
    assertThat(admin.path("total").path("hidden").asLong()).isZero();
    long seen = restricted.path("total").path("issues").asLong();
    long hidden = restricted.path("total").path("hidden").asLong();
    assertThat(hidden).isPositive();
    assertThat(seen + hidden).isEqualTo(all);
    // the Web program's 5 projects only; Mobile's and Data platform's 10 are left out and counted
    assertThat(restricted.path("hiddenProjects").asInt()).isEqualTo(10);
    assertThat(restricted.path("evm").size()).isEqualTo(5);
    assertThat(admin.path("evm").size()).isEqualTo(15);
    // EUR and USD are totalled apart, never added
    assertThat(admin.path("evmTotals").findValuesAsText("currency"))
        .containsExactlyInAnyOrder("EUR", "USD");
  }

  @Test
  void overview_shouldBeNotFound_forAPortfolioTheUserMayBrowseNothingOf() {
    assertThat(
            signedIn(DemoAccounts.RESTRICTED)
                .get("/rest/lodestar/1.0/portfolios/OPERATIONS/overview")
                .statusCode())
        .isEqualTo(404);
    assertThat(new Visitor(target.uri()).get(OVERVIEW).statusCode()).isEqualTo(401);
  }

  @Test
  void overview_shouldRefuseAPageSizeAbove100_namingTheField() throws Exception {
    HttpResponse<String> response = signedIn(DemoAccounts.ADMIN).get(OVERVIEW + "?maxResults=101");

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(JSON.readTree(response.body()).path("errors").get(0).path("field").asText())
        .isEqualTo("maxResults");
  }

  @Test
  void override_shouldNeedXsrfPmoAdminAndAReason_andBeShownBesideTheComputedHealth()
      throws Exception {
    String expiry = LocalDate.now().plusDays(30).toString();
    String body =
        "{\"project\":\"WEBA\",\"rag\":\"RED\",\"reason\":\"Vendor insolvent\",\"expiresOn\":\""
            + expiry
            + "\"}";
    Visitor pmo = signedIn(DemoAccounts.PMO);

    assertThat(pmo.json("POST", OVERRIDES, body, false).statusCode()).isEqualTo(403);
    assertThat(signedIn(DemoAccounts.MEMBER).json("POST", OVERRIDES, body, true).statusCode())
        .isEqualTo(403);
    HttpResponse<String> noReason =
        pmo.json(
            "POST",
            OVERRIDES,
            "{\"project\":\"WEBA\",\"rag\":\"RED\",\"expiresOn\":\"" + expiry + "\"}",
            true);
    assertThat(noReason.statusCode()).isEqualTo(400);
    assertThat(JSON.readTree(noReason.body()).path("errors").get(0).path("field").asText())
        .isEqualTo("reason");
    HttpResponse<String> badDate =
        pmo.json(
            "POST",
            OVERRIDES,
            "{\"project\":\"WEBA\",\"rag\":\"RED\",\"reason\":\"x\",\"expiresOn\":\"2026-13-40\"}",
            true);
    assertThat(badDate.statusCode()).isEqualTo(400);
    assertThat(JSON.readTree(badDate.body()).path("errors").get(0).path("field").asText())
        .isEqualTo("expiresOn");

    assertThat(pmo.json("POST", OVERRIDES, body, true).statusCode()).isEqualTo(201);

    JsonNode overview = JSON.readTree(pmo.get(OVERVIEW + "?maxResults=100").body());
    JsonNode web = null;
    for (JsonNode child : overview.path("children")) {
      if (child.path("key").asText().equals("WEB")) {
        web = child;
      }
    }
    assertThat(web).isNotNull();
    JsonNode audit = JSON.readTree(pmo.get("/rest/lodestar/1.0/admin/audit").body());
    assertThat(audit.toString()).contains("Vendor insolvent").contains("portfolio.healthOverride");
    assertThat(pmo.json("DELETE", OVERRIDES + "?project=WEBA", "", true).statusCode())
        .isEqualTo(204);
    assertThat(pmo.json("DELETE", OVERRIDES + "?project=WEBA", "", true).statusCode())
        .isEqualTo(404);
  }

  @Test
  void profile_shouldBeSavedByTheProjectAdmin_andRefuseAStaleVersion() throws Exception {
    Visitor manager = signedIn(DemoAccounts.MANAGER);
    JsonNode profile =
        JSON.readTree(manager.get("/rest/lodestar/1.0/projects/MOBA/profile").body());
    long version = profile.path("version").asLong();
    String body =
        "{\"version\":"
            + version
            + ",\"currency\":\"EUR\",\"phase\":\"EXECUTING\",\"budget\":123456.00,"
            + "\"start\":\"2026-01-05\",\"end\":\"2026-12-18\"}";

    HttpResponse<String> saved =
        manager.json("PUT", "/rest/lodestar/1.0/projects/MOBA/profile", body, true);
    assertThat(saved.statusCode()).isEqualTo(200);
    assertThat(JSON.readTree(saved.body()).path("version").asLong()).isEqualTo(version + 1);
    assertThat(
            manager
                .json("PUT", "/rest/lodestar/1.0/projects/MOBA/profile", body, true)
                .statusCode())
        .isEqualTo(409);
    HttpResponse<String> badPhase =
        manager.json(
            "PUT",
            "/rest/lodestar/1.0/projects/MOBA/profile",
            body.replace("EXECUTING", "DREAMING")
                .replace("\"version\":" + version, "\"version\":" + (version + 1)),
            true);
    assertThat(badPhase.statusCode()).isEqualTo(400);
    assertThat(JSON.readTree(badPhase.body()).path("errors").get(0).path("field").asText())
        .isEqualTo("phase");
    // a member may read it, not change it
    assertThat(
            signedIn(DemoAccounts.MEMBER)
                .json("PUT", "/rest/lodestar/1.0/projects/MOBA/profile", body, true)
                .statusCode())
        .isEqualTo(403);
  }

  private Visitor signedIn(String username) {
    Visitor visitor = new Visitor(target.uri());
    assertThat(visitor.login(username, DemoAccounts.PASSWORD).statusCode()).isEqualTo(303);
    return visitor;
  }
}
