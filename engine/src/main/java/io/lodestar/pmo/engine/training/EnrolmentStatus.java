package io.lodestar.pmo.engine.training;

/** Where an enrolment stands. */
public enum EnrolmentStatus {
  /** Booked: the session's days are reserved as training. */
  PLANNED,
  /** Attended, not (yet) passed: the days were training. */
  ATTENDED,
  /** Passed: the course's skills and certifications are granted. */
  PASSED,
  /** Withdrawn before the session: nothing reserved. */
  WITHDRAWN
}
