package io.lodestar.pmo.sandbox.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lodestar.pmo.engine.risk.RiskState;
import io.lodestar.pmo.engine.risk.mapping.RawRiskRecord;
import io.lodestar.pmo.engine.risk.mapping.RiskFieldMapping;
import io.lodestar.pmo.engine.risk.port.AssessedRiskIndex;
import io.lodestar.pmo.engine.risk.port.RiskProjectSettings;
import io.lodestar.pmo.engine.risk.port.RiskRecordPage;
import io.lodestar.pmo.engine.risk.port.RiskSource;
import io.lodestar.pmo.engine.risk.register.CellCriterion;
import io.lodestar.pmo.engine.risk.register.RegisterFilter;
import io.lodestar.pmo.engine.risk.register.RegisterSort;
import io.lodestar.pmo.engine.risk.service.ExposureLimits;
import io.lodestar.pmo.engine.risk.service.RegisterPage;
import io.lodestar.pmo.engine.risk.service.RegisterQuery;
import io.lodestar.pmo.engine.risk.service.RiskRegisterService;
import io.lodestar.pmo.engine.shared.Versioned;
import io.lodestar.pmo.sandbox.TestData;
import io.lodestar.pmo.sandbox.demo.DemoData;
import io.lodestar.pmo.sandbox.demo.DemoFields;
import io.lodestar.pmo.sandbox.shared.store.SandboxStore;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The maintained index answers exactly what a full recomputation (the walking service) answers:
 * after its build, after random issue edits through the write hook, and after a settings change
 * (rebuild); and a page reads O(page) of its rows.
 */
class SqlAssessedRiskIndexTest {

  static final LocalDate TODAY = LocalDate.of(2025, 3, 10);
  static final String[] VIEWERS = {null, "member", "restricted", "nobody-known"};

  SandboxStore store;
  SqlRiskSource source;
  SqlRiskProjectSettingsStore settings;
  SqlScoringModelStore models;
  SqlAssessedRiskIndex index;
  RiskRegisterService walked;
  RiskRegisterService indexed;
  List<String> projects;

  @BeforeEach
  void setUp() {
    store = TestData.newStore();
    DemoData.generate(store, 2_000, 42L, TODAY, 300);
    source = new SqlRiskSource(store);
    settings = new SqlRiskProjectSettingsStore(store);
    models = new SqlScoringModelStore(store);
    index = new SqlAssessedRiskIndex(store, source, settings, models);
    walked = new RiskRegisterService(source, settings, models, 200);
    indexed = new RiskRegisterService(source, settings, models, 200, ExposureLimits.DEFAULT, index);
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
  }

  @AfterEach
  void tearDown() {
    index.close();
    store.close();
  }

  static List<RegisterQuery> queries() {
    List<RegisterQuery> queries = new ArrayList<>();
    List<RegisterFilter> filters =
        List.of(
            RegisterFilter.ALL,
            RegisterFilter.activeOnly(),
            RegisterFilter.ALL.withBand("high"),
            RegisterFilter.ALL.overdueAsOf(TODAY),
            RegisterFilter.ALL.withOwner("person07"),
            RegisterFilter.ALL.inCell(CellCriterion.of(RiskState.INHERENT, 3, 3)),
            RegisterFilter.activeOnly().inCell(CellCriterion.of(RiskState.RESIDUAL, 2, 2)));
    // every order unfiltered, every filter in two orders (the engine tests combine them all)
    for (RegisterSort.Field field : RegisterSort.Field.values()) {
      for (RegisterSort.Direction direction : RegisterSort.Direction.values()) {
        queries.add(
            new RegisterQuery(RegisterFilter.ALL, RegisterSort.of(field, direction), 0, 50));
      }
    }
    for (RegisterFilter filter : filters.subList(1, filters.size())) {
      queries.add(new RegisterQuery(filter, RegisterSort.DEFAULT, 0, 50));
      queries.add(
          new RegisterQuery(
              filter,
              RegisterSort.of(RegisterSort.Field.TITLE, RegisterSort.Direction.DESC),
              3,
              20));
    }
    queries.add(new RegisterQuery(RegisterFilter.ALL, RegisterSort.DEFAULT, 130, 25));
    return queries;
  }

