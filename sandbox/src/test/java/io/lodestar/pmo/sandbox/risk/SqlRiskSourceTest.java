package io.lodestar.pmo.sandbox.risk;

import static io.lodestar.pmo.sandbox.TestData.exec;
import static org.assertj.core.api.Assertions.assertThat;

import io.lodestar.pmo.engine.risk.ImpactDimension;
import io.lodestar.pmo.engine.risk.mapping.RatingFieldIds;
import io.lodestar.pmo.engine.risk.mapping.RawRiskRecord;
import io.lodestar.pmo.engine.risk.mapping.RawValue;
import io.lodestar.pmo.engine.risk.mapping.RiskFieldMapping;
import io.lodestar.pmo.engine.risk.port.RiskRecordPage;
import io.lodestar.pmo.sandbox.TestData;
import io.lodestar.pmo.sandbox.shared.store.SandboxStore;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SqlRiskSourceTest {

  private static final String RISK = "10100";
  private static final String TASK = "2";
  private static final RiskFieldMapping MAPPING =
      RiskFieldMapping.builder()
          .riskIssueTypeIds(Set.of(RISK))
          .inherent(RatingFieldIds.of("cf_p", ImpactDimension.COST, "cf_i"))
          .ownerFieldId("cf_owner")
          .reviewDateFieldId("cf_review")
          .cost(io.lodestar.pmo.engine.risk.mapping.ThreePointFieldIds.of("cf_a", "cf_b", "cf_c"))
          .build();

  private final SandboxStore store = TestData.newStore();
  private final SqlRiskSource target = new SqlRiskSource(store);

  @BeforeEach
  void data() {
    TestData.user(store, "alice", "staff");
    TestData.user(store, "bob");
    TestData.project(store, 1, "P");
    TestData.project(store, 2, "Q");
    TestData.grant(store, 1, "BROWSE", "GROUP", "staff");
    TestData.issueType(store, RISK, "Risk");
    TestData.issueType(store, TASK, "Task");
    long id = 100;
    for (int n : new int[] {10, 2, 9, 1, 3}) {
      TestData.issue(store, id++, "P-" + n, 1, RISK, "new");
    }
    TestData.issue(store, 200, "P-6", 1, TASK, "done");
    TestData.issue(store, 201, "Q-1", 2, TASK, "new");
    TestData.link(store, "Mitigates", "P-1", "P-6");
    TestData.link(store, "Mitigates", "P-1", "Q-1");
    TestData.link(store, "Relates", "P-2", "P-3");
    exec(
        store,
        "INSERT INTO custom_field (id, name, field_type) VALUES ('cf_p', 'Probability', 'OPTION')");
    exec(
        store,
        "INSERT INTO custom_field (id, name, field_type) VALUES ('cf_owner', 'Owner', 'USER')");
    exec(
        store,
        "INSERT INTO custom_field (id, name, field_type) VALUES ('cf_review', 'Review', 'DATE')");
    exec(
        store,
        "INSERT INTO custom_field (id, name, field_type) VALUES ('cf_a', 'Cost min', 'NUMBER')");
    exec(
        store,
        "INSERT INTO issue_field_value (issue_id, field_id, text_value, option_position) VALUES"
            + " (103, 'cf_p', 'High', 4)");
    exec(
        store,
        "INSERT INTO issue_field_value (issue_id, field_id, text_value) VALUES (103, 'cf_owner',"
            + " 'alice')");
    exec(
        store,
        "INSERT INTO issue_field_value (issue_id, field_id, date_value) VALUES (103, 'cf_review',"
            + " DATE '2024-06-30')");
    exec(
        store,
        "INSERT INTO issue_field_value (issue_id, field_id, number_value) VALUES (103, 'cf_a',"
            + " 1500.00)");
  }

  @AfterEach
  void close() {
    store.close();
  }

  @Test
  void page_shouldReturnOnePageInIssueNumberOrder_withTheVisibleTotal() {
    RiskRecordPage page = target.page("alice", "P", MAPPING, 0, 3);

    assertThat(page.records())
        .extracting(RawRiskRecord::issueKey)
        .containsExactly("P-1", "P-2", "P-3");
    assertThat(page.totalVisible()).isEqualTo(5);
    assertThat(page.hiddenCount()).isZero();
    assertThat(page.hasMore()).isTrue();
  }

  @Test
  void page_shouldContinueWhereThePreviousPageEnded() {
    RiskRecordPage page = target.page("alice", "P", MAPPING, 3, 3);

    assertThat(page.records()).extracting(RawRiskRecord::issueKey).containsExactly("P-9", "P-10");
    assertThat(page.hasMore()).isFalse();
  }

  @Test
  void page_shouldShowNothingAndCountEverythingHidden_whenTheViewerMayNotBrowse() {
    RiskRecordPage page = target.page("bob", "P", MAPPING, 0, 50);

    assertThat(page.records()).isEmpty();
    assertThat(page.totalVisible()).isZero();
    assertThat(page.hiddenCount()).isEqualTo(5);
  }

  @Test
  void page_shouldSeeEveryRisk_inTheSystemContext() {
    RiskRecordPage page = target.page(null, "p", MAPPING, 0, 50);

    assertThat(page.totalVisible()).isEqualTo(5);
    assertThat(page.hiddenCount()).isZero();
  }

  @Test
  void page_shouldCarryNoMitigationKeys_inTheSystemContext() {
    RiskRecordPage page = target.page(null, "P", MAPPING, 0, 50);

    assertThat(page.records()).allSatisfy(r -> assertThat(r.mitigationKeys()).isEmpty());
  }

  @Test
  void page_shouldBeEmptyWithZeroTotals_whenTheViewerIsUnknown() {
    RiskRecordPage page = target.page("nobody", "P", MAPPING, 0, 50);

    assertThat(page.totalVisible()).isZero();
    assertThat(page.hiddenCount()).isZero();
  }

  @Test
  void page_shouldBeEmptyWithZeroTotals_whenTheProjectIsUnknown() {
    assertThat(target.page("alice", "NOPE", MAPPING, 0, 50).totalVisible()).isZero();
  }

  @Test
  void page_shouldReadTheMappedFieldsWithTheirTypes() {
    RawRiskRecord record = target.page("alice", "P", MAPPING, 0, 1).records().get(0);

    assertThat(record.fields())
        .containsEntry("cf_p", RawValue.option(4, "High"))
        .containsEntry("cf_owner", RawValue.user("alice"))
        .containsEntry("cf_review", RawValue.date(LocalDate.of(2024, 6, 30)))
        .containsEntry("cf_a", RawValue.number(new BigDecimal("1500")));
    assertThat(record.statusCategoryKey()).isEqualTo("new");
  }

  @Test
  void page_shouldListOnlyVisibleNonRiskLinkedIssuesAsMitigations() {
    RiskRecordPage page = target.page("alice", "P", MAPPING, 0, 2);

    assertThat(page.records().get(0).mitigationKeys()).containsExactly("P-6");
    assertThat(page.records().get(1).mitigationKeys()).isEmpty();
  }

  @Test
  void page_shouldReadTheMappedFields_whenThePageIdsLieFarApart() {
    // Far apart (an import mixing projects): the values are looked up id by id, not by range.
    TestData.issue(store, 9_000_000, "P-11", 1, RISK, "new");
    exec(
        store,
        "INSERT INTO issue_field_value (issue_id, field_id, text_value, option_position) VALUES"
            + " (9000000, 'cf_p', 'High', 4)");

    RiskRecordPage page = target.page("alice", "P", MAPPING, 0, 50);

    assertThat(page.records())
        .filteredOn(r -> r.issueKey().equals("P-11") || r.issueKey().equals("P-1"))
        .allSatisfy(r -> assertThat(r.fields()).containsEntry("cf_p", RawValue.option(4, "High")));
  }

  @Test
  void page_shouldCountTheTotal_whenThePageIsFullAndMoreFollow() {
    RiskRecordPage page = target.page(null, "P", MAPPING, 1, 2);

    assertThat(page.records()).extracting(RawRiskRecord::issueKey).containsExactly("P-2", "P-3");
    assertThat(page.totalVisible()).isEqualTo(5);
  }

  @Test
  void page_shouldReadNoIssue_whenTheMappingDesignatesNoRiskType() {
    // An issue type named "Risk" exists (RISK above), but only designated types count, as in Jira.
    RiskFieldMapping noTypes = MAPPING.toBuilder().riskIssueTypeIds(Set.of()).build();

    RiskRecordPage page = target.page("alice", "P", noTypes, 0, 50);

    assertThat(page.records()).isEmpty();
    assertThat(page.totalVisible()).isZero();
    assertThat(page.hiddenCount()).isZero();
  }

  @Test
  void records_shouldListTheMitigationsLinkedEitherWay_inTheOrderTheLinksWereMade() {
    TestData.issue(store, 202, "P-7", 1, TASK, "new");
    TestData.issue(store, 203, "P-8", 1, TASK, "new");
    TestData.link(store, "Mitigates", "P-8", "P-1");
    TestData.link(store, "Mitigates", "P-1", "P-7");

    java.util.List<RawRiskRecord> records =
        target.records("alice", "P", MAPPING, java.util.List.of("P-1", "P-2"));

    assertThat(records)
        .filteredOn(r -> r.issueKey().equals("P-1"))
        .singleElement()
        .satisfies(r -> assertThat(r.mitigationKeys()).containsExactly("P-6", "P-8", "P-7"));
    assertThat(records)
        .filteredOn(r -> r.issueKey().equals("P-2"))
        .singleElement()
        .satisfies(r -> assertThat(r.mitigationKeys()).isEmpty());
  }

  @Test
  void records_shouldReadEachKeysOwnFieldValues_whenTheKeysLieFarApart() {
    TestData.issue(store, 9_000_000, "P-11", 1, RISK, "new");
    exec(
        store,
        "INSERT INTO issue_field_value (issue_id, field_id, text_value, option_position) VALUES"
            + " (9000000, 'cf_p', 'Low', 2)");

    java.util.List<RawRiskRecord> records =
        target.records("alice", "P", MAPPING, java.util.List.of("P-11", "P-1", "P-9"));

    assertThat(records)
        .extracting(RawRiskRecord::issueKey, r -> r.fields().get("cf_p"))
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple("P-11", RawValue.option(2, "Low")),
            org.assertj.core.groups.Tuple.tuple("P-1", RawValue.option(4, "High")),
            org.assertj.core.groups.Tuple.tuple("P-9", null));
    assertThat(records)
        .filteredOn(r -> r.issueKey().equals("P-1"))
        .singleElement()
        .satisfies(r -> assertThat(r.fields()).containsEntry("cf_owner", RawValue.user("alice")));
  }
}
