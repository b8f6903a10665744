package io.lodestar.pmo.jira.standardization.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lodestar.pmo.app.shared.persistence.StoredDataException;
import io.lodestar.pmo.app.standardization.port.ScanRecords;
import io.lodestar.pmo.engine.standardization.compliance.ComplianceResult;
import io.lodestar.pmo.engine.standardization.compliance.ScanPlan;
import io.lodestar.pmo.engine.standardization.template.TemplateAssignment;
import io.lodestar.pmo.jira.shared.persistence.AoTransactions;
import io.lodestar.pmo.jira.shared.persistence.InMemoryActiveObjects;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.Before;
import org.junit.Test;

public class AoScanRecordsTest {

  private static final Instant T0 = Instant.parse("2026-12-01T02:00:00Z");

  private InMemoryActiveObjects ao;
  private AoScanRecords target;

  @Before
  public void setUp() {
    ao = new InMemoryActiveObjects();
    ao.migrate(ScanEntity.class, ScanResultEntity.class);
    target = new AoScanRecords(ao, new AoTransactions(ao));
  }

  private static ScanPlan plan(String id) {
    return ScanPlan.start(
        id,
        List.of(
            new TemplateAssignment("WEB", "delivery", 2),
            new TemplateAssignment("MOB", "delivery", 2)));
  }

  @Test
  public void plan_shouldGiveBackTheStoredProgressAndCancelRequest() {
    // given a scan started and advanced by one project, then asked to cancel
    ScanPlan plan = plan("s1");
    target.start(plan, "pmo", T0);
    target.saveProgress(plan.advance(true));
    target.requestCancel("s1");

    // then its plan, progress and cancel request read back
    assertThat(target.plan("s1")).contains(plan.advance(true));
    assertThat(target.cancelRequested("s1")).isTrue();
    assertThat(target.cancelRequested("s2")).isFalse();
    assertThat(target.plan("s2")).isEmpty();
    assertThat(target.latestScanId()).contains("s1");
  }

  @Test
  public void latestScanId_shouldBeTheNewestStarted() {
    target.start(plan("old"), "system", T0);
    target.start(plan("new"), "system", T0.plusSeconds(3600));
    target.start(ScanPlan.start("empty", List.of()), "system", T0.minusSeconds(60));

    assertThat(target.latestScanId()).contains("new");
    assertThat(target.plan("empty").orElseThrow().state()).isEqualTo(ScanPlan.State.COMPLETED);
  }

  @Test
  public void start_shouldRefuse_whenTheScanIdExists() {
    target.start(plan("s1"), "pmo", T0);

    assertThatThrownBy(() -> target.start(plan("s1"), "pmo", T0))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(ao.rows(ScanEntity.class)).hasSize(1);
  }

  @Test
  public void latestResults_shouldBeEachProjectsNewest_andHistoryOldestFirst() {
    // given two scans of MOB (the sponsor filled in between) and one of WEB
    ComplianceResult mobOld = StandardizationFixtures.result("MOB", T0, false);
    ComplianceResult mobNew = StandardizationFixtures.result("MOB", T0.plusSeconds(86400), true);
    ComplianceResult web = StandardizationFixtures.result("WEB", T0, false);
    target.saveResult("s1", mobOld);
    target.saveResult("s1", web);
    target.saveResult("s2", mobNew);

    // then the latest results are the newest per project, the history both of MOB in order
    assertThat(target.latestResults()).containsExactly(mobNew, web);
    assertThat(target.history("MOB")).containsExactly(mobOld, mobNew);
    assertThat(target.history("API")).isEmpty();
    assertThat(target.latestResult("MOB")).contains(mobNew);
    assertThat(target.latestResult("API")).isEmpty();
  }

  @Test
  public void saveResult_shouldReplaceTheSameScansResult_andKeepTheNewerAsLatest() {
    // given MOB's result of scan s2, then an older result saved late (a resumed scan s1)
    ComplianceResult newer = StandardizationFixtures.result("MOB", T0.plusSeconds(60), true);
    target.saveResult("s2", newer);
    target.saveResult("s1", StandardizationFixtures.result("MOB", T0, false));
    ComplianceResult redone = StandardizationFixtures.result("MOB", T0.plusSeconds(1), false);

    // when s1's result is saved again
    target.saveResult("s1", redone);

    // then s1 has one result, and s2's stays the latest
    assertThat(ao.rows(ScanResultEntity.class)).hasSize(2);
    assertThat(target.latestResults()).containsExactly(newer);
    assertThat(target.latestResult("MOB")).contains(newer);
    assertThat(target.history("MOB")).containsExactly(redone, newer);
  }

  @Test
  public void history_shouldKeepTheNewestMaxHistory_whenMoreAreStored() {
    for (int i = 0; i < ScanRecords.MAX_HISTORY + 3; i++) {
      target.saveResult("s" + i, StandardizationFixtures.result("MOB", T0.plusSeconds(i), true));
    }

    List<ComplianceResult> history = target.history("MOB");

    assertThat(history).hasSize(ScanRecords.MAX_HISTORY);
    assertThat(history.get(0).evaluatedAt()).isEqualTo(T0.plusSeconds(3));
    assertThat(history.get(history.size() - 1).evaluatedAt())
        .isEqualTo(T0.plusSeconds(ScanRecords.MAX_HISTORY + 2));
  }

  @Test
  public void latestResults_shouldNameTheRow_whenTheStoredRulesAreMalformed() {
    ao.insertRaw(
        ScanResultEntity.class,
        Map.of(
            "RESULT_KEY", "s1|MOB",
            "SCAN_ID", "s1",
            "PROJECT_KEY", "MOB",
            "TEMPLATE_ID", "delivery",
            "TEMPLATE_VERSION", 1,
            "EVALUATED_AT", java.util.Date.from(T0),
            "COMPLIES", true,
            "LATEST", true,
            "RULES", "[{\"ruleId\": \"x\", \"kind\": \"NOPE\"}]"));

    assertThatThrownBy(() -> target.latestResults())
        .isInstanceOf(StoredDataException.class)
        .hasMessageContaining("STD_SCAN_RESULT row");
  }
}
