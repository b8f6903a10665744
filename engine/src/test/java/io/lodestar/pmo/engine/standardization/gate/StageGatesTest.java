package io.lodestar.pmo.engine.standardization.gate;

import static io.lodestar.pmo.engine.standardization.StandardizationKeys.DUPLICATE;
import static io.lodestar.pmo.engine.standardization.StandardizationKeys.GATE_ALREADY_DECIDED;
import static io.lodestar.pmo.engine.standardization.StandardizationKeys.GATE_CHECKLIST_OPEN;
import static io.lodestar.pmo.engine.standardization.StandardizationKeys.GATE_DOCUMENT_MISSING;
import static io.lodestar.pmo.engine.standardization.StandardizationKeys.GATE_DOCUMENT_URL;
import static io.lodestar.pmo.engine.standardization.StandardizationKeys.GATE_LIFECYCLE_COMPLETE;
import static io.lodestar.pmo.engine.standardization.StandardizationKeys.GATE_NOT_APPROVER;
import static io.lodestar.pmo.engine.standardization.StandardizationKeys.GATE_NOT_MANAGER;
import static io.lodestar.pmo.engine.standardization.StandardizationKeys.GATE_NO_REQUEST;
import static io.lodestar.pmo.engine.standardization.StandardizationKeys.GATE_OWN_REQUEST;
import static io.lodestar.pmo.engine.standardization.StandardizationKeys.GATE_QUORUM_UNREACHABLE;
import static io.lodestar.pmo.engine.standardization.StandardizationKeys.GATE_REQUEST_OPEN;
import static io.lodestar.pmo.engine.standardization.StandardizationKeys.GATE_RULE_FAILING;
import static io.lodestar.pmo.engine.standardization.StandardizationKeys.GATE_RULE_UNKNOWN;
import static io.lodestar.pmo.engine.standardization.StandardizationKeys.OUT_OF_RANGE;
import static io.lodestar.pmo.engine.standardization.StandardizationKeys.REQUIRED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lodestar.pmo.engine.shared.Outcome;
import io.lodestar.pmo.engine.shared.Violation;
import io.lodestar.pmo.engine.standardization.Fixtures;
import io.lodestar.pmo.engine.standardization.Severity;
import io.lodestar.pmo.engine.standardization.compliance.ComplianceResult;
import io.lodestar.pmo.engine.standardization.compliance.ComplianceScore;
import io.lodestar.pmo.engine.standardization.compliance.RuleResult;
import io.lodestar.pmo.engine.standardization.compliance.RuleStatus;
import io.lodestar.pmo.engine.standardization.template.RuleKind;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The stage-gate state machine: request, quorum, reject, withdraw, and every refused move. */
class StageGatesTest {

  private static final Instant T1 = Fixtures.AT;
  private static final Instant T2 = Fixtures.AT.plusSeconds(60);

  private static final GateActor PM = new GateActor("pat", true, false);
  private static final GateActor ANNA = new GateActor("anna", false, true);
  private static final GateActor BEN = new GateActor("ben", false, true);
  private static final GateActor DEV = new GateActor("dev", false, false);

  /** Initiate's gate needs the charter, a ticked kick-off and the roles rule passed; quorum 2. */
  private static final GateConfig CONFIG =
      new GateConfig(
          List.of("Initiate", "Plan", "Execute", "Close"),
          List.of(
              new GateCriteria(
                  List.of("roles"),
                  List.of(new ChecklistItem("kickoff", "Kick-off held")),
                  List.of(new RequiredDocument("charter", "Project charter"))),
              GateCriteria.NONE,
              GateCriteria.NONE,
              GateCriteria.NONE),
          2);

  private final StageGates target = new StageGates(CONFIG);

  private static Optional<ComplianceResult> scan(RuleStatus roles) {
    RuleResult r =
        new RuleResult(
            "roles",
            RuleKind.ROLES,
            Severity.MAJOR,
            roles,
            "k",
            List.of(),
            OptionalLong.empty(),
            Optional.empty(),
            "");
    return Optional.of(
        new ComplianceResult(
            "DEL", "delivery", 1, T1, List.of(r), ComplianceScore.of(List.of(r)), true));
  }