  void assertIndexedEqualsWalked(List<String> keys) {
    assertIndexedEqualsWalked(keys, queries());
  }

  void assertIndexedEqualsWalked(List<String> keys, List<RegisterQuery> queries) {
    for (String project : keys) {
      assertThat(index.progress(project, stamp(project)).consistent()).as(project).isTrue();
      for (String viewer : VIEWERS) {
        // every query as the system and a member; the default page as the others
        boolean all = viewer == null || viewer.equals("member");
        for (RegisterQuery query : all ? queries : queries.subList(0, 1)) {
          assertThat(indexed.page(viewer, project, query))
              .as("%s as %s: %s", project, viewer, query)
              .isEqualTo(walked.page(viewer, project, query));
        }
        assertThat(indexed.heatMap(viewer, project))
            .as("heat map of %s as %s", project, viewer)
            .isEqualTo(walked.heatMap(viewer, project));
      }
    }
    for (String viewer : VIEWERS) {
      assertThat(indexed.summary(viewer, keys, TODAY, 10))
          .as("summary as %s", viewer)
          .isEqualTo(walked.summary(viewer, keys, TODAY, 10));
    }
  }

  String stamp(String project) {
    return io.lodestar.pmo.engine.risk.service.AssessmentStamp.of(
        walked.scope(project).orElseThrow());
  }

  @Test
  void answers_shouldEqualAFullRecomputation_afterTheBuild() {
    index.rebuildNow(projects);

    assertIndexedEqualsWalked(List.of(projects.get(0), projects.get(1), projects.get(7)));
    assertIndexedEqualsWalked(projects, List.of(RegisterQuery.firstPage(20)));
  }

  @Test
  void answers_shouldEqualAFullRecomputation_afterRandomEditsThroughTheWriteHook() {
    index.rebuildNow(projects);
    Random random = new Random(7);
    List<Long> risks = riskIds(projects.get(0));
    for (int round = 0; round < 2; round++) {
      store.inTransaction(
          c -> {
            for (int n = 0; n < 40; n++) {
              long id = risks.get(random.nextInt(risks.size()));
              edit(c, id, random);
              RiskIndexJournal.issueWritten(c, id);
            }
            return null;
          });
      assertIndexedEqualsWalked(List.of(projects.get(0)));
    }
    assertIndexedEqualsWalked(projects, List.of(RegisterQuery.firstPage(20)));
  }

  @Test
  void answers_shouldFallBackAndReportProgress_untilTheRebuildAfterASettingsChange() {
    index.rebuildNow(projects);
    String project = projects.get(0);
    Versioned<RiskProjectSettings> current = settings.find(project).orElseThrow();
    settings.save(
        project,
        RiskProjectSettings.of(current.value().modelId(), DemoFields.mapping(), "low"),
        current.version());
    String stamp = stamp(project);

    // the index is stale for the new stamp: no answers, progress below 100 %, the walk answers
    assertThat(index.window(null, project, stamp, RegisterFilter.ALL, RegisterSort.DEFAULT, 0, 5))
        .isEmpty();
    AssessedRiskIndex.Progress progress = index.progress(project, stamp);
    assertThat(progress.consistent()).isFalse();
    assertThat(progress.percent()).isLessThan(100);
    assertThat(indexed.summary("member", List.of(project), TODAY, 5))
        .isEqualTo(walked.summary("member", List.of(project), TODAY, 5));

    index.rebuildNow(List.of(project));

    assertThat(index.progress(project, stamp).consistent()).isTrue();
    assertIndexedEqualsWalked(List.of(project));
  }

