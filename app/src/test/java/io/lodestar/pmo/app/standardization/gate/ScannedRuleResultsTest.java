package io.lodestar.pmo.app.standardization.gate;

import static org.assertj.core.api.Assertions.assertThat;

import io.lodestar.pmo.app.standardization.port.ScanRecords;
import io.lodestar.pmo.engine.shared.Outcome;
import io.lodestar.pmo.engine.shared.Violation;
import io.lodestar.pmo.engine.standardization.Severity;
import io.lodestar.pmo.engine.standardization.StandardizationKeys;
import io.lodestar.pmo.engine.standardization.compliance.ComplianceResult;
import io.lodestar.pmo.engine.standardization.compliance.ComplianceScore;
import io.lodestar.pmo.engine.standardization.compliance.RuleResult;
import io.lodestar.pmo.engine.standardization.compliance.RuleStatus;
import io.lodestar.pmo.engine.standardization.compliance.ScanPlan;
import io.lodestar.pmo.engine.standardization.gate.GateActor;
import io.lodestar.pmo.engine.standardization.gate.GateConfig;
import io.lodestar.pmo.engine.standardization.gate.GateCriteria;
import io.lodestar.pmo.engine.standardization.gate.GateState;
import io.lodestar.pmo.engine.standardization.gate.StageGates;
import io.lodestar.pmo.engine.standardization.template.RuleKind;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import org.junit.Before;
import org.junit.Test;

/** A gate's template rules judged by the latest kept scan result, through the engine's policy. */
public class ScannedRuleResultsTest {

  private static final Instant T0 = Instant.parse("2026-12-01T02:00:00Z");

  private KeptResults records;
  private ScannedRuleResults target;
  private StageGates gates;

  @Before
  public void setUp() {
    records = new KeptResults();
    target = new ScannedRuleResults(records);
    gates =
        new StageGates(
            new GateConfig(
                List.of("Initiate", "Plan"),
                List.of(
                    new GateCriteria(List.of("roles"), List.of(), List.of()), GateCriteria.NONE),
                1));
  }

  private static ComplianceResult result(Instant at, RuleStatus roles) {
    List<RuleResult> rules =
        List.of(
            new RuleResult(
                "roles",
                RuleKind.ROLES,
                Severity.CRITICAL,
                roles,
                "lodestar.standardization.rule.roles",
                List.of(),
                OptionalLong.empty(),
                Optional.empty(),
                ""));
    return new ComplianceResult(
        "MOB", "delivery", 1, at, rules, ComplianceScore.of(rules), roles == RuleStatus.PASSED);
  }

  private Outcome<GateState> request() {
    return gates.request(
        GateState.start("MOB"),
        new GateActor("manager", true, false),
        Set.of(),
        Map.of(),
        target.latest("MOB"),
        Set.of("approver"),
        T0.plusSeconds(7200));
  }

  private static List<String> problems(Outcome<GateState> outcome) {
    assertThat(outcome).isInstanceOf(Outcome.Invalid.class);
    return ((Outcome.Invalid<GateState>) outcome)
        .violations().stream().map(Violation::messageKey).toList();
  }

  @Test
  public void request_shouldBeRefused_whenTheLatestScanFoundTheGatesRuleFailing() {
    // given a passing scan, then a newer one where the sponsor role is empty
    records.kept.add(result(T0, RuleStatus.PASSED));
    records.kept.add(result(T0.plusSeconds(3600), RuleStatus.FAILED));

    // when the manager requests the gate, then the failing rule blocks it
    assertThat(problems(request())).containsExactly(StandardizationKeys.GATE_RULE_FAILING);
    assertThat(target.evaluated()).isTrue();
  }

  @Test
  public void request_shouldBeAccepted_whenTheLatestScanPassedTheRule() {
    records.kept.add(result(T0, RuleStatus.FAILED));
    records.kept.add(result(T0.plusSeconds(3600), RuleStatus.PASSED));

    Outcome<GateState> outcome = request();

    assertThat(outcome.isOk()).isTrue();
    assertThat(outcome.orElseThrow().open()).isPresent();
  }

  @Test
  public void request_shouldSayNotEvaluated_whenTheProjectWasNeverScanned() {
    assertThat(target.latest("MOB")).isEmpty();
    assertThat(problems(request())).containsExactly(StandardizationKeys.GATE_RULE_UNKNOWN);
  }

  /** Kept results of one project, oldest first; only what the default latestResult reads. */
  private static final class KeptResults implements ScanRecords {
    final List<ComplianceResult> kept = new ArrayList<>();

    @Override
    public List<ComplianceResult> history(String projectKey) {
      return kept.stream().filter(r -> r.projectKey().equals(projectKey)).toList();
    }

    @Override
    public List<ComplianceResult> latestResults() {
      throw new UnsupportedOperationException();
    }

    @Override
    public void start(ScanPlan plan, String startedBy, Instant at) {
      throw new UnsupportedOperationException();
    }

    @Override
    public Optional<ScanPlan> plan(String scanId) {
      throw new UnsupportedOperationException();
    }

    @Override
    public Optional<String> latestScanId() {
      throw new UnsupportedOperationException();
    }

    @Override
    public void requestCancel(String scanId) {
      throw new UnsupportedOperationException();
    }

    @Override
    public boolean cancelRequested(String scanId) {
      throw new UnsupportedOperationException();
    }

    @Override
    public void saveResult(String scanId, ComplianceResult result) {
      throw new UnsupportedOperationException();
    }

    @Override
    public void saveProgress(ScanPlan plan) {
      throw new UnsupportedOperationException();
    }
  }
}
