package io.lodestar.pmo.engine.standardization.gate;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * An open request to pass a phase's gate.
 *
 * @param phase the phase being left (zero-based)
 * @param requestedBy the project manager's user key; never null
 * @param requestedAt when; never null
 * @param ticked checklist item ids ticked; copied
 * @param documents document id → link; copied
 * @param approvals user keys of the approvers who approved, in order; copied
 */
public record GateRequest(
    int phase,
    String requestedBy,
    Instant requestedAt,
    Set<String> ticked,
    Map<String, String> documents,
    List<String> approvals) {

  public GateRequest {
    Objects.requireNonNull(requestedBy, "requestedBy");
    Objects.requireNonNull(requestedAt, "requestedAt");
    ticked = Set.copyOf(ticked);
    documents = Map.copyOf(documents);
    approvals = List.copyOf(approvals);
  }
}
