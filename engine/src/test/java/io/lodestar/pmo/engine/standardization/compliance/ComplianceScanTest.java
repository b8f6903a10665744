package io.lodestar.pmo.engine.standardization.compliance;

import static org.assertj.core.api.Assertions.assertThat;

import io.lodestar.pmo.engine.standardization.FakeConfiguration;
import io.lodestar.pmo.engine.standardization.FakeCounts;
import io.lodestar.pmo.engine.standardization.Fixtures;
import io.lodestar.pmo.engine.standardization.config.ProjectConfiguration;
import io.lodestar.pmo.engine.standardization.template.TemplateAssignment;
import io.lodestar.pmo.engine.standardization.template.TemplateVersion;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class ComplianceScanTest {

  /** Keeps results per (scan, project), as the host's table would, and every saved cursor. */
  static final class MemoryStore implements ScanStore {
    final Map<String, ComplianceResult> results = new LinkedHashMap<>();
    final List<ScanPlan> progress = new ArrayList<>();

    @Override
    public void saveResult(String scanId, ComplianceResult result) {
      results.put(scanId + "/" + result.projectKey(), result);
    }

    @Override
    public void saveProgress(ScanPlan plan) {
      progress.add(plan);
    }
  }

  private final TemplateVersion version = Fixtures.version(Fixtures.deliveryContent());
  private final FakeConfiguration host = PoliciesTest.host();
  private final FakeCounts counts = new FakeCounts();
  private final MemoryStore store = new MemoryStore();
  private final ComplianceScan target =
      new ComplianceScan(
          new ComplianceEvaluator(PolicyRegistry.standard()),
          host,
          counts,
          (id, v) -> id.equals("delivery") && v == 1 ? Optional.of(version) : Optional.empty(),
          store,
          Clock.fixed(Fixtures.AT, ZoneOffset.UTC));

  private ScanPlan plan(String... keys) {
    List<TemplateAssignment> assignments = new ArrayList<>();
    for (String key : keys) {
      host.with(
          ProjectConfiguration.bare(key, "Delivery - " + key)
              .withSchemes("W1", "IT1", "SC1", "P1", "N1"));
      assignments.add(TemplateAssignment.of(key, version));
    }
    return ScanPlan.start("scan-1", assignments);
  }

  @Test
  void run_shouldJudgeEveryProjectInKeyOrder_readingSchemesOnce() {
    ScanPlan done = target.run(plan("DC", "DA", "DB"), 100, () -> false);

    assertThat(done.state()).isEqualTo(ScanPlan.State.COMPLETED);
    assertThat(done.progressPercent()).isEqualTo(100);
    assertThat(store.results.keySet()).containsExactly("scan-1/DA", "scan-1/DB", "scan-1/DC");
    assertThat(store.progress).extracting(ScanPlan::done).containsExactly(1, 2, 3);
    assertThat(host.readsOf("workflowScheme:W1")).isEqualTo(1);
    assertThat(counts.queries).hasSize(2 * 3);
  }

  @Test
  void run_shouldStopBeforeTheNextProject_whenCancelled() {
    AtomicInteger asked = new AtomicInteger();
    ScanPlan stopped =
        target.run(plan("DA", "DB", "DC", "DD"), 100, () -> asked.incrementAndGet() > 2);

    assertThat(stopped.state()).isEqualTo(ScanPlan.State.CANCELLED);
    assertThat(stopped.done()).isEqualTo(2);
    assertThat(stopped.progressPercent()).isEqualTo(50);
    assertThat(stopped.cursor()).contains("DB");
    assertThat(store.results).hasSize(2);
    assertThat(store.progress.get(store.progress.size() - 1)).isEqualTo(stopped);
    assertThat(target.run(stopped, 100, () -> false)).isEqualTo(stopped);
  }

  @Test
  void run_shouldResumeFromTheStoredCursor_andEndWithTheSameResultsAsOneRun() {
    ScanPlan first = target.run(plan("DA", "DB", "DC"), 2, () -> false);
    assertThat(first.state()).isEqualTo(ScanPlan.State.RUNNING);
    assertThat(first.cursor()).contains("DB");
    assertThat(first.progressPercent()).isEqualTo(66);

    ScanPlan resumed = target.run(store.progress.get(store.progress.size() - 1), 2, () -> false);

    assertThat(resumed.state()).isEqualTo(ScanPlan.State.COMPLETED);
    assertThat(store.results.keySet()).containsExactly("scan-1/DA", "scan-1/DB", "scan-1/DC");
  }

  @Test
  void run_shouldSkipProjectsItCannotRead_withoutFailingTheScan() {
    ScanPlan withGhost =
        ScanPlan.start(
            "scan-2",
            List.of(
                TemplateAssignment.of("GONE", version),
                new TemplateAssignment("DA", "delivery", 9)));
    ScanPlan done = target.run(withGhost, 10, () -> false);
    assertThat(done.state()).isEqualTo(ScanPlan.State.COMPLETED);
    assertThat(done.skipped()).isEqualTo(2);
    assertThat(store.results).isEmpty();
  }

  @Test
  void plan_shouldRefuseAStoredStateThatContradictsItsCursor() {
    List<TemplateAssignment> one = List.of(TemplateAssignment.of("DA", version));
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> new ScanPlan("s", one, 1, ScanPlan.State.RUNNING, 0))
        .isInstanceOf(IllegalArgumentException.class);
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> new ScanPlan("s", one, 0, ScanPlan.State.COMPLETED, 0))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(new ScanPlan("s", one, 0, ScanPlan.State.CANCELLED, 0).next()).isEmpty();
  }

  @Test
  void start_shouldCompleteAtOnce_whenNothingIsAssigned_andKeepOneEntryPerProject() {
    assertThat(ScanPlan.start("s", List.of()).state()).isEqualTo(ScanPlan.State.COMPLETED);
    ScanPlan twice =
        ScanPlan.start(
            "s",
            List.of(
                TemplateAssignment.of("DA", version), new TemplateAssignment("DA", "delivery", 2)));
    assertThat(twice.projects()).containsExactly(new TemplateAssignment("DA", "delivery", 2));
  }
}
