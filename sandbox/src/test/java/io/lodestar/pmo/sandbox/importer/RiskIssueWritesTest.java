package io.lodestar.pmo.sandbox.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lodestar.pmo.engine.risk.mapping.RawValue;
import io.lodestar.pmo.sandbox.TestData;
import io.lodestar.pmo.sandbox.importer.RiskIssueWrites.FieldWrite;
import io.lodestar.pmo.sandbox.importer.RiskIssueWrites.RiskIssueInput;
import io.lodestar.pmo.sandbox.importer.RiskIssueWrites.StaleVersionException;
import io.lodestar.pmo.sandbox.risk.SqlRiskIssues;
import io.lodestar.pmo.sandbox.risk.SqlRiskIssues.IssueRecord;
import io.lodestar.pmo.sandbox.shared.store.SandboxStore;
import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class RiskIssueWritesTest {

  private final SandboxStore store = TestData.newStore();
  private final Clock clock = Clock.fixed(Instant.parse("2026-03-01T10:00:00Z"), ZoneOffset.UTC);
  private final RiskIssueWrites target = new RiskIssueWrites(store, clock);
  private final SqlRiskIssues issues = new SqlRiskIssues(store);

  @BeforeEach
  void data() {
    TestData.user(store, "alice");
    TestData.user(store, "bob");
    TestData.project(store, 1, "P");
    TestData.issueType(store, "10100", "Risk");
    TestData.issueType(store, "1", "Task");
    TestData.issue(store, 7, "P-7", 1, "1", "new");
    TestData.exec(
        store,
        "INSERT INTO custom_field (id, name, field_type) VALUES ('cf_p', 'Probability', 'OPTION'),"
            + " ('cf_min', 'Cost min', 'NUMBER'), ('cf_review', 'Review', 'DATE')");
    TestData.exec(
        store,
        "INSERT INTO custom_field_option (field_id, position, label) VALUES ('cf_p', 1, 'Low'),"
            + " ('cf_p', 2, 'High')");
  }

  @AfterEach
  void close() {
    store.close();
  }

  @Test
  void create_shouldWriteTheNextIssueOfTheProject_withTypedValuesAndTheMitigationLink() {
    // when
    String key =
        target.create(
            1,
            "10100",
            "alice",
            new RiskIssueInput(
                "Supplier fails",
                "Single source",
                "bob",
                LocalDate.parse("2026-04-01"),
                Map.of(
                    "cf_p", new FieldWrite("High", null, null),
                    "cf_min", new FieldWrite(null, new BigDecimal("1500"), null),
                    "cf_review", new FieldWrite(null, null, LocalDate.parse("2026-05-01"))),
                "P-7"));

    // then
    assertThat(key).isEqualTo("P-8");
    IssueRecord stored = issues.byKey(key).orElseThrow();
    assertThat(stored.typeId()).isEqualTo("10100");
    assertThat(stored.statusCategory()).isEqualTo("new");
    assertThat(stored.reporterKey()).isEqualTo("alice");
    assertThat(stored.assigneeKey()).isEqualTo("bob");
    assertThat(stored.updated()).isEqualTo(clock.instant());
    // the option is stored at its configured position, as the register's source reads it
    assertThat(stored.values().get("cf_p")).isEqualTo(RawValue.option(2, "High"));
    assertThat(stored.values().get("cf_min")).isEqualTo(RawValue.number(new BigDecimal("1500")));
    assertThat(stored.values().get("cf_review"))
        .isEqualTo(RawValue.date(LocalDate.parse("2026-05-01")));
    assertThat(
            count(
                "SELECT COUNT(*) FROM issue_link WHERE source_key = 'P-8' AND"
                    + " destination_key = 'P-7' AND link_type = 'Mitigates'"))
        .isEqualTo(1);
  }

  @Test
  void update_shouldChangeOnlyTheFormsFields_keepTheRestAndRecordHistory() {
    // given a risk with an unmapped value and a worklog
    String key =
        target.create(
            1,
            "10100",
            "alice",
            new RiskIssueInput(
                "Before",
                null,
                null,
                null,
                Map.of("cf_p", new FieldWrite("Low", null, null)),
                null));
    IssueRecord before = issues.byKey(key).orElseThrow();
    TestData.exec(
        store,
        "INSERT INTO issue_field_value (issue_id, field_id, number_value) VALUES (?, 'cf_min',"
            + " 42)",
        before.id());
    TestData.exec(
        store,
        "INSERT INTO worklog (id, issue_id, author_key, started, time_spent_seconds) VALUES (900,"
            + " ?, 'alice', CURRENT_TIMESTAMP, 3600)",
        before.id());

    // when only the summary and the probability are on the form
    target.update(
        before.id(),
        before.updated(),
        "bob",
        new RiskIssueInput(
            "After", null, null, null, Map.of("cf_p", new FieldWrite("High", null, null)), null));

    // then
    IssueRecord after = issues.byId(before.id()).orElseThrow();
    assertThat(after.summary()).isEqualTo("After");
    assertThat(after.values().get("cf_p")).isEqualTo(RawValue.option(2, "High"));
    assertThat(after.values().get("cf_min")).isEqualTo(RawValue.number(new BigDecimal("42")));
    assertThat(after.updated()).isAfter(before.updated());
    assertThat(count("SELECT COUNT(*) FROM worklog WHERE id = 900")).isEqualTo(1);
    assertThat(
            count(
                "SELECT COUNT(*) FROM issue_change WHERE author_key = 'bob' AND field IN"
                    + " ('summary', 'cf_p')"))
        .isEqualTo(2);
  }

  @Test
  void update_shouldRefuseAndWriteNothing_whenTheVersionIsNoLongerTheStoredOne() {
    // given a risk edited once since the form was opened
    String key =
        target.create(
            1, "10100", "alice", new RiskIssueInput("First", null, null, null, Map.of(), null));
    IssueRecord opened = issues.byKey(key).orElseThrow();
    target.update(
        opened.id(),
        opened.updated(),
        "alice",
        new RiskIssueInput("Second", null, null, null, Map.of(), null));

    // when / then
    assertThatThrownBy(
            () ->
                target.update(
                    opened.id(),
                    opened.updated(),
                    "bob",
                    new RiskIssueInput("Third", null, null, null, Map.of(), null)))
        .isInstanceOf(StaleVersionException.class);
    assertThat(issues.byId(opened.id()).orElseThrow().summary()).isEqualTo("Second");
  }

  private long count(String sql) {
    return store.inTransaction(
        c -> {
          try (PreparedStatement ps = c.prepareStatement(sql);
              ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getLong(1);
          }
        });
  }
}
