package io.lodestar.pmo.jira.risk.index;

/** Starts the background re-index of one project's risk issues (cluster-wide, at most one run). */
public interface RiskReindexQueue {

  /**
   * Asks for a re-index of the project's risk issues with its current settings and model; returns
   * at once. Asking again while one is queued or runs does not start a second one.
   */
  void request(String projectKey);
}
