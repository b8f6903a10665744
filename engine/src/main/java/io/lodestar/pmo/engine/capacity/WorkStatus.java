package io.lodestar.pmo.engine.capacity;

/**
 * What became of one work item in an allocation. Only {@link #SCHEDULED} work uses capacity; every
 * other status is counted and shown, never silently dropped.
 */
public enum WorkStatus {
  /** Spread over the assignee's working days. */
  SCHEDULED("lodestar.capacity.work.scheduled"),
  /** No remaining estimate. */
  UNESTIMATED("lodestar.capacity.work.unestimated"),
  /** No due date. */
  UNSCHEDULED("lodestar.capacity.work.unscheduled"),
  /** Nobody assigned. */
  UNASSIGNED("lodestar.capacity.work.unassigned"),
  /** Assigned to somebody whose capacity is not planned. */
  ASSIGNEE_NOT_PLANNED("lodestar.capacity.work.assigneeNotPlanned"),
  /** Due before the window starts, with work remaining. */
  OVERDUE("lodestar.capacity.work.overdue"),
  /** Dated, but the assignee has no working day from start to due (all holidays, away, left). */
  UNSCHEDULABLE("lodestar.capacity.work.unschedulable"),
  /** Replaced by an explicit allocation naming the issue. */
  EXPLICITLY_ALLOCATED("lodestar.capacity.work.explicitlyAllocated");

  private final String messageKey;

  WorkStatus(String messageKey) {
    this.messageKey = messageKey;
  }

  /** The i18n key of the status's label; its argument is the number of items. */
  public String messageKey() {
    return messageKey;
  }
}