  @Test
  void page_shouldReadOnlyThePagesRowsOfTheIndex_whateverTheProjectsSize() {
    index.rebuildNow(projects);
    String large = projects.get(0);
    String small = projects.get(1);
    assertThat(riskIds(large).size()).isGreaterThan(300);

    long before = index.rowsRead();
    indexed.page("member", large, RegisterQuery.firstPage(50)).orElseThrow();
    long largeRows = index.rowsRead() - before;
    before = index.rowsRead();
    indexed.page("member", small, RegisterQuery.firstPage(50)).orElseThrow();
    long smallRows = index.rowsRead() - before;
    before = index.rowsRead();
    indexed.heatMap("member", large).orElseThrow();
    long heatRows = index.rowsRead() - before;

    // 50 keys plus the status tally rows (at most one per status)
    assertThat(largeRows).isBetween(50L, 50L + 6);
    assertThat(smallRows).isLessThanOrEqualTo(50L + 6);
    // cells of both maps, unrated buckets and statuses: bounded by the matrix, not the risks
    assertThat(heatRows).isLessThanOrEqualTo(2L * 26 + 6);
  }

  /** A source that refuses every read: what is answered with it came from the index alone. */
  static final RiskSource REFUSING =
      new RiskSource() {
        @Override
        public RiskRecordPage page(
            String viewerKey,
            String projectKey,
            RiskFieldMapping mapping,
            int startAt,
            int maxResults) {
          throw new AssertionError("the source was read: page of " + projectKey);
        }

        @Override
        public List<RawRiskRecord> records(
            String viewerKey, String projectKey, RiskFieldMapping mapping, List<String> keys) {
          throw new AssertionError("the source was read: records of " + keys);
        }
      };

  @Test
  void pagesAndTopRisks_shouldComeFromTheKeptRecords_withoutReadingTheSource() {
    // given a built index, and a service on it whose source refuses every read
    index.rebuildNow(projects);
    RiskRegisterService fromIndex =
        new RiskRegisterService(REFUSING, settings, models, 200, ExposureLimits.DEFAULT, index);
    String project = projects.get(0);

    // when pages and the summary are asked for, then they equal a full recomputation
    for (String viewer : VIEWERS) {
      for (RegisterQuery query : queries()) {
        assertThat(fromIndex.page(viewer, project, query))
            .as("%s as %s: %s", project, viewer, query)
            .isEqualTo(walked.page(viewer, project, query));
      }
      assertThat(fromIndex.summary(viewer, List.of(project), TODAY, 10))
          .as("summary as %s", viewer)
          .isEqualTo(walked.summary(viewer, List.of(project), TODAY, 10));
    }
    // and the member's rows carry their mitigation keys (read for the viewer, not kept)
    RegisterPage page =
        fromIndex.page("member", project, RegisterQuery.firstPage(50)).orElseThrow();
    assertThat(page.window().rows()).anyMatch(row -> !row.risk().risk().mitigationKeys().isEmpty());
    assertThat(
            fromIndex
                .page(null, project, RegisterQuery.firstPage(50))
                .orElseThrow()
                .window()
                .rows())
        .allMatch(row -> row.risk().risk().mitigationKeys().isEmpty());
  }

