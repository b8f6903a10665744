package io.lodestar.pmo.sandbox.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lodestar.pmo.app.shared.host.HostUser;
import io.lodestar.pmo.app.shared.host.ProjectRef;
import io.lodestar.pmo.app.shared.security.PmoAdminGroupService;
import io.lodestar.pmo.engine.risk.mapping.RiskRecordMapper;
import io.lodestar.pmo.engine.risk.port.RiskRecordPage;
import io.lodestar.pmo.engine.risk.scoring.ScoringModel;
import io.lodestar.pmo.sandbox.TestData;
import io.lodestar.pmo.sandbox.risk.SqlRiskProjectSettingsStore;
import io.lodestar.pmo.sandbox.risk.SqlRiskSource;
import io.lodestar.pmo.sandbox.risk.SqlScoringModelStore;
import io.lodestar.pmo.sandbox.shared.host.PasswordHasher;
import io.lodestar.pmo.sandbox.shared.host.SandboxUsers;
import io.lodestar.pmo.sandbox.shared.host.SqlAuditLog;
import io.lodestar.pmo.sandbox.shared.host.SqlProjectDirectory;
import io.lodestar.pmo.sandbox.shared.host.SqlSettingRows;
import io.lodestar.pmo.sandbox.shared.store.SandboxStore;
import java.security.MessageDigest;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HexFormat;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class DemoDataTest {

  private static final LocalDate TODAY = LocalDate.of(2025, 3, 1);
  private static final int ISSUES = 2_000;

  private static SandboxStore store;
  private static DemoData.Summary summary;

  @BeforeAll
  static void generate() {
    store = TestData.newStore();
    summary = DemoData.generate(store, ISSUES, 42L, TODAY);
  }

  @AfterAll
  static void close() {
    store.close();
  }

  @Test
  void generate_shouldCreateTheRequestedNumberOfIssuesAndTheFixedStructure() {
    assertThat(summary.issues()).isEqualTo(ISSUES);
    assertThat(summary.projects()).isEqualTo(40);
    assertThat(summary.people()).isEqualTo(DemoData.PEOPLE + DemoAccounts.ALL.size());
    assertThat(count("SELECT COUNT(*) FROM issue")).isEqualTo(ISSUES);
    assertThat(count("SELECT COUNT(DISTINCT portfolio) FROM project")).isEqualTo(3);
    assertThat(count("SELECT COUNT(DISTINCT program) FROM project")).isEqualTo(8);
    assertThat(summary.risks()).isPositive();
    assertThat(summary.worklogs()).isPositive();
    assertThat(summary.links()).isPositive();
  }

  @Test
  void generate_shouldConfigureTwoPortfoliosInTwoCurrencies_withProfilesObjectivesAndRates() {
    assertThat(count("SELECT COUNT(*) FROM portfolio_node WHERE kind = 'PORTFOLIO'")).isEqualTo(2);
    assertThat(count("SELECT COUNT(*) FROM portfolio_node WHERE kind = 'PROGRAM'")).isEqualTo(6);
    assertThat(count("SELECT COUNT(DISTINCT currency) FROM portfolio_node")).isEqualTo(2);
    assertThat(count("SELECT COUNT(*) FROM portfolio_scope WHERE scope_kind = 'PROJECT'"))
        .isEqualTo(30);
    assertThat(count("SELECT COUNT(*) FROM project_profile WHERE budget > 0")).isEqualTo(30);
    // the Digital portfolio (EUR) holds one project budgeted in USD
    assertThat(
            count(
                "SELECT COUNT(*) FROM project_profile f JOIN project p ON p.id = f.project_id"
                    + " WHERE p.portfolio = 'Digital' AND f.currency = 'USD'"))
        .isEqualTo(1);
    assertThat(count("SELECT COUNT(*) FROM strategic_objective")).isEqualTo(5);
    assertThat(
            count(
                "SELECT COUNT(*) FROM strategic_objective o WHERE NOT EXISTS (SELECT 1 FROM"
                    + " objective_link l WHERE l.objective_id = o.id)"))
        .isEqualTo(1);
    assertThat(count("SELECT COUNT(DISTINCT currency) FROM cost_rate")).isEqualTo(2);
  }

  @Test
  void generate_shouldGiveTheSameData_forTheSameSeed() throws Exception {
    try (SandboxStore again = TestData.newStore()) {
      DemoData.generate(again, ISSUES, 42L, TODAY);

      assertThat(digest(again)).isEqualTo(digest(store));
    }
  }

  @Test
  void generate_shouldGiveOtherData_forAnotherSeed() throws Exception {
    try (SandboxStore other = TestData.newStore()) {
      DemoData.generate(other, ISSUES, 43L, TODAY);

      assertThat(digest(other)).isNotEqualTo(digest(store));
    }
  }

  @Test
  void generate_shouldGiveEveryProjectARisk_atAThousandIssues() {
    try (SandboxStore small = TestData.newStore()) {
      DemoData.generate(small, 1_000, 42L, TODAY);

      assertThat(projectsWithoutRisks(small)).isZero();
      assertThat(count(small, "SELECT COUNT(*) FROM project")).isEqualTo(40);
    }
  }

  @Test
  void generate_shouldGiveEveryProjectARisk_atTheSmallestSize() {
    try (SandboxStore smallest = TestData.newStore()) {
      DemoData.generate(smallest, 40, 7L, TODAY);

      assertThat(projectsWithoutRisks(smallest)).isZero();
    }
  }

  @Test
  void generate_shouldRefuseAStoreThatHoldsProjects() {
    assertThatThrownBy(() -> DemoData.generate(store, ISSUES, 42L, TODAY))
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void generate_shouldConfigureTheRiskRegisterSoThatRisksAreRated() {
    SqlRiskProjectSettingsStore settings = new SqlRiskProjectSettingsStore(store);
    var effective = settings.effective("MOBA").orElseThrow();
    ScoringModel model = new SqlScoringModelStore(store).find(effective.modelId()).orElseThrow();

    RiskRecordPage page =
        new SqlRiskSource(store).page(DemoAccounts.PMO, "MOBA", effective.mapping(), 0, 100);

    assertThat(page.records()).isNotEmpty();
    assertThat(page.records())
        .allSatisfy(
            r ->
                assertThat(RiskRecordMapper.map(r, effective.mapping(), model).problems())
                    .isEmpty());
    assertThat(page.records())
        .anySatisfy(
            r ->
                assertThat(RiskRecordMapper.map(r, effective.mapping(), model).risk().reviewDate())
                    .isBefore(TODAY));
  }

  @Test
  void generate_shouldGiveTheRestrictedAccountOnlyTheWebProjectsAndThePublicOne() {
    HostUser restricted = new HostUser(DemoAccounts.RESTRICTED, "r", "R", null);

    assertThat(new SqlProjectDirectory(store).browsableBy(restricted))
        .extracting(ProjectRef::key)
        .containsExactly("SECA", "WEBA", "WEBB", "WEBC", "WEBD", "WEBE");
  }

  @Test
  void generate_shouldCreateDemoAccountsWithTheDemoPassword_andThePmoGroup() {
    SandboxUsers users = new SandboxUsers(store, new PasswordHasher());

    assertThat(users.authenticate(DemoAccounts.PMO, DemoAccounts.PASSWORD)).isPresent();
    assertThat(
            new PmoAdminGroupService(
                    new SqlSettingRows(store), new SqlAuditLog(store), Clock.systemUTC())
                .pmoAdminGroup())
        .contains(DemoData.PMO_GROUP);
  }

  private static int projectsWithoutRisks(SandboxStore s) {
    return count(
        s,
        "SELECT COUNT(*) FROM project p WHERE NOT EXISTS (SELECT 1 FROM issue i"
            + " WHERE i.project_id = p.id AND i.issue_type_id = '"
            + DemoFields.RISK
            + "')");
  }

  private static int count(String sql) {
    return count(store, sql);
  }

  private static int count(SandboxStore target, String sql) {
    return target.inTransaction(
        c -> {
          try (Statement s = c.createStatement();
              ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getInt(1);
          }
        });
  }

  /** A digest of every generated row (passwords are salted, so app_user is left out). */
  private static String digest(SandboxStore s) throws Exception {
    MessageDigest md = MessageDigest.getInstance("SHA-256");
    String[] queries = {
      "SELECT * FROM project ORDER BY id",
      "SELECT * FROM project_permission ORDER BY id",
      "SELECT * FROM issue ORDER BY id",
      "SELECT * FROM issue_field_value ORDER BY issue_id, field_id",
      "SELECT * FROM issue_link ORDER BY id",
      "SELECT * FROM worklog ORDER BY id",
      "SELECT user_key, display_name FROM app_user ORDER BY user_key"
    };
    s.inTransaction(
        c -> {
          for (String q : queries) {
            try (Statement st = c.createStatement();
                ResultSet rs = st.executeQuery(q)) {
              ResultSetMetaData meta = rs.getMetaData();
              while (rs.next()) {
                for (int i = 1; i <= meta.getColumnCount(); i++) {
                  md.update(String.valueOf(rs.getObject(i)).getBytes());
                  md.update((byte) 0);
                }
              }
            }
          }
          return null;
        });
    return HexFormat.of().formatHex(md.digest());
  }

  @Test
  void generate_shouldWriteAYearOfWeeklySnapshotsEndingAWeekAgo_withEvNeverAboveBac() {
    // the generated history of one demo project
    io.lodestar.pmo.sandbox.portfolio.SqlSnapshotStore snapshots =
        new io.lodestar.pmo.sandbox.portfolio.SqlSnapshotStore(store);
    io.lodestar.pmo.engine.portfolio.snapshot.SnapshotNode moba =
        io.lodestar.pmo.engine.portfolio.snapshot.SnapshotNode.project("MOBA");
    java.util.List<LocalDate> dates = snapshots.dates(moba);

    assertThat(dates).isNotEmpty().hasSizeLessThanOrEqualTo(DemoSnapshots.WEEKS);
    assertThat(dates.get(dates.size() - 1)).isEqualTo(TODAY.minusWeeks(1));
    var series =
        snapshots.series(
            moba, snapshots.latestCurrency(moba).orElseThrow(), TODAY.minusYears(2), TODAY);
    java.math.BigDecimal previousEv = java.math.BigDecimal.ZERO;
    for (var s : series.snapshots()) {
      assertThat(s.ev()).isLessThanOrEqualTo(s.bac()).isGreaterThanOrEqualTo(previousEv);
      previousEv = s.ev();
    }
    // programs and portfolios have history too, ending the same week
    java.util.List<LocalDate> digital =
        snapshots.dates(
            new io.lodestar.pmo.engine.portfolio.snapshot.SnapshotNode(
                io.lodestar.pmo.engine.portfolio.snapshot.SnapshotNode.Kind.PORTFOLIO, "DIGITAL"));
    assertThat(digital).isNotEmpty().last().isEqualTo(TODAY.minusWeeks(1));
  }

  @Test
  void resolvedThroughput_shouldCountTheDemosResolvedIssuesByDay_inOneQuery() {
    io.lodestar.pmo.sandbox.portfolio.SqlResolvedThroughput target =
        new io.lodestar.pmo.sandbox.portfolio.SqlResolvedThroughput(store);
    long total = 0;
    for (String key : java.util.List.of("MOBA", "MOBB", "WEBA", "WEBB")) {
      total +=
          target.resolvedPerDay(key, TODAY.minusWeeks(12), TODAY.minusDays(1)).values().stream()
              .mapToInt(Integer::intValue)
              .sum();
    }
    long expected =
        store.inTransaction(
            c -> {
              try (Statement st = c.createStatement();
                  ResultSet rs =
                      st.executeQuery(
                          "SELECT COUNT(*) FROM issue i JOIN project p ON p.id = i.project_id"
                              + " WHERE p.project_key IN ('MOBA', 'MOBB', 'WEBA', 'WEBB') AND"
                              + " i.resolution_date >= TIMESTAMP WITH TIME ZONE '"
                              + TODAY.minusWeeks(12)
                              + " 00:00:00+00' AND i.resolution_date < TIMESTAMP WITH TIME ZONE '"
                              + TODAY
                              + " 00:00:00+00'")) {
                rs.next();
                return rs.getLong(1);
              }
            });
    assertThat(expected).isPositive();
    assertThat(total).isEqualTo(expected);
  }
}
