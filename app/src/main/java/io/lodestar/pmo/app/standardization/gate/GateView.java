package io.lodestar.pmo.app.standardization.gate;

import java.util.List;

/**
 * What a viewer sees of a project's stage gate: the page's view model and the REST body. Plain
 * texts (the page's renderer escapes them).
 *
 * @param projectKey the project's key
 * @param projectName its name
 * @param version the gate's version, to send back with a move (409 when stale)
 * @param phase the current phase's name; empty once every gate is passed
 * @param phaseIndex the current phase, zero-based (equals the number of phases once complete)
 * @param complete whether every gate is passed
 * @param phases the lifecycle, each with whether it is passed, current or upcoming
 * @param checklist the current gate's checklist, with what the open request ticked
 * @param documents the current gate's required documents, with the open request's links
 * @param rules the current gate's template rules
 * @param rulesEvaluated false while the compliance scans are not connected (rules "not evaluated")
 * @param quorum approvals a gate needs
 * @param approvers the approvers' display names
 * @param request the open request; null when none
 * @param history every gate event, newest first
 * @param mayRequest whether the viewer may request the current gate now
 * @param mayWithdraw whether the viewer may withdraw the open request
 * @param mayDecide whether the viewer may approve or reject the open request now
 */
public record GateView(
    String projectKey,
    String projectName,
    long version,
    String phase,
    int phaseIndex,
    boolean complete,
    List<Phase> phases,
    List<Check> checklist,
    List<Document> documents,
    List<String> rules,
    boolean rulesEvaluated,
    int quorum,
    List<String> approvers,
    Request request,
    List<Event> history,
    boolean mayRequest,
    boolean mayWithdraw,
    boolean mayDecide) {

  public GateView {
    phases = List.copyOf(phases);
    checklist = List.copyOf(checklist);
    documents = List.copyOf(documents);
    rules = List.copyOf(rules);
    approvers = List.copyOf(approvers);
    history = List.copyOf(history);
  }

  /** Whether a request is open (for templates). */
  public boolean requestOpen() {
    return request != null;
  }

  /**
   * One phase of the lifecycle.
   *
   * @param name its name
   * @param state {@code passed}, {@code current} or {@code upcoming}
   */
  public record Phase(String name, String state) {}

  /**
   * A checklist item.
   *
   * @param id its id (the form's value)
   * @param text what must be true
   * @param ticked whether the open request ticked it
   */
  public record Check(String id, String text, boolean ticked) {}

  /**
   * A required document.
   *
   * @param id its id (the form field is {@code doc.<id>})
   * @param label what it is
   * @param link the open request's link; empty when none
   */
  public record Document(String id, String label, String link) {}

  /**
   * The open request.
   *
   * @param phase the phase it leaves
   * @param requestedBy the requester's display name
   * @param requestedAt when, ISO 8601 UTC
   * @param approvals display names of the approvers who approved, in order
   * @param needed approvals still needed
   */
  public record Request(
      String phase, String requestedBy, String requestedAt, List<String> approvals, int needed) {
    public Request {
      approvals = List.copyOf(approvals);
    }
  }

  /**
   * One history entry.
   *
   * @param kind REQUESTED, APPROVED, REJECTED, WITHDRAWN or PASSED
   * @param label the kind in the viewer's language
   * @param phase the phase whose gate it concerns
   * @param actor the actor's display name
   * @param at when, ISO 8601 UTC
   * @param comment the comment; empty when none
   */
  public record Event(
      String kind, String label, String phase, String actor, String at, String comment) {}
}