  @Test
  void keptRecords_shouldFollowAnEditAndANewMitigation_throughTheWriteHook() {
    // given a built index and the first risk of a project in key order
    index.rebuildNow(projects);
    String project = projects.get(0);
    RegisterQuery byKey =
        new RegisterQuery(
            RegisterFilter.ALL,
            RegisterSort.of(RegisterSort.Field.KEY, RegisterSort.Direction.ASC),
            0,
            50);
    RiskRegisterService fromIndex =
        new RiskRegisterService(REFUSING, settings, models, 200, ExposureLimits.DEFAULT, index);
    String riskKey =
        fromIndex
            .page("member", project, byKey)
            .orElseThrow()
            .window()
            .rows()
            .get(0)
            .risk()
            .issueKey();
    String other = nonRiskKeyNotLinkedTo(project, riskKey);

    // when its title is edited and a mitigation is linked to it, journaled as the writers do
    store.inTransaction(
        c -> {
          long id = issueId(c, riskKey);
          update(c, "UPDATE issue SET summary = ? WHERE id = ?", id, "Edited after the build");
          try (PreparedStatement ps =
              c.prepareStatement(
                  "INSERT INTO issue_link (link_type, source_key, destination_key) VALUES"
                      + " ('Mitigates', ?, ?)")) {
            ps.setString(1, riskKey);
            ps.setString(2, other);
            ps.executeUpdate();
          }
          RiskIndexJournal.issueWritten(c, id);
          return null;
        });

    // then the page from the index shows both, as a full recomputation does
    RegisterPage page = fromIndex.page("member", project, byKey).orElseThrow();
    assertThat(page).isEqualTo(walked.page("member", project, byKey).orElseThrow());
    assertThat(page.window().rows().get(0).risk().risk().title())
        .isEqualTo("Edited after the build");
    assertThat(page.window().rows().get(0).risk().risk().mitigationKeys()).contains(other);
  }

  @Test
  void page_shouldBeReadFromTheSource_whenARowKeepsNoRecord() {
    // given a built index one of whose rows holds no record (as one too long to keep)
    index.rebuildNow(projects);
    String project = projects.get(0);
    store.inTransaction(
        c -> {
          try (PreparedStatement ps =
              c.prepareStatement(
                  "UPDATE risk_assessment SET rec_kept = FALSE, rec_fields = NULL WHERE issue_id ="
                      + " (SELECT MIN(issue_id) FROM risk_assessment WHERE project_id = (SELECT id"
                      + " FROM project WHERE project_key = ?))")) {
            ps.setString(1, project);
            assertThat(ps.executeUpdate()).isEqualTo(1);
          }
          return null;
        });

    // when / then every page still equals a full recomputation (the index gives the keys only)
    for (RegisterQuery query : queries()) {
      assertThat(indexed.page("member", project, query))
          .as(query.toString())
          .isEqualTo(walked.page("member", project, query));
    }
    // and the page holding that row is the one that reads the source
    RiskRegisterService fromIndex =
        new RiskRegisterService(REFUSING, settings, models, 200, ExposureLimits.DEFAULT, index);
    RegisterSort byKey = RegisterSort.of(RegisterSort.Field.KEY, RegisterSort.Direction.ASC);
    assertThatThrownBy(
            () ->
                fromIndex.page(
                    "member", project, new RegisterQuery(RegisterFilter.ALL, byKey, 0, 5)))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("the source was read");
  }

  String nonRiskKeyNotLinkedTo(String project, String riskKey) {
    return store.inTransaction(
        c -> {
          try (PreparedStatement ps =
              c.prepareStatement(
                  "SELECT i.issue_key FROM issue i JOIN project p ON p.id = i.project_id WHERE"
                      + " p.project_key = ? AND i.issue_type_id <> ? AND NOT EXISTS (SELECT 1"
                      + " FROM issue_link l WHERE (l.source_key = ? AND l.destination_key ="
                      + " i.issue_key) OR (l.destination_key = ? AND l.source_key = i.issue_key))"
                      + " ORDER BY i.id LIMIT 1")) {
            ps.setString(1, project);
            ps.setString(2, DemoFields.RISK);
            ps.setString(3, riskKey);
            ps.setString(4, riskKey);
            try (ResultSet rs = ps.executeQuery()) {
              rs.next();
              return rs.getString(1);
            }
          }
        });
  }

  static long issueId(java.sql.Connection c, String key) throws java.sql.SQLException {
    try (PreparedStatement ps = c.prepareStatement("SELECT id FROM issue WHERE issue_key = ?")) {
      ps.setString(1, key);
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    }
  }

  @Test
  void theImportersWrites_shouldBeJournaled_inTheirTransaction() {
    long before = journalRows();
    new io.lodestar.pmo.sandbox.importer.JiraImporter(store).importFile(fixture("search-v2.json"));

    assertThat(journalRows()).isGreaterThan(before);
  }

