package io.lodestar.pmo.sandbox.shared.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.lodestar.pmo.sandbox.demo.DemoAccounts;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The sandbox dashboard stand-in and the dashboard item's configuration REST, through HTTP. The
 * tests share one sandbox; each configures its own item (10100 or 10101) or only reads.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DashboardHttpTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String CONFIG_A = "/rest/lodestar/1.0/dashboard-items/10100/config";
  private static final String CONFIG_B = "/rest/lodestar/1.0/dashboard-items/10101/config";
  private static final String DASHBOARD = "/secure/Dashboard.jspa";

  private SandboxServer target;

  @BeforeAll
  void startSandbox(@TempDir Path data) throws Exception {
    target =
        SandboxServer.start(
            SandboxConfig.defaults()
                .withHost("localhost")
                .withPort(0)
                .withDataDirectory(data)
                .withIssues(1_000)
                .withStopTimeoutMillis(500));
    Visitor admin = signedIn(DemoAccounts.ADMIN);
    for (int i = 0; i < 200; i++) {
      JsonNode o =
          JSON.readTree(admin.get("/rest/lodestar/1.0/portfolios/DIGITAL/overview").body());
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
  void getConfig_shouldAnswerTheUnconfiguredItemToItsOwner_andRefuseEverybodyElse()
      throws Exception {
    HttpResponse<String> owner = signedIn(DemoAccounts.ADMIN).get(CONFIG_B);

    assertThat(owner.statusCode()).isEqualTo(200);
    JsonNode config = JSON.readTree(owner.body());
    assertThat(config.path("version").asLong()).isZero();
    assertThat(config.path("portfolio").isNull()).isTrue();
    assertThat(signedIn(DemoAccounts.PMO).get(CONFIG_B).statusCode()).isEqualTo(403);
    assertThat(new Visitor(target.uri()).get(CONFIG_B).statusCode()).isEqualTo(401);
    assertThat(
            signedIn(DemoAccounts.ADMIN)
                .get("/rest/lodestar/1.0/dashboard-items/999/config")
                .statusCode())
        .isEqualTo(404);
  }

  @Test
  void putConfig_shouldNeedXsrfAndTheOwner_nameTheBadField_andRefuseAStaleVersion()
      throws Exception {
    Visitor admin = signedIn(DemoAccounts.ADMIN);
    String valid =
        "{\"version\":0,\"portfolio\":\"DIGITAL\",\"columns\":[\"HEALTH\",\"PROGRESS\"],"
            + "\"sort\":\"NAME\",\"rows\":5}";

    // XSRF first, then the owner
    assertThat(admin.json("PUT", CONFIG_A, valid, false).statusCode()).isEqualTo(403);
    assertThat(signedIn(DemoAccounts.PMO).json("PUT", CONFIG_A, valid, true).statusCode())
        .isEqualTo(403);

    // each bad field named
    assertField(admin, valid.replace("\"rows\":5", "\"rows\":21"), "rows");
    assertField(admin, valid.replace("DIGITAL", "NOPE"), "portfolio");
    assertField(admin, valid.replace("\"HEALTH\",\"PROGRESS\"", ""), "columns");
    assertField(admin, valid.replace("\"NAME\"", "\"COLOUR\""), "sort");
    assertField(admin, valid.replace("\"version\":0,", ""), "version");
    assertThat(JSON.readTree(admin.get(CONFIG_A).body()).path("version").asLong()).isZero();

    // saved at version 1; the same version again is stale
    HttpResponse<String> saved = admin.json("PUT", CONFIG_A, valid, true);
    assertThat(saved.statusCode()).isEqualTo(200);
    assertThat(JSON.readTree(saved.body()).path("version").asLong()).isEqualTo(1);
    HttpResponse<String> stale =
        admin.json("PUT", CONFIG_A, valid.replace("\"rows\":5", "\"rows\":6"), true);
    assertThat(stale.statusCode()).isEqualTo(409);
    JsonNode stored = JSON.readTree(admin.get(CONFIG_A).body());
    assertThat(stored.path("rows").asInt()).isEqualTo(5);
    assertThat(stored.path("sort").asText()).isEqualTo("NAME");
  }

  @Test
  void dashboardForm_shouldRefuseACrossSitePost_andANonOwnersForm() {
    Visitor pmo = signedIn(DemoAccounts.PMO);
    String form =
        "action=configure&item=10101&version=0&portfolio=DIGITAL&columns=HEALTH&sort=NAME&rows=3";

    assertThat(pmo.postForm(DASHBOARD, form, "http://evil.example").statusCode()).isEqualTo(403);
    assertThat(pmo.postForm(DASHBOARD, form, pmo.origin()).statusCode()).isEqualTo(403);
    assertThat(pmo.get(DASHBOARD + "?edit=10101").statusCode()).isEqualTo(403);
    assertThat(pmo.get(DASHBOARD).statusCode()).isEqualTo(200);
    Visitor admin = signedIn(DemoAccounts.ADMIN);
    assertThat(admin.postForm(DASHBOARD, form, "http://evil.example").statusCode()).isEqualTo(403);
    HttpResponse<String> refused =
        admin.postForm(DASHBOARD, form.replace("rows=3", "rows=0"), admin.origin());
    assertThat(refused.statusCode()).isEqualTo(400);
    assertThat(refused.body()).contains("lodestar-item-10101-rows-error");
  }

  private static void assertField(Visitor visitor, String body, String field) throws Exception {
    HttpResponse<String> response = visitor.json("PUT", CONFIG_A, body, true);
    assertThat(response.statusCode()).as(body).isEqualTo(400);
    assertThat(JSON.readTree(response.body()).path("errors").get(0).path("field").asText())
        .as(body)
        .isEqualTo(field);
  }

  private Visitor signedIn(String username) {
    Visitor visitor = new Visitor(target.uri());
    assertThat(visitor.login(username, DemoAccounts.PASSWORD).statusCode()).isEqualTo(303);
    return visitor;
  }
}
