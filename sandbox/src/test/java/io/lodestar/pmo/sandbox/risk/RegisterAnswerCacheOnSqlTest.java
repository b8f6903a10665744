package io.lodestar.pmo.sandbox.risk;

import static org.assertj.core.api.Assertions.assertThat;

import io.lodestar.pmo.engine.risk.port.RiskProjectSettings;
import io.lodestar.pmo.engine.risk.register.RegisterFilter;
import io.lodestar.pmo.engine.risk.register.RegisterSort;
import io.lodestar.pmo.engine.risk.service.ExposureLimits;
import io.lodestar.pmo.engine.risk.service.RegisterAnswerCache;
import io.lodestar.pmo.engine.risk.service.RegisterPage;
import io.lodestar.pmo.engine.risk.service.RegisterQuery;
import io.lodestar.pmo.engine.risk.service.RiskRegisterService;
import io.lodestar.pmo.engine.shared.Versioned;
import io.lodestar.pmo.sandbox.TestData;
import io.lodestar.pmo.sandbox.demo.DemoAccounts;
import io.lodestar.pmo.sandbox.demo.DemoData;
import io.lodestar.pmo.sandbox.demo.DemoFields;
import io.lodestar.pmo.sandbox.shared.host.ProjectAccess;
import io.lodestar.pmo.sandbox.shared.store.SandboxStore;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The register's remembered answers on the sandbox index: served again only while nothing they
 * depend on changed (an edit, a link written from either end, the settings or model, the viewer's
 * permissions), and never to a viewer of another visibility class; every answer equals a full
 * recomputation (the walking service).
 */
class RegisterAnswerCacheOnSqlTest {

  static final LocalDate TODAY = LocalDate.of(2025, 3, 10);

  static final RegisterQuery BY_KEY =
      new RegisterQuery(
          RegisterFilter.ALL,
          RegisterSort.of(RegisterSort.Field.KEY, RegisterSort.Direction.ASC),
          0,
          50);

  SandboxStore store;
  SqlRiskProjectSettingsStore settings;
  SqlAssessedRiskIndex index;
  RiskRegisterService walked;
  RiskRegisterService cached;
  List<String> projects;

