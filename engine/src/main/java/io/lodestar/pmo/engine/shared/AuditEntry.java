package io.lodestar.pmo.engine.shared;

import java.time.Instant;
import java.util.Objects;

/**
 * One audited configuration change.
 *
 * @param actorKey Jira user key of the person who made the change; never null
 * @param action what happened, as a message key, e.g. {@code lodestar.risk.audit.model.updated};
 *     never null
 * @param targetType kind of thing changed, e.g. {@code risk.scoringModel}; never null
 * @param targetId identifier of the thing changed (an id or a project key); never null
 * @param before canonical text of the value before the change; null when created
 * @param after canonical text of the value after the change; null when deleted
 * @param at when the change happened (UTC instant); never null
 */
public record AuditEntry(
    String actorKey,
    String action,
    String targetType,
    String targetId,
    String before,
    String after,
    Instant at) {

  public AuditEntry {
    Objects.requireNonNull(actorKey, "actorKey");
    Objects.requireNonNull(action, "action");
    Objects.requireNonNull(targetType, "targetType");
    Objects.requireNonNull(targetId, "targetId");
    Objects.requireNonNull(at, "at");
  }
}
