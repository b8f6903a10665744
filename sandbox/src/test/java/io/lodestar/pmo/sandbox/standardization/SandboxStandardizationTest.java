package io.lodestar.pmo.sandbox.standardization;

import static org.assertj.core.api.Assertions.assertThat;

import io.lodestar.pmo.app.standardization.ComplianceScans;
import io.lodestar.pmo.engine.standardization.compliance.ArtifactCountPort;
import io.lodestar.pmo.engine.standardization.compliance.ComplianceResult;
import io.lodestar.pmo.engine.standardization.compliance.RuleResult;
import io.lodestar.pmo.engine.standardization.compliance.RuleStatus;
import io.lodestar.pmo.engine.standardization.compliance.ScanPlan;
import io.lodestar.pmo.sandbox.demo.DemoData;
import io.lodestar.pmo.sandbox.shared.store.SandboxStore;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The demo's standardization on the sandbox store: its host configuration, templates and scans. */
class SandboxStandardizationTest {

  private static final LocalDate TODAY = LocalDate.of(2025, 3, 1);

  @TempDir static Path directory;
  private static SandboxStore store;

  @BeforeAll
  static void generate() {
    store = SandboxStore.open(directory.resolve("data"));
    DemoData.generate(store, 800, 42L, TODAY);
  }

  @AfterAll
  static void close() {
    store.close();
  }

  private static Map<String, ComplianceResult> latest() {
    return new SqlScanRecords(store)
        .latestResults().stream().collect(Collectors.toMap(ComplianceResult::projectKey, r -> r));
  }

  private static List<String> failing(ComplianceResult r) {
    return r.failing().stream().map(RuleResult::ruleId).toList();
  }

  @Test
  void demo_shouldHaveProjectsThatComplyDriftAndFail() {
    // given the demo's kept scans
    Map<String, ComplianceResult> latest = latest();

    // then Digital and Operations projects are judged, Infrastructure is not
    assertThat(latest).containsKeys("MOBA", "WEBA", "SUPA").doesNotContainKey("CLDA");
    assertThat(latest.get("MOBA").complies()).isTrue();
    assertThat(failing(latest.get("MOBA"))).isEmpty();
    // MOBC drifted: its workflow lost "In Review"
    assertThat(latest.get("MOBC").complies()).isFalse();
    assertThat(failing(latest.get("MOBC"))).containsExactlyInAnyOrder("wf-story", "wf-task");
    // WEBC has no sponsor (a critical rule)
    assertThat(failing(latest.get("WEBC"))).containsExactly("roles");
    assertThat(latest.get("WEBC").complies()).isFalse();
    // DATD fails: no schemes known (unknown), no roles, no components, no versions
    ComplianceResult datd = latest.get("DATD");
    assertThat(datd.complies()).isFalse();
    assertThat(failing(datd)).contains("roles", "components", "versions");
    assertThat(datd.score().unknown()).isPositive();
    assertThat(failing(latest.get("FINC"))).containsExactly("roles");
  }

  @Test
  void history_shouldShowMobcComplyingBeforeItDrifted() {
    List<ComplianceResult> history = new SqlScanRecords(store).history("MOBC");

    assertThat(history).hasSize(2);
    assertThat(history.get(0).complies()).isTrue();
    assertThat(history.get(1).complies()).isFalse();
    assertThat(history.get(0).evaluatedAt()).isBefore(history.get(1).evaluatedAt());
  }

  @Test
  void scan_shouldReadEachSchemeOnceAndRunOneCountPerArtifactRuleAndProject() {
    // given a fresh host port, counting its reads
    SqlHostConfiguration host = new SqlHostConfiguration(store);
    SqlAssignments assignments = new SqlAssignments(store);
    int projects = assignments.all().size();
    Clock clock = Clock.fixed(Instant.parse("2025-03-01T10:00:00Z"), ZoneOffset.UTC);

    // when one scan runs over every assigned project
    ScanPlan plan =
        new ComplianceScans(
                new SqlTemplateStore(store),
                assignments,
                new SqlScanRecords(store),
                host,
                host,
                Runnable::run,
                0,
                clock)
            .start("pmo");

    // then it completed; each scheme a rule needs was read once: 3 workflow schemes, 2 issue type
    // schemes, and the Delivery projects' screen scheme and field configuration (Operations light
    // has no screen or field rule); one count per (artifact rule, project)
    assertThat(plan.state()).isEqualTo(ScanPlan.State.RUNNING);
    ScanPlan done = new SqlScanRecords(store).plan(plan.scanId()).orElseThrow();
    assertThat(done.state()).isEqualTo(ScanPlan.State.COMPLETED);
    assertThat(done.done()).isEqualTo(projects);
    assertThat(host.schemeReads()).isEqualTo(3 + 2 + 1 + 1);
    long digital =
        assignments.all().stream().filter(a -> a.templateId().equals("delivery")).count();
    assertThat(host.countQueries()).isEqualTo(digital * 2 + (projects - digital));
  }

  @Test
  void count_shouldCountWithSqlAndRefuseJqlOutsideTheSubset() {
    SqlHostConfiguration host = new SqlHostConfiguration(store);

    ArtifactCountPort.CountAnswer all = host.count("project = \"MOBA\"");
    ArtifactCountPort.CountAnswer risks = host.count("project = \"MOBA\" AND issuetype = Risk");
    ArtifactCountPort.CountAnswer odd = host.count("project = MOBA ORDER BY rank");

    assertThat(((ArtifactCountPort.Counted) all).issues()).isPositive();
    assertThat(((ArtifactCountPort.Counted) risks).issues())
        .isLessThan(((ArtifactCountPort.Counted) all).issues());
    assertThat(odd).isInstanceOf(ArtifactCountPort.Unavailable.class);
    assertThat(((ArtifactCountPort.Unavailable) odd).reason()).contains("ORDER BY rank");
    assertThat(RuleStatus.values()).contains(RuleStatus.UNKNOWN);
  }
}