  @BeforeEach
  void setUp() {
    store = TestData.newStore();
    DemoData.generate(store, 2_000, 42L, TODAY, 100);
    SqlRiskSource source = new SqlRiskSource(store);
    settings = new SqlRiskProjectSettingsStore(store);
    SqlScoringModelStore models = new SqlScoringModelStore(store);
    index = new SqlAssessedRiskIndex(store, source, settings, models);
    walked = new RiskRegisterService(source, settings, models, 200);
    cached = new RiskRegisterService(source, settings, models, 200, ExposureLimits.DEFAULT, index);
    projects =
        store.inTransaction(
            c -> {
              List<String> keys = new ArrayList<>();
              try (PreparedStatement ps =
                      c.prepareStatement("SELECT project_key FROM project ORDER BY id");
                  ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                  keys.add(rs.getString(1));
                }
              }
              return keys;
            });
    index.rebuildNow(projects);
  }

  @AfterEach
  void tearDown() {
    index.close();
    store.close();
  }

  @Test
  void page_shouldBeServedFromTheCache_whenNothingChanged() {
    String project = projects.get(0);
    RegisterPage first = cached.page("member", project, BY_KEY).orElseThrow();
    long rows = index.rowsRead();
    RegisterAnswerCache.Stats before = cached.answerStats();

    RegisterPage again = cached.page("member", project, BY_KEY).orElseThrow();

    assertThat(again)
        .isEqualTo(first)
        .isEqualTo(walked.page("member", project, BY_KEY).orElseThrow());
    assertThat(cached.answerStats().hits()).isEqualTo(before.hits() + 1);
    assertThat(index.rowsRead()).as("no index rows read for a remembered page").isEqualTo(rows);
  }

  @Test
  void answers_shouldFollowAnEdit_throughTheWriteHook() {
    String project = projects.get(0);
    RegisterPage before = cached.page("member", project, BY_KEY).orElseThrow();
    cached.summary("member", List.of(project), TODAY, 10);
    cached.heatMap("member", project);
    String riskKey = before.window().rows().get(0).risk().issueKey();

    store.inTransaction(
        c -> {
          long id = SqlAssessedRiskIndexTest.issueId(c, riskKey);
          SqlAssessedRiskIndexTest.update(
              c, "UPDATE issue SET summary = ? WHERE id = ?", id, "Edited while remembered");
          SqlAssessedRiskIndexTest.update(
              c, "UPDATE issue SET status_category = ? WHERE id = ?", id, "done");
          RiskIndexJournal.issueWritten(c, id);
          return null;
        });

    RegisterPage after = cached.page("member", project, BY_KEY).orElseThrow();
    assertThat(after).isEqualTo(walked.page("member", project, BY_KEY).orElseThrow());
    assertThat(after.window().rows().get(0).risk().risk().title())
        .isEqualTo("Edited while remembered");
    assertThat(cached.summary("member", List.of(project), TODAY, 10))
        .isEqualTo(walked.summary("member", List.of(project), TODAY, 10));
    assertThat(cached.heatMap("member", project)).isEqualTo(walked.heatMap("member", project));
  }

  @Test
  void page_shouldFollowAMitigationLink_writtenWithTheMitigationIssue() {
    // given a remembered page, and a non-risk issue of another project not linked to its first risk
    String project = projects.get(0);
    RegisterPage before = cached.page("member", project, BY_KEY).orElseThrow();
    String riskKey = before.window().rows().get(0).risk().issueKey();
    String other = nonRiskKeyOf(projects.get(1));

    // when the other issue is written with a link to the risk (only the other issue is written)
    store.inTransaction(
        c -> {
          link(c, other, riskKey);
          RiskIndexJournal.issueWritten(c, SqlAssessedRiskIndexTest.issueId(c, other));
          return null;
        });

    // then the risk's row shows the new mitigation, as a full recomputation does
    RegisterPage after = cached.page("member", project, BY_KEY).orElseThrow();
    assertThat(after).isEqualTo(walked.page("member", project, BY_KEY).orElseThrow());
    assertThat(after.window().rows().get(0).risk().risk().mitigationKeys()).contains(other);
  }

  @Test
  void answers_shouldFollowASettingsChange_afterTheRebuild() {
    String project = projects.get(0);
    cached.page("member", project, BY_KEY);
    cached.summary("member", List.of(project), TODAY, 10);
    Versioned<RiskProjectSettings> current = settings.find(project).orElseThrow();
    settings.save(
        project,
        RiskProjectSettings.of(current.value().modelId(), DemoFields.mapping(), "low"),
        current.version());

    // while the index is rebuilt the service walks; after it, the index answers again
    assertThat(cached.summary("member", List.of(project), TODAY, 10))
        .isEqualTo(walked.summary("member", List.of(project), TODAY, 10));
    index.rebuildNow(List.of(project));
    assertThat(cached.summary("member", List.of(project), TODAY, 10))
        .isEqualTo(walked.summary("member", List.of(project), TODAY, 10));
    assertThat(cached.page("member", project, BY_KEY))
        .isEqualTo(walked.page("member", project, BY_KEY));
  }

  @Test
  void aViewerWhoSeesLess_shouldNeverGetTheAnswerRememberedForAnother() {
    // given a project the restricted user browses, whose first risk is linked to an issue of a
    // project only the member browses
    String shared = project(DemoAccounts.RESTRICTED, true);
    String memberOnly = project(DemoAccounts.RESTRICTED, false);
    String riskKey =
        cached
            .page("member", shared, BY_KEY)
            .orElseThrow()
            .window()
            .rows()
            .get(0)
            .risk()
            .issueKey();
    String other = nonRiskKeyOf(memberOnly);
    store.inTransaction(
        c -> {
          link(c, riskKey, other);
          RiskIndexJournal.issueWritten(c, SqlAssessedRiskIndexTest.issueId(c, riskKey));
          return null;
        });

    // when the member's page is remembered first, then the restricted user asks
    RegisterPage member = cached.page("member", shared, BY_KEY).orElseThrow();
    RegisterPage restricted = cached.page(DemoAccounts.RESTRICTED, shared, BY_KEY).orElseThrow();

    // then each got their own answer: the restricted user never sees the member's mitigation
    assertThat(member.window().rows().get(0).risk().risk().mitigationKeys()).contains(other);
    assertThat(restricted.window().rows().get(0).risk().risk().mitigationKeys())
        .doesNotContain(other);
    assertThat(restricted)
        .isEqualTo(walked.page(DemoAccounts.RESTRICTED, shared, BY_KEY).orElseThrow());

    // and when the member loses the other project (no issue written), the member's page follows
    store.inTransaction(
        c -> {
          try (PreparedStatement ps =
              c.prepareStatement(
                  "DELETE FROM project_permission WHERE project_id = (SELECT id FROM project WHERE"
                      + " project_key = ?)")) {
            ps.setString(1, memberOnly);
            ps.executeUpdate();
          }
          return null;
        });
    RegisterPage afterRevoke = cached.page("member", shared, BY_KEY).orElseThrow();
    assertThat(afterRevoke.window().rows().get(0).risk().risk().mitigationKeys())
        .doesNotContain(other);
    assertThat(afterRevoke).isEqualTo(walked.page("member", shared, BY_KEY).orElseThrow());
  }

  @Test
  void theCache_shouldHoldAtMostItsCapacity_droppingTheLeastRecentlyUsed() {
    RegisterAnswerCache cache = new RegisterAnswerCache(2);
    RegisterAnswerCache.Key a = new RegisterAnswerCache.Key("page", "P", "v1", 1);
    RegisterAnswerCache.Key b = new RegisterAnswerCache.Key("page", "P", "v1", 2);
    RegisterAnswerCache.Key c = new RegisterAnswerCache.Key("page", "P", "v1", 3);
    cache.put(a, "A");
    cache.put(b, "B");
    assertThat(cache.find(a, String.class)).contains("A");

    cache.put(c, "C");

    assertThat(cache.stats().size()).isEqualTo(2);
    assertThat(cache.find(b, String.class)).isEmpty();
    assertThat(cache.find(a, String.class)).contains("A");
    assertThat(cache.find(new RegisterAnswerCache.Key("page", "P", "v2", 1), String.class))
        .isEmpty();
  }

  /** A project the user may browse ({@code browses}) or may not, that the member browses. */
  String project(String user, boolean browses) {
    return store.inTransaction(
        c -> {
          for (String key : projects) {
            long id = projectId(c, key);
            if (ProjectAccess.holds(c, user, id, ProjectAccess.BROWSE) == browses
                && ProjectAccess.holds(c, "member", id, ProjectAccess.BROWSE)
                && hasRisks(c, id)) {
              return key;
            }
          }
          throw new IllegalStateException("no such project for " + user);
        });
  }

  static long projectId(Connection c, String key) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement("SELECT id FROM project WHERE project_key = ?")) {
      ps.setString(1, key);
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    }
  }

  static boolean hasRisks(Connection c, long projectId) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT COUNT(*) FROM issue WHERE project_id = ? AND issue_type_id = ? AND"
                + " issue_number > 2")) {
      ps.setLong(1, projectId);
      ps.setString(2, DemoFields.RISK);
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        return rs.getLong(1) > 0;
      }
    }
  }

  String nonRiskKeyOf(String project) {
    return store.inTransaction(
        c -> {
          try (PreparedStatement ps =
              c.prepareStatement(
                  "SELECT i.issue_key FROM issue i JOIN project p ON p.id = i.project_id WHERE"
                      + " p.project_key = ? AND i.issue_type_id <> ? ORDER BY i.id LIMIT 1")) {
            ps.setString(1, project);
            ps.setString(2, DemoFields.RISK);
            try (ResultSet rs = ps.executeQuery()) {
              rs.next();
              return rs.getString(1);
            }
          }
        });
  }

  static void link(Connection c, String source, String destination) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "INSERT INTO issue_link (link_type, source_key, destination_key) VALUES ('Mitigates',"
                + " ?, ?)")) {
      ps.setString(1, source);
      ps.setString(2, destination);
      ps.executeUpdate();
    }
  }
}