  private GateState requested() {
    return target
        .request(
            GateState.start("DEL"),
            PM,
            Set.of("kickoff"),
            Map.of("charter", "https://wiki.example.com/charter"),
            scan(RuleStatus.PASSED),
            Set.of("anna", "ben", "cy"),
            T1)
        .orElseThrow();
  }

  @Test
  void request_shouldOpenTheGate_whenTheCriteriaAreMet() {
    GateState state = requested();
    assertThat(state.phase()).isZero();
    assertThat(state.open()).hasValueSatisfying(r -> assertThat(r.requestedBy()).isEqualTo("pat"));
    assertThat(state.history())
        .containsExactly(new GateEvent(GateEvent.Kind.REQUESTED, 0, "pat", T1, ""));
    assertThat(state.phaseName(CONFIG)).contains("Initiate");
  }

  @Test
  void request_shouldListEveryUnmetCriterion_withItsField() {
    Outcome<GateState> outcome =
        target.request(
            GateState.start("DEL"),
            PM,
            Set.of(),
            Map.of(),
            scan(RuleStatus.FAILED),
            Set.of("anna"),
            T1);
    assertThat(outcome)
        .isEqualTo(
            Outcome.invalid(
                List.of(
                    Violation.of("quorum", GATE_QUORUM_UNREACHABLE, 2, 1),
                    Violation.of("checklist.kickoff", GATE_CHECKLIST_OPEN, "Kick-off held"),
                    Violation.of("documents.charter", GATE_DOCUMENT_MISSING, "Project charter"),
                    Violation.of("rules.roles", GATE_RULE_FAILING, "roles"))));
  }

  @Test
  void request_shouldRefuseANonWebLinkAndAnUnscannedRule() {
    Outcome<GateState> outcome =
        target.request(
            GateState.start("DEL"),
            PM,
            Set.of("kickoff"),
            Map.of("charter", "javascript:alert(1)"),
            Optional.empty(),
            Set.of("anna", "ben"),
            T1);
    assertThat(outcome)
        .isEqualTo(
            Outcome.invalid(
                List.of(
                    Violation.of("documents.charter", GATE_DOCUMENT_URL, "javascript:alert(1)"),
                    Violation.of("rules.roles", GATE_RULE_UNKNOWN, "roles"))));
  }

  @Test
  void request_shouldBeRefused_forSomeoneWhoIsNotTheProjectManager_orWhenOneIsOpen() {
    assertThat(
            target.request(
                GateState.start("DEL"),
                DEV,
                Set.of(),
                Map.of(),
                Optional.empty(),
                Set.of("anna", "ben"),
                T1))
        .isEqualTo(Outcome.invalid(Violation.of("actor", GATE_NOT_MANAGER)));
    assertThat(
            target.request(
                requested(), PM, Set.of(), Map.of(), Optional.empty(), Set.of("anna", "ben"), T2))
        .isEqualTo(Outcome.invalid(Violation.of("phase", GATE_REQUEST_OPEN, "Initiate")));
  }

  @Test
  void request_shouldNotCountTheRequester_towardsTheQuorum_whenTheManagerIsAlsoAnApprover() {
    GateActor managerApprover = new GateActor("pat", true, true);

    Outcome<GateState> outcome =
        target.request(
            GateState.start("DEL"),
            managerApprover,
            Set.of("kickoff"),
            Map.of("charter", "https://wiki.example.com/charter"),
            scan(RuleStatus.PASSED),
            Set.of("pat", "anna"),
            T1);

    assertThat(outcome)
        .isEqualTo(Outcome.invalid(Violation.of("quorum", GATE_QUORUM_UNREACHABLE, 2, 1)));
  }

  @Test
  void approve_shouldKeepTheRequestOpenBelowQuorum_andPassTheGateAtQuorum() {
    GateState once = target.approve(requested(), ANNA, "fine", T2).orElseThrow();
    assertThat(once.phase()).isZero();
    assertThat(once.open().orElseThrow().approvals()).containsExactly("anna");

    GateState passed = target.approve(once, BEN, "", T2).orElseThrow();

    assertThat(passed.phase()).isEqualTo(1);
    assertThat(passed.phaseName(CONFIG)).contains("Plan");
    assertThat(passed.open()).isEmpty();
    assertThat(passed.history())
        .extracting(GateEvent::kind)
        .containsExactly(
            GateEvent.Kind.REQUESTED,
            GateEvent.Kind.APPROVED,
            GateEvent.Kind.APPROVED,
            GateEvent.Kind.PASSED);
  }

