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

  @Test
  void demoHealth_shouldBeComputedOnTrackAtRiskAndOffTrack_notOneColourForAll() throws Exception {
    Visitor admin = signedIn(DemoAccounts.ADMIN);
    java.util.Set<String> computed = new java.util.HashSet<>();
    for (String program :
        java.util.List.of(
            "MOBILE",
            "WEB",
            "DATA_PLATFORM",
            "SUPPLY_CHAIN",
            "FINANCE_SYSTEMS",
            "PEOPLE_SYSTEMS")) {
      JsonNode o =
          JSON.readTree(admin.get("/rest/lodestar/1.0/portfolios/" + program + "/overview").body());
      for (JsonNode child : o.path("children")) {
        computed.add(child.path("health").path("computed").asText());
      }
    }

    assertThat(computed).contains("GREEN", "AMBER", "RED");
  }

  @Test
  void overviewCsv_shouldListTheBrowsableChildren_andCountTheHiddenProjectsInAHeader()
      throws Exception {
    HttpResponse<String> csv =
        signedIn(DemoAccounts.RESTRICTED)
            .get("/rest/lodestar/1.0/portfolios/DIGITAL/export/overview.csv");

    assertThat(csv.statusCode()).isEqualTo(200);
    assertThat(csv.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
    assertThat(csv.headers().firstValue("X-Lodestar-Hidden-Count")).contains("10");
    java.util.List<org.apache.commons.csv.CSVRecord> rows =
        org.apache.commons.csv.CSVFormat.DEFAULT
            .parse(new java.io.StringReader(csv.body()))
            .getRecords();
    assertThat(rows.get(0).get(0)).isEqualTo("Kind");
    // the restricted user browses the Web program's projects only
    assertThat(rows.subList(1, rows.size()))
        .extracting(r -> r.get(1))
        .contains("WEB")
        .doesNotContain("MOBILE", "DATA_PLATFORM", "MOBA", "DATA");
    JsonNode overview =
        JSON.readTree(
            signedIn(DemoAccounts.RESTRICTED)
                .get("/rest/lodestar/1.0/portfolios/DIGITAL/overview")
                .body());
    assertThat(csv.headers().firstValue("X-Lodestar-Hidden-Items"))
        .contains(overview.path("total").path("hidden").asText());
  }

  @Test
  void epicsXlsx_shouldHoldEveryEpicRowOfTheProject_withNumbersAsNumbers() throws Exception {
    Visitor admin = signedIn(DemoAccounts.ADMIN);
    HttpResponse<byte[]> xlsx =
        admin.getBytes("/rest/lodestar/1.0/projects/WEBA/export/epics.xlsx");

    assertThat(xlsx.statusCode()).isEqualTo(200);
    try (org.apache.poi.xssf.usermodel.XSSFWorkbook book =
        new org.apache.poi.xssf.usermodel.XSSFWorkbook(
            new java.io.ByteArrayInputStream(xlsx.body()))) {
      org.apache.poi.ss.usermodel.Sheet sheet = book.getSheetAt(0);
      assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Key");
      assertThat(sheet.getLastRowNum()).isPositive();
      assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).startsWith("WEBA-");
      assertThat(sheet.getRow(1).getCell(2).getNumericCellValue()).isPositive();
      for (int i = 1; i <= sheet.getLastRowNum(); i++) {
        assertThat(sheet.getRow(i).getCell(0).getStringCellValue()).startsWith("WEBA-");
      }
      assertThat(book.getSheetAt(1).getRow(0).getCell(1).getStringCellValue()).isEqualTo("WEBA");
    }
  }

  @Test
  void exports_shouldRefuseAnUnknownFormat_namingIt_andHideWhatTheViewerMayNotBrowse()
      throws Exception {
    Visitor restricted = signedIn(DemoAccounts.RESTRICTED);

    HttpResponse<String> pdf =
        restricted.get("/rest/lodestar/1.0/portfolios/DIGITAL/export/overview.pdf");
    assertThat(pdf.statusCode()).isEqualTo(400);
    assertThat(JSON.readTree(pdf.body()).path("errors").get(0).path("field").asText())
        .isEqualTo("format");
    assertThat(restricted.get("/rest/lodestar/1.0/projects/MOBA/export/epics.csv").statusCode())
        .isEqualTo(404);
    assertThat(
            restricted
                .get("/rest/lodestar/1.0/portfolios/DIGITAL/export/snapshots.csv")
                .statusCode())
        .isEqualTo(403);
    assertThat(
            restricted
                .get("/rest/lodestar/1.0/portfolios/OPERATIONS/export/overview.csv")
                .statusCode())
        .isEqualTo(404);
  }

  @Test
  void snapshotsCsv_shouldHoldTheYearOfWeeklySnapshots_asTheJsonRead() throws Exception {
    Visitor admin = signedIn(DemoAccounts.ADMIN);

    HttpResponse<String> csv = admin.get("/rest/lodestar/1.0/projects/WEBA/export/snapshots.csv");
    JsonNode json =
        JSON.readTree(
            admin.get("/rest/lodestar/1.0/projects/WEBA/snapshots?maxResults=200").body());

    assertThat(csv.statusCode()).isEqualTo(200);
    java.util.List<org.apache.commons.csv.CSVRecord> rows =
        org.apache.commons.csv.CSVFormat.DEFAULT
            .parse(new java.io.StringReader(csv.body()))
            .getRecords();
    assertThat(rows).hasSize(1 + json.path("total").asInt());
    assertThat(rows.get(1).get(0)).isEqualTo(json.path("snapshots").get(0).path("date").asText());
    assertThat(new java.math.BigDecimal(rows.get(1).get(3)))
        .isEqualByComparingTo(json.path("snapshots").get(0).path("pv").decimalValue());
  }

  private Visitor signedIn(String username) {
    Visitor visitor = new Visitor(target.uri());
    assertThat(visitor.login(username, DemoAccounts.PASSWORD).statusCode()).isEqualTo(303);
    return visitor;
  }
}