  long journalRows() {
    return store.inTransaction(
        c -> {
          try (PreparedStatement ps =
                  c.prepareStatement("SELECT COUNT(*) FROM risk_index_journal");
              ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getLong(1);
          }
        });
  }

  static java.nio.file.Path fixture(String name) {
    try {
      return java.nio.file.Path.of(
          SqlAssessedRiskIndexTest.class.getResource("/import/" + name).toURI());
    } catch (java.net.URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  List<Long> riskIds(String project) {
    return store.inTransaction(
        c -> {
          List<Long> ids = new ArrayList<>();
          try (PreparedStatement ps =
              c.prepareStatement(
                  "SELECT i.id FROM issue i JOIN project p ON p.id = i.project_id WHERE"
                      + " p.project_key = ? AND i.issue_type_id = ? ORDER BY i.id")) {
            ps.setString(1, project);
            ps.setString(2, DemoFields.RISK);
            try (ResultSet rs = ps.executeQuery()) {
              while (rs.next()) {
                ids.add(rs.getLong(1));
              }
            }
          }
          return ids;
        });
  }

  /** A random edit of a risk: a rating, its status, owner, review date or title. */
  static void edit(java.sql.Connection c, long id, Random random) throws java.sql.SQLException {
    int what = random.nextInt(6);
    String[] ratings = {
      DemoFields.PROBABILITY, DemoFields.IMPACT_COST, DemoFields.RESIDUAL_PROBABILITY
    };
    switch (what) {
      case 0, 1 -> {
        String field = ratings[random.nextInt(ratings.length)];
        try (PreparedStatement ps =
            c.prepareStatement(
                "DELETE FROM issue_field_value WHERE issue_id = ? AND field_id = ?")) {
          ps.setLong(1, id);
          ps.setString(2, field);
          ps.executeUpdate();
        }
        if (random.nextInt(5) > 0) {
          int level = 1 + random.nextInt(5);
          try (PreparedStatement ps =
              c.prepareStatement(
                  "INSERT INTO issue_field_value (issue_id, field_id, text_value, option_position)"
                      + " VALUES (?, ?, ?, ?)")) {
            ps.setLong(1, id);
            ps.setString(2, field);
            ps.setString(3, DemoFields.LEVELS.get(level - 1));
            ps.setInt(4, level);
            ps.executeUpdate();
          }
        }
      }
      case 2 ->
          update(
              c,
              "UPDATE issue SET status_category = ? WHERE id = ?",
              id,
              new String[] {"new", "indeterminate", "done"}[random.nextInt(3)]);
      case 3 -> {
        try (PreparedStatement ps =
            c.prepareStatement(
                "UPDATE issue_field_value SET text_value = ? WHERE issue_id = ? AND field_id = ?")) {
          ps.setString(1, String.format("person%02d", 1 + random.nextInt(60)));
          ps.setLong(2, id);
          ps.setString(3, DemoFields.OWNER);
          ps.executeUpdate();
        }
      }
      case 4 -> {
        try (PreparedStatement ps =
            c.prepareStatement(
                "UPDATE issue_field_value SET date_value = ? WHERE issue_id = ? AND field_id = ?")) {
          ps.setObject(1, TODAY.plusDays(random.nextInt(60) - 30));
          ps.setLong(2, id);
          ps.setString(3, DemoFields.REVIEW_DATE);
          ps.executeUpdate();
        }
      }
      default ->
          update(
              c,
              "UPDATE issue SET summary = ? WHERE id = ?",
              id,
              new String[] {"alpha", "Alpha", "beta", "Éclair", "zeta"}[random.nextInt(5)]);
    }
  }

  static void update(java.sql.Connection c, String sql, long id, String value)
      throws java.sql.SQLException {
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      ps.setString(1, value);
      ps.setLong(2, id);
      ps.executeUpdate();
    }
  }
}
