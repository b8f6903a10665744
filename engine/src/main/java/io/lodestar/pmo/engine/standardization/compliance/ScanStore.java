package io.lodestar.pmo.engine.standardization.compliance;

/**
 * Where a scan keeps its results and its cursor (the host's database, shared by the cluster). Both
 * writes must be idempotent: saving the same (scan, project) result twice keeps one.
 */
public interface ScanStore {

  /** Keeps {@code result} as scan {@code scanId}'s result of its project, replacing any. */
  void saveResult(String scanId, ComplianceResult result);

  /** Keeps the plan's cursor and state, replacing the previous one of the same scan. */
  void saveProgress(ScanPlan plan);
}
