package io.lodestar.pmo.engine.standardization.gate;

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
import static io.lodestar.pmo.engine.standardization.StandardizationKeys.REQUIRED;
import static io.lodestar.pmo.engine.standardization.StandardizationKeys.TOO_LONG;

import io.lodestar.pmo.engine.shared.Outcome;
import io.lodestar.pmo.engine.shared.Violation;
import io.lodestar.pmo.engine.standardization.compliance.ComplianceResult;
import io.lodestar.pmo.engine.standardization.compliance.RuleResult;
import io.lodestar.pmo.engine.standardization.compliance.RuleStatus;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The stage-gate state machine. In a phase with no open request, the project manager may request
 * the phase's exit gate (its criteria met); with a request open, approvers approve (the gate passes
 * at the quorum and the project enters the next phase, or completes after the last) or reject (with
 * a comment; the project stays in its phase), and the requester may withdraw. Every other move is
 * refused with an {@link Outcome.Invalid} naming the field, never an exception.
 */
public final class StageGates {

  public static final int MAX_COMMENT = 2_000;

  private final GateConfig config;

  /**
   * @param config a valid configuration ({@link GateConfig#validate()} empty)
   */
  public StageGates(GateConfig config) {
    this.config = Objects.requireNonNull(config, "config");
    if (!config.validate().isEmpty()) {
      throw new IllegalArgumentException("invalid gate configuration: " + config.validate());
    }
  }

  /**
   * The project manager requests the current phase's exit gate.
   *
   * @param ticked checklist item ids ticked
   * @param documents document id → http(s) link
   * @param latest the project's latest compliance result; empty when never scanned
   * @param approvers user keys of everyone holding the gate's approver role; the requester is not
   *     counted, since no one may approve their own request (the quorum must be reachable without
   *     them)
   */
  public Outcome<GateState> request(
      GateState state,
      GateActor actor,
      Set<String> ticked,
      Map<String, String> documents,
      Optional<ComplianceResult> latest,
      Set<String> approvers,
      Instant at) {
    if (!actor.projectManager()) {
      return refuse("actor", GATE_NOT_MANAGER);
    }
    if (state.complete(config)) {
      return refuse("phase", GATE_LIFECYCLE_COMPLETE);
    }
    if (state.open().isPresent()) {
      return refuse("phase", GATE_REQUEST_OPEN, config.phases().get(state.phase()));
    }
    GateCriteria criteria = config.gates().get(state.phase());
    List<Violation> problems = new ArrayList<>();
    long others = approvers.stream().filter(k -> !k.equals(actor.userKey())).count();
    if (others < config.quorum()) {
      problems.add(Violation.of("quorum", GATE_QUORUM_UNREACHABLE, config.quorum(), (int) others));
    }
    for (ChecklistItem item : criteria.checklist()) {
      if (!ticked.contains(item.id())) {
        problems.add(Violation.of("checklist." + item.id(), GATE_CHECKLIST_OPEN, item.text()));
      }
    }
    for (RequiredDocument doc : criteria.documents()) {
      String link = documents.get(doc.id());
      if (link == null || link.isBlank()) {
        problems.add(Violation.of("documents." + doc.id(), GATE_DOCUMENT_MISSING, doc.label()));
      } else if (!isWebLink(link)) {
        problems.add(Violation.of("documents." + doc.id(), GATE_DOCUMENT_URL, link));
      }
    }
    for (String ruleId : criteria.ruleIds()) {
      Optional<RuleStatus> status = latest.flatMap(r -> r.rule(ruleId)).map(RuleResult::status);
      if (status.isEmpty() || status.get() == RuleStatus.UNKNOWN) {
        problems.add(Violation.of("rules." + ruleId, GATE_RULE_UNKNOWN, ruleId));
      } else if (status.get() == RuleStatus.FAILED) {
        problems.add(Violation.of("rules." + ruleId, GATE_RULE_FAILING, ruleId));
      }
    }
    if (!problems.isEmpty()) {
      return Outcome.invalid(problems);
    }
    GateRequest request =
        new GateRequest(state.phase(), actor.userKey(), at, ticked, documents, List.of());
    return Outcome.ok(
        new GateState(
            state.projectKey(),
            state.phase(),
            Optional.of(request),
            with(state, GateEvent.Kind.REQUESTED, actor, at, "")));
  }

