package io.lodestar.pmo.engine.risk;

/**
 * Life-cycle status of a risk. {@link #OPEN}, {@link #MITIGATING} and {@link #ACCEPTED} are
 * <em>active</em>: they count as open exposure and their reviews can be overdue. {@link #CLOSED}
 * and {@link #OCCURRED} (the risk became an issue) are not.
 */
public enum RiskStatus {
  OPEN,
  MITIGATING,
  ACCEPTED,
  CLOSED,
  OCCURRED;

  /** True for OPEN, MITIGATING and ACCEPTED. */
  public boolean isActive() {
    return this == OPEN || this == MITIGATING || this == ACCEPTED;
  }
}
