package io.lodestar.pmo.engine.training;

import java.util.Objects;

/**
 * A person enrolled in a course session.
 *
 * @param id stable id; never null
 * @param personKey never null
 * @param sessionId never null
 * @param status never null
 */
public record Enrolment(String id, String personKey, String sessionId, EnrolmentStatus status) {

  public Enrolment {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(personKey, "personKey");
    Objects.requireNonNull(sessionId, "sessionId");
    Objects.requireNonNull(status, "status");
  }

  /** True when the session's days are (or were) spent in training. */
  public boolean reservesCapacity() {
    return status != EnrolmentStatus.WITHDRAWN;
  }
}
