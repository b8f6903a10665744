package io.lodestar.pmo.sandbox.shared.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.lodestar.pmo.sandbox.demo.DemoAccounts;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The sandbox served for real: one server on a free port over a small demo portfolio in a temporary
 * data directory, visited over HTTP as the demo users.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SandboxServerTest {

  private static final String SCRIPT_TITLE = "<script>alert('pwned')</script> supplier risk";

  private Path data;

  private final ObjectMapper json = new ObjectMapper();
  private SandboxServer target;

  @BeforeAll
  void startSandbox(@TempDir Path dataDirectory) {
    data = dataDirectory;
    target =
        SandboxServer.start(
            SandboxConfig.defaults()
                .withHost("localhost")
                .withPort(0)
                .withDataDirectory(data)
                .withIssues(500)
                .withStopTimeoutMillis(500));
    // A risk title that is an attack, in the public project: pages must show it as text.
    target
        .store()
        .inTransaction(
            c -> {
              try (PreparedStatement ps =
                  c.prepareStatement(
                      "UPDATE issue SET summary = ? WHERE project_id = (SELECT id FROM project"
                          + " WHERE project_key = ?) AND issue_type_id IN (SELECT id FROM"
                          + " issue_type WHERE name = 'Risk')")) {
                ps.setString(1, SCRIPT_TITLE);
                ps.setString(2, DemoAccounts.PUBLIC_PROJECT);
                return ps.executeUpdate();
              }
            });
  }

  @AfterAll
  void stopSandbox() {
    target.close();
  }

  private Visitor anonymous() {
    return new Visitor(target.uri());
  }

  private Visitor signedIn(String username) {
    Visitor visitor = new Visitor(target.uri());
    assertThat(visitor.login(username, DemoAccounts.PASSWORD).statusCode()).isEqualTo(303);
    return visitor;
  }

  @Test
  void landingPage_shouldRenderInTheLayoutWithTheDemoUsers_whenAnonymous() {
    HttpResponse<String> response = anonymous().get("/");

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body())
        .contains(
            "sandbox/aui/aui-prototyping.css", "id=\"sandbox-users\"", "<code>restricted</code>")
        .contains("data-project=\"" + DemoAccounts.PUBLIC_PROJECT + "\"")
        .doesNotContain("data-project=\"MOBA\"");
  }

  @Test
  void landingPage_shouldLeaveHiddenProjectsOut_whenRestricted() {
    String body = signedIn(DemoAccounts.RESTRICTED).get("/").body();

    assertThat(body).contains("data-project=\"WEBA\"").doesNotContain("data-project=\"MOBA\"");
  }

  @Test
  void login_shouldSetAnHttpOnlySameSiteSessionCookie_whenThePasswordIsRight() {
    HttpResponse<String> response = anonymous().login(DemoAccounts.MEMBER, DemoAccounts.PASSWORD);

    assertThat(response.statusCode()).isEqualTo(303);
    assertThat(response.headers().firstValue("Location")).hasValueSatisfying(l -> l.endsWith("/"));
    assertThat(response.headers().allValues("Set-Cookie"))
        .anySatisfy(
            cookie -> assertThat(cookie).containsIgnoringCase("HttpOnly").contains("SameSite=Lax"));
  }

  @Test
  void login_shouldAnswer401_whenThePasswordIsWrong() {
    HttpResponse<String> response = anonymous().login(DemoAccounts.MEMBER, "wrong");

    assertThat(response.statusCode()).isEqualTo(401);
    assertThat(response.body()).contains("Wrong user name or password.");
  }

  @Test
  void login_shouldAnswer403_whenPostedFromAnotherSite() {
    HttpResponse<String> response =
        anonymous().postForm("/login", "username=member&password=demo", "http://evil.example");

    assertThat(response.statusCode()).isEqualTo(403);
    assertThat(response.headers().allValues("Set-Cookie")).isEmpty();
  }

  @Test
  void logout_shouldEndTheSession() {
    Visitor visitor = signedIn(DemoAccounts.MEMBER);
    assertThat(visitor.get("/").body()).contains("id=\"current-user\"");

    HttpResponse<String> response = visitor.postForm("/logout", "", visitor.origin());

    assertThat(response.statusCode()).isEqualTo(303);
    assertThat(visitor.get("/").body())
        .doesNotContain("id=\"current-user\"")
        .contains("login-link");
  }

  @Test
  void registerRest_shouldAnswer200_whenTheUserMayBrowseTheProject() throws IOException {
    HttpResponse<String> response = signedIn(DemoAccounts.MEMBER).get(register("MOBA"));

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(json.readTree(response.body()).isObject()).isTrue();
  }

  @Test
  void registerRest_shouldAnswer404_whenTheProjectIsHiddenFromTheUser() throws IOException {
    HttpResponse<String> response = signedIn(DemoAccounts.RESTRICTED).get(register("MOBA"));

    assertThat(response.statusCode()).isEqualTo(404);
    assertThat(json.readTree(response.body()).path("status").asInt()).isEqualTo(404);
  }

  @Test
  void registerRest_shouldAnswer200_whenTheRestrictedUserBrowsesAPermittedProject() {
    assertThat(signedIn(DemoAccounts.RESTRICTED).get(register("WEBA")).statusCode()).isEqualTo(200);
  }

  @Test
  void modelsRest_shouldAnswer401_whenAnonymous() {
    assertThat(anonymous().get("/rest/lodestar/1.0/models").statusCode()).isEqualTo(401);
  }

  @Test
  void modelCreate_shouldAnswer403_whenTheUserIsNoPmoAdmin() {
    HttpResponse<String> response =
        signedIn(DemoAccounts.MEMBER).json("POST", "/rest/lodestar/1.0/models", "{}", true);

    assertThat(response.statusCode()).isEqualTo(403);
  }

  @Test
  void modelCreate_shouldBeRefusedByTheXsrfCheck_whenTheHeaderIsMissing() throws IOException {
    HttpResponse<String> response =
        signedIn(DemoAccounts.PMO).json("POST", "/rest/lodestar/1.0/models", "{}", false);

    assertThat(response.statusCode()).isEqualTo(403);
    assertThat(json.readTree(response.body()).path("message").asText())
        .contains("X-Atlassian-Token");
  }

  @Test
  void modelCreate_shouldAnswer400WithAnErrorBody_whenTheJsonIsMalformed() throws IOException {
    HttpResponse<String> response =
        signedIn(DemoAccounts.PMO).json("POST", "/rest/lodestar/1.0/models", "{not json", true);

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(json.readTree(response.body()).path("status").asInt()).isEqualTo(400);
  }

  @Test
  void modelUpdate_shouldAnswer200WithTheStoredVersion_whenNothingChanged() throws IOException {
    Visitor pmo = signedIn(DemoAccounts.PMO);
    JsonNode model = json.readTree(pmo.get("/rest/lodestar/1.0/models").body()).get(0);
    String path = "/rest/lodestar/1.0/models/" + model.path("id").asLong();

    HttpResponse<String> same = pmo.json("PUT", path, model.toString(), true);

    assertThat(same.statusCode()).isEqualTo(200);
    assertThat(json.readTree(same.body()).path("version").asLong())
        .isEqualTo(model.path("version").asLong());
  }

  @Test
  void modelUpdate_shouldAnswer409_whenTheVersionIsStale() throws IOException {
    Visitor pmo = signedIn(DemoAccounts.PMO);
    JsonNode model = json.readTree(pmo.get("/rest/lodestar/1.0/models").body()).get(0);
    String path = "/rest/lodestar/1.0/models/" + model.path("id").asLong();
    ObjectNode renamed = ((ObjectNode) model).deepCopy();
    renamed.put("name", model.path("name").asText() + " (renamed)");
    assertThat(pmo.json("PUT", path, renamed.toString(), true).statusCode()).isEqualTo(200);

    HttpResponse<String> stale = pmo.json("PUT", path, model.toString(), true);

    assertThat(stale.statusCode()).isEqualTo(409);
    assertThat(((ObjectNode) json.readTree(stale.body())).path("status").asInt()).isEqualTo(409);
  }

  @Test
  void registerPage_shouldShowARiskTitleAsEscapedText_whenItHoldsMarkup() {
    HttpResponse<String> response =
        signedIn(DemoAccounts.MEMBER)
            .get("/plugins/servlet/lodestar/risk/register?project=" + DemoAccounts.PUBLIC_PROJECT);

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body())
        .contains("&lt;script&gt;alert(&#39;pwned&#39;)&lt;/script&gt; supplier risk")
        .doesNotContain("<script>alert(")
        .contains(
            "sandbox/aui/aui-prototyping.js",
            "/download/resources/io.lodestar.pmo.lodestar-jira-plugin:risk-register-resources/"
                + "lodestar-risk-register.js");
  }

  @Test
  void registerPage_shouldAnswer404_whenTheProjectIsHiddenFromTheUser() {
    HttpResponse<String> response =
        signedIn(DemoAccounts.RESTRICTED)
            .get("/plugins/servlet/lodestar/risk/register?project=MOBA");

    assertThat(response.statusCode()).isEqualTo(404);
  }

  @Test
  void registerPage_shouldSendToTheLoginPage_whenAnonymous() {
    HttpResponse<String> response =
        anonymous().get("/plugins/servlet/lodestar/risk/register?project=MOBA");

    assertThat(response.statusCode()).isEqualTo(302);
    assertThat(response.headers().firstValue("Location"))
        .hasValue("/login?next=%2Fplugins%2Fservlet%2Flodestar%2Frisk%2Fregister%3Fproject%3DMOBA");
  }

  @Test
  void adminPage_shouldAnswer403_whenTheUserIsATeamMember() {
    assertThat(signedIn(DemoAccounts.MEMBER).get("/plugins/servlet/lodestar/admin").statusCode())
        .isEqualTo(403);
  }

  @Test
  void adminPage_shouldRender_whenTheUserIsAPmoAdmin() {
    HttpResponse<String> response =
        signedIn(DemoAccounts.PMO).get("/plugins/servlet/lodestar/admin");

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).contains("id=\"lodestar-admin\"", "Pat PMO");
  }

  @Test
  void pluginResources_shouldBeServedAtJirasDownloadPath() {
    HttpResponse<String> response =
        anonymous()
            .get(
                "/download/resources/io.lodestar.pmo.lodestar-jira-plugin:risk-register-resources/"
                    + "lodestar-risk.css");

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type"))
        .hasValueSatisfying(t -> assertThat(t).startsWith("text/css"));
  }

  @Test
  void openApi_shouldListTheRegisterPath() throws IOException {
    HttpResponse<String> response = anonymous().get("/rest/lodestar/1.0/openapi.json");

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(json.readTree(response.body()).path("paths").has("/projects/{projectKey}/risks"))
        .isTrue();
  }

  @Test
  void openApi_shouldTypeTheRegisterParameters_withEnumsAndDescriptions() throws IOException {
    JsonNode list =
        json.readTree(anonymous().get("/rest/lodestar/1.0/openapi.json").body())
            .path("paths")
            .path("/projects/{projectKey}/risks")
            .path("get");
    Map<String, JsonNode> parameters = new HashMap<>();
    list.path("parameters").forEach(p -> parameters.put(p.path("name").asText(), p));

    assertThat(parameters.get("startAt").path("schema").path("type").asText()).isEqualTo("integer");
    assertThat(parameters.get("overdue").path("schema").path("type").asText()).isEqualTo("boolean");
    assertThat(parameters.get("sort").path("schema").path("enum").toString())
        .isEqualTo("[\"score\",\"key\",\"review_date\",\"title\"]");
    assertThat(parameters.get("order").path("schema").path("enum").toString())
        .isEqualTo("[\"asc\",\"desc\"]");
    assertThat(parameters.get("state").path("schema").path("enum").toString())
        .isEqualTo("[\"inherent\",\"residual\"]");
    assertThat(parameters.get("status").path("schema").path("items").path("enum").size())
        .isEqualTo(5);
    assertThat(parameters.get("band").path("description").asText()).contains("scoring model");
    assertThat(parameters.values())
        .allSatisfy(p -> assertThat(p.path("description").asText()).isNotBlank());
  }

  @Test
  void openApi_shouldListTheErrorResponses_withTheErrorBody() throws IOException {
    JsonNode paths =
        json.readTree(anonymous().get("/rest/lodestar/1.0/openapi.json").body()).path("paths");

    JsonNode list = paths.path("/projects/{projectKey}/risks").path("get").path("responses");
    JsonNode delete = paths.path("/models/{id}").path("delete").path("responses");
    JsonNode exposure =
        paths.path("/projects/{projectKey}/risks/exposure").path("post").path("responses");

    assertThat(list.has("400") && list.has("401") && list.has("404")).isTrue();
    assertThat(
            list.path("400")
                .path("content")
                .path("application/json")
                .path("schema")
                .path("$ref")
                .asText())
        .isEqualTo("#/components/schemas/Error");
    assertThat(delete.has("409") && delete.has("403")).isTrue();
    assertThat(exposure.has("503")).isTrue();
  }

  @Test
  void unknownPage_shouldAnswerALodestarPage404_namingNoServlet() {
    HttpResponse<String> response = anonymous().get("/no/such/page");

    assertThat(response.statusCode()).isEqualTo(404);
    assertThat(response.body())
        .contains(
            "id=\"sandbox-not-found\"", "<code>/no/such/page</code>", "id=\"not-found-landing\"")
        .doesNotContain("Servlet", "SERVLET", "Jetty");
  }

  @Test
  void unknownRestPath_shouldAnswerJson404() throws IOException {
    HttpResponse<String> response = anonymous().get("/rest/no-such-api");

    assertThat(response.statusCode()).isEqualTo(404);
    assertThat(response.headers().firstValue("Content-Type"))
        .hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
    JsonNode body = json.readTree(response.body());
    assertThat(body.path("status").asInt()).isEqualTo(404);
    assertThat(body.path("message").asText()).contains("/rest/no-such-api");
  }

  @Test
  void missingStaticFile_shouldAnswer404NamingNoServlet() {
    HttpResponse<String> response = anonymous().get("/sandbox/static/no-such.css");

    assertThat(response.statusCode()).isEqualTo(404);
    assertThat(response.body()).doesNotContain("SERVLET", "Servlet", "Powered by");
  }

  @Test
  void docs_shouldServeSwaggerUi() {
    Visitor visitor = anonymous();
    String page = visitor.get("/docs").body();

    assertThat(page).contains("swagger-ui-bundle.js", "/rest/lodestar/1.0/openapi.json");
    assertThat(visitor.get("/webjars/swagger-ui/5.18.2/swagger-ui-bundle.js").statusCode())
        .isEqualTo(200);
  }

  @Test
  void outbox_shouldAnswer403_whenTheUserIsNoPmoAdmin() {
    assertThat(signedIn(DemoAccounts.MEMBER).get("/outbox").statusCode()).isEqualTo(403);
  }

  @Test
  void outboxRunNow_shouldRunTheReminderAndShowItsMail_whenAPmoAdminPostsFromTheOutboxPage() {
    Visitor pmo = signedIn(DemoAccounts.PMO);

    HttpResponse<String> response = pmo.postForm("/outbox", "", pmo.origin());

    assertThat(response.statusCode()).isEqualTo(303);
    String location = response.headers().firstValue("Location").orElseThrow();
    assertThat(location).startsWith("/outbox?ran=1&");
    assertThat(pmo.get(location).body())
        .contains("id=\"outbox-last-run\"", "id=\"outbox-mails\"", "risk review(s) overdue");
  }

  @Test
  void outbox_shouldRenderEachMailInASandboxedFrameWithTheTimeToTheMinute() {
    Visitor pmo = signedIn(DemoAccounts.PMO);
    String location =
        pmo.postForm("/outbox", "", pmo.origin()).headers().firstValue("Location").orElseThrow();

    String page = pmo.get(location).body();

    assertThat(page)
        .contains("<iframe class=\"lodestar-sandbox-mail\" sandbox=\"\"", "srcdoc=\"&lt;")
        .doesNotContain("<pre class=\"lodestar-sandbox-mail\"");
    assertThat(page)
        .containsPattern(
            "<td class=\"outbox-queued\">\\d{1,2} \\w{3} \\d{4}, \\d{2}:\\d{2} UTC</td>");
  }

  @Test
  void outboxRunNow_shouldAcceptTheXsrfHeader_whenAScriptPosts() {
    HttpResponse<String> response = signedIn(DemoAccounts.PMO).json("POST", "/outbox", "", true);

    assertThat(response.statusCode()).isEqualTo(303);
  }

  @Test
  void outboxRunNow_shouldAnswer403_whenThePostComesFromAnotherSite() {
    HttpResponse<String> response =
        signedIn(DemoAccounts.PMO).postForm("/outbox", "", "http://evil.example");

    assertThat(response.statusCode()).isEqualTo(403);
    assertThat(response.headers().firstValue("Location")).isEmpty();
  }

  @Test
  void outboxRunNow_shouldAnswer403_whenTheUserIsNoPmoAdmin() {
    Visitor member = signedIn(DemoAccounts.MEMBER);

    assertThat(member.postForm("/outbox", "", member.origin()).statusCode()).isEqualTo(403);
  }

  @Test
  void outbox_shouldOfferToRunTheRemindersNow_whenAPmoAdminLooks() {
    assertThat(signedIn(DemoAccounts.PMO).get("/outbox").body())
        .contains("id=\"outbox-run-reminders\"", "method=\"post\"");
  }

  @Test
  void start_shouldFailWithPortInUse_whenThePortIsTaken() throws IOException {
    try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getByName("localhost"))) {
      SandboxConfig config =
          SandboxConfig.defaults().withPort(taken.getLocalPort()).withDataDirectory(data);

      assertThatThrownBy(() -> SandboxServer.start(config))
          .isInstanceOf(PortInUseException.class)
          .hasFieldOrPropertyWithValue("port", taken.getLocalPort());
    }
  }

  @Test
  void main_shouldPrintOneLineAndExit2_whenThePortIsTaken() throws IOException {
    try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getByName("localhost"))) {
      ByteArrayOutputStream err = new ByteArrayOutputStream();

      int code =
          SandboxMain.run(
              new String[] {
                "--port", String.valueOf(taken.getLocalPort()), "--data", data.toString()
              },
              new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
              new PrintStream(err, true, StandardCharsets.UTF_8));

      assertThat(code).isEqualTo(2);
      assertThat(err.toString(StandardCharsets.UTF_8).strip())
          .startsWith("lodestar-sandbox: port " + taken.getLocalPort() + " is already in use")
          .doesNotContain("\n")
          .doesNotContain("Exception");
    }
  }

  private static String register(String projectKey) {
    return "/rest/lodestar/1.0/projects/" + projectKey + "/risks";
  }
}
