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
 * The dry run, apply and new-project REST of issue 9 through HTTP: who may call, XSRF, 400 naming
 * the field, 409 for a plan changed since the dry run, and the compliance result after an apply.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ApplyHttpTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String REST = "/rest/lodestar/1.0/standardization/";

  private SandboxServer target;

  @BeforeAll
  void startSandbox(@TempDir Path data) {
    target =
        SandboxServer.start(
            SandboxConfig.defaults()
                .withHost("localhost")
                .withPort(0)
                .withDataDirectory(data)
                .withIssues(500)
                .withStopTimeoutMillis(500));
  }

  @AfterAll
  void stopSandbox() {
    target.close();
  }

  private Visitor signedIn(String username) {
    Visitor visitor = new Visitor(target.uri());
    assertThat(visitor.login(username, DemoAccounts.PASSWORD).statusCode()).isEqualTo(303);
    return visitor;
  }

  @Test
  void dryRunAndApply_shouldNeedAPmoAdminAndXsrf_refuseAStalePlan_andRaiseTheScore()
      throws Exception {
    Visitor pmo = signedIn(DemoAccounts.PMO);
    String dryRun = REST + "projects/MOBC/dry-run";

    // who may: a member gets 403, a request without the XSRF header 403, a hidden project 404
    assertThat(signedIn(DemoAccounts.MEMBER).json("POST", dryRun, "{}", true).statusCode())
        .isEqualTo(403);
    assertThat(pmo.json("POST", dryRun, "{}", false).statusCode()).isEqualTo(403);
    assertThat(pmo.json("POST", REST + "projects/NOPE/dry-run", "{}", true).statusCode())
        .isEqualTo(404);

    // a mapping without its target: 400 naming the field
    HttpResponse<String> bad =
        pmo.json(
            "POST",
            dryRun,
            "{\"statusMappings\":[{\"issueType\":\"Story\",\"from\":\"To Do\"}]}",
            true);
    assertThat(bad.statusCode()).isEqualTo(400);
    assertThat(bad.body()).contains("statusMappings[0].to");

    // the plan: a workflow scheme created and associated, migrations with counts
    HttpResponse<String> planned = pmo.json("POST", dryRun, "{}", true);
    assertThat(planned.statusCode()).isEqualTo(200);
    JsonNode plan = JSON.readTree(planned.body());
    assertThat(plan.path("workflowScheme").asText()).isEqualTo("created");
    assertThat(plan.path("steps").size()).isPositive();
    assertThat(plan.path("migrations").size()).isPositive();
    long migrated = 0;
    for (JsonNode m : plan.path("migrations")) {
      assertThat(m.path("issues").asLong()).isPositive();
      migrated += m.path("issues").asLong();
    }
    assertThat(plan.path("issuesMigrated").asLong()).isEqualTo(migrated);
    String fingerprint = plan.path("fingerprint").asText();

    // apply: no fingerprint 400, another fingerprint 409, the dry run's 200 and compliant after
    String apply = REST + "projects/MOBC/apply";
    HttpResponse<String> missing = pmo.json("POST", apply, "{}", true);
    assertThat(missing.statusCode()).isEqualTo(400);
    assertThat(missing.body()).contains("fingerprint");
    assertThat(
            pmo.json("POST", apply, "{\"fingerprint\":\"" + "0".repeat(64) + "\"}", true)
                .statusCode())
        .isEqualTo(409);
    assertThat(
            pmo.json("POST", apply, "{\"fingerprint\":\"" + fingerprint + "\"}", false)
                .statusCode())
        .isEqualTo(403);
    HttpResponse<String> applied =
        pmo.json("POST", apply, "{\"fingerprint\":\"" + fingerprint + "\"}", true);
    assertThat(applied.statusCode()).isEqualTo(200);
    JsonNode report = JSON.readTree(applied.body());
    assertThat(report.path("state").asText()).isEqualTo("APPLIED");
    assertThat(report.path("complies").asBoolean()).isTrue();
    JsonNode compliance = JSON.readTree(pmo.get(REST + "projects/MOBC/compliance").body());
    assertThat(compliance.path("complies").asBoolean()).isTrue();
    assertThat(compliance.path("failing").toString()).doesNotContain("wf-story");

    // and the next dry run has nothing left to do for the workflows
    JsonNode again = JSON.readTree(pmo.json("POST", dryRun, "{}", true).body());
    assertThat(again.path("workflowScheme").asText()).isEqualTo("unchanged");
    assertThat(again.path("migrations").size()).isZero();
  }

  @Test
  void newProject_shouldBeOpenToTheCreatorGroup_nameBadFields_andBeCompliantAfter()
      throws Exception {
    String body =
        "{\"key\":\"%s\",\"name\":\"%s\",\"lead\":\"manager\",\"templateId\":\"operations-light\"}";

    // the restricted user is not in the creator group (staff): 403; a bad key and name: 400
    assertThat(
            signedIn(DemoAccounts.RESTRICTED)
                .json("POST", REST + "projects", body.formatted("OPSN", "Ops N"), true)
                .statusCode())
        .isEqualTo(403);
    Visitor manager = signedIn(DemoAccounts.MANAGER);
    HttpResponse<String> bad =
        manager.json("POST", REST + "projects", body.formatted("o", " "), true);
    assertThat(bad.statusCode()).isEqualTo(400);
    assertThat(bad.body()).contains("\"key\"").contains("\"name\"");
    HttpResponse<String> noTemplate =
        manager.json("POST", REST + "projects", "{\"key\":\"OPSN\",\"name\":\"Ops N\"}", true);
    assertThat(noTemplate.statusCode()).isEqualTo(400);
    assertThat(noTemplate.body()).contains("templateId");

    // the manager (not an admin, in staff) creates it: 201, judged, compliant
    HttpResponse<String> created =
        manager.json("POST", REST + "projects", body.formatted("OPSN", "Ops N"), true);
    assertThat(created.statusCode()).isEqualTo(201);
    JsonNode report = JSON.readTree(created.body());
    assertThat(report.path("state").asText()).isEqualTo("APPLIED");
    assertThat(report.path("complies").asBoolean()).isTrue();
    assertThat(manager.get(REST + "projects/OPSN/compliance").statusCode()).isEqualTo(200);
    // a second time: the key is taken
    HttpResponse<String> taken =
        manager.json("POST", REST + "projects", body.formatted("OPSN", "Ops N"), true);
    assertThat(taken.statusCode()).isEqualTo(400);
    assertThat(taken.body()).contains("\"key\"");
  }
}
