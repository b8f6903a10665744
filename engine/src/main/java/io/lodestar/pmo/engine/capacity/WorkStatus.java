package io.lodestar.pmo.engine.capacity;

/**
 * What became of one work item in an allocation. Only {@link #SCHEDULED} work uses capacity; every
 * other status is counted and shown, never silently dropped.
 */
public enum WorkStatus {
  /** Spread over the assignee's working days. */
  SCHEDULED,
  /** No remaining estimate. */
  UNESTIMATED,
  /** No due date. */
  UNSCHEDULED,
  /** Nobody assigned. */
  UNASSIGNED,
  /** Assigned to somebody whose capacity is not planned. */
  ASSIGNEE_NOT_PLANNED,
  /** Due before the window starts, with work remaining. */
  OVERDUE,
  /** Dated, but the assignee has no working day from start to due (all holidays, away, left). */
  UNSCHEDULABLE,
  /** Replaced by an explicit allocation naming the issue. */
  EXPLICITLY_ALLOCATED
}