  @Test
  void approve_shouldRefuse_nonApproversTheRequesterTwiceTheSameApproverAndNoRequest() {
    GateState open = requested();
    assertThat(target.approve(open, DEV, "", T2))
        .isEqualTo(Outcome.invalid(Violation.of("actor", GATE_NOT_APPROVER)));
    GateActor managerApprover = new GateActor("pat", true, true);
    assertThat(target.approve(open, managerApprover, "", T2))
        .isEqualTo(Outcome.invalid(Violation.of("actor", GATE_OWN_REQUEST)));
    GateState once = target.approve(open, ANNA, "", T2).orElseThrow();
    assertThat(target.approve(once, ANNA, "", T2))
        .isEqualTo(Outcome.invalid(Violation.of("actor", GATE_ALREADY_DECIDED)));
    assertThat(target.approve(GateState.start("DEL"), ANNA, "", T2))
        .isEqualTo(Outcome.invalid(Violation.of("phase", GATE_NO_REQUEST)));
  }

  @Test
  void reject_shouldNeedAComment_andLeaveTheProjectInItsPhase() {
    GateState open = requested();
    assertThat(target.reject(open, ANNA, "  ", T2))
        .isEqualTo(Outcome.invalid(Violation.of("comment", REQUIRED)));

    GateState rejected = target.reject(open, ANNA, " Charter unsigned ", T2).orElseThrow();

    assertThat(rejected.phase()).isZero();
    assertThat(rejected.open()).isEmpty();
    assertThat(rejected.history().get(1))
        .isEqualTo(new GateEvent(GateEvent.Kind.REJECTED, 0, "anna", T2, "Charter unsigned"));
    // and the manager may request again
    assertThat(
            target
                .request(
                    rejected,
                    PM,
                    Set.of("kickoff"),
                    Map.of("charter", "https://wiki.example.com/charter-v2"),
                    scan(RuleStatus.PASSED),
                    Set.of("anna", "ben"),
                    T2)
                .isOk())
        .isTrue();
  }

  @Test
  void withdraw_shouldCloseTheRequest_onlyForTheRequester() {
    GateState open = requested();
    assertThat(target.withdraw(open, new GateActor("other-pm", true, false), T2))
        .isEqualTo(Outcome.invalid(Violation.of("actor", GATE_NOT_MANAGER)));
    GateState withdrawn = target.withdraw(open, PM, T2).orElseThrow();
    assertThat(withdrawn.open()).isEmpty();
    assertThat(withdrawn.history()).extracting(GateEvent::kind).endsWith(GateEvent.Kind.WITHDRAWN);
  }

  @Test
  void theLastGate_shouldCompleteTheLifecycle_andNoFurtherRequestIsPossible() {
    StageGates oneApproval = new StageGates(GateConfig.standard());
    GateState state = GateState.start("DEL");
    for (int phase = 0; phase < 4; phase++) {
      state =
          oneApproval
              .request(state, PM, Set.of(), Map.of(), Optional.empty(), Set.of("anna"), T1)
              .orElseThrow();
      state = oneApproval.approve(state, ANNA, "", T2).orElseThrow();
    }
    assertThat(state.complete(GateConfig.standard())).isTrue();
    assertThat(state.phaseName(GateConfig.standard())).isEmpty();
    assertThat(
            oneApproval.request(
                state, PM, Set.of(), Map.of(), Optional.empty(), Set.of("anna"), T1))
        .isEqualTo(Outcome.invalid(Violation.of("phase", GATE_LIFECYCLE_COMPLETE)));
  }

  @Test
  void config_shouldBeValidated_andAnInvalidOneRefusedByTheStateMachine() {
    GateConfig bad = new GateConfig(List.of("Plan", "plan"), List.of(GateCriteria.NONE), 0);
    assertThat(bad.validate())
        .containsExactly(
            Violation.of("phases[1]", DUPLICATE, "plan"),
            Violation.of("gates", OUT_OF_RANGE, 2, 2),
            Violation.of("quorum", OUT_OF_RANGE, 1, GateConfig.MAX_QUORUM));
    assertThatThrownBy(() -> new StageGates(bad)).isInstanceOf(IllegalArgumentException.class);
    assertThat(GateConfig.standard().validate()).isEmpty();
  }
}
