package io.lodestar.pmo.engine.standardization.gate;

import java.time.Instant;
import java.util.Objects;

/**
 * One entry of a project's gate history (also written to the audit log by the host).
 *
 * @param kind what happened; never null
 * @param phase the phase whose exit gate it concerns (zero-based)
 * @param actorKey who; never null
 * @param at when (UTC); never null
 * @param comment the actor's comment; never null, may be empty
 */
public record GateEvent(Kind kind, int phase, String actorKey, Instant at, String comment) {

  /** What happened. */
  public enum Kind {
    REQUESTED,
    APPROVED,
    REJECTED,
    WITHDRAWN,
    PASSED
  }

  public GateEvent {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(actorKey, "actorKey");
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(comment, "comment");
  }
}