  /** An approver approves the open request; at the quorum the gate passes. */
  public Outcome<GateState> approve(GateState state, GateActor actor, String comment, Instant at) {
    Optional<Outcome<GateState>> refused = decisionRefused(state, actor, comment, false);
    if (refused.isPresent()) {
      return refused.get();
    }
    GateRequest open = state.open().get();
    List<String> approvals = new ArrayList<>(open.approvals());
    approvals.add(actor.userKey());
    List<GateEvent> history =
        new ArrayList<>(with(state, GateEvent.Kind.APPROVED, actor, at, comment));
    if (approvals.size() >= config.quorum()) {
      history.add(new GateEvent(GateEvent.Kind.PASSED, state.phase(), actor.userKey(), at, ""));
      return Outcome.ok(
          new GateState(state.projectKey(), state.phase() + 1, Optional.empty(), history));
    }
    GateRequest next =
        new GateRequest(
            open.phase(),
            open.requestedBy(),
            open.requestedAt(),
            open.ticked(),
            open.documents(),
            approvals);
    return Outcome.ok(new GateState(state.projectKey(), state.phase(), Optional.of(next), history));
  }

  /** An approver rejects the open request, with a comment; the project stays in its phase. */
  public Outcome<GateState> reject(GateState state, GateActor actor, String comment, Instant at) {
    Optional<Outcome<GateState>> refused = decisionRefused(state, actor, comment, true);
    if (refused.isPresent()) {
      return refused.get();
    }
    return Outcome.ok(
        new GateState(
            state.projectKey(),
            state.phase(),
            Optional.empty(),
            with(state, GateEvent.Kind.REJECTED, actor, at, comment)));
  }

  /** The requester withdraws the open request. */
  public Outcome<GateState> withdraw(GateState state, GateActor actor, Instant at) {
    if (state.open().isEmpty()) {
      return refuse("phase", GATE_NO_REQUEST);
    }
    if (!state.open().get().requestedBy().equals(actor.userKey())) {
      return refuse("actor", GATE_NOT_MANAGER);
    }
    return Outcome.ok(
        new GateState(
            state.projectKey(),
            state.phase(),
            Optional.empty(),
            with(state, GateEvent.Kind.WITHDRAWN, actor, at, "")));
  }

  private Optional<Outcome<GateState>> decisionRefused(
      GateState state, GateActor actor, String comment, boolean commentRequired) {
    if (!actor.approver()) {
      return Optional.of(refuse("actor", GATE_NOT_APPROVER));
    }
    if (state.open().isEmpty()) {
      return Optional.of(refuse("phase", GATE_NO_REQUEST));
    }
    GateRequest open = state.open().get();
    if (open.requestedBy().equals(actor.userKey())) {
      return Optional.of(refuse("actor", GATE_OWN_REQUEST));
    }
    if (open.approvals().contains(actor.userKey())) {
      return Optional.of(refuse("actor", GATE_ALREADY_DECIDED));
    }
    if (commentRequired && comment.isBlank()) {
      return Optional.of(refuse("comment", REQUIRED));
    }
    if (comment.length() > MAX_COMMENT) {
      return Optional.of(refuse("comment", TOO_LONG, MAX_COMMENT));
    }
    return Optional.empty();
  }

  private static List<GateEvent> with(
      GateState state, GateEvent.Kind kind, GateActor actor, Instant at, String comment) {
    List<GateEvent> history = new ArrayList<>(state.history());
    history.add(new GateEvent(kind, state.phase(), actor.userKey(), at, comment.trim()));
    return history;
  }

  private static boolean isWebLink(String link) {
    if (link.length() > 2_000) {
      return false;
    }
    try {
      URI uri = new URI(link.trim());
      String scheme = uri.getScheme();
      return uri.getHost() != null
          && ("http".equalsIgnoreCase(scheme) || "https".equalsIgnoreCase(scheme));
    } catch (URISyntaxException e) {
      return false;
    }
  }

  private static Outcome<GateState> refuse(String field, String key, Object... args) {
    return Outcome.invalid(Violation.of(field, key, args));
  }
}
