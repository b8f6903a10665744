package io.lodestar.pmo.app.standardization.port;

import io.lodestar.pmo.engine.standardization.compliance.ComplianceResult;
import io.lodestar.pmo.engine.standardization.compliance.ScanPlan;
import io.lodestar.pmo.engine.standardization.compliance.ScanStore;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The engine's {@link ScanStore} plus what the pages read back: the stored plans (progress), cancel
 * requests and the kept results (history for the trends). Results are bounded per read.
 */
public interface ScanRecords extends ScanStore {

  /** The most results {@link #history} returns (the latest ones). */
  int MAX_HISTORY = 500;

  /** Keeps a new scan's plan, who started it and when. */
  void start(ScanPlan plan, String startedBy, Instant at);

  /** The plan of scan {@code scanId} as last stored. */
  Optional<ScanPlan> plan(String scanId);

  /** The id of the newest scan, if any. */
  Optional<String> latestScanId();

  /** Marks the scan for cancellation; the running scan sees it before its next project. */
  void requestCancel(String scanId);

  boolean cancelRequested(String scanId);

  /** The project's results of every scan, oldest first, at most {@link #MAX_HISTORY}. */
  List<ComplianceResult> history(String projectKey);

  /** Each project's newest result (any scan), by project key. */
  List<ComplianceResult> latestResults();

  /**
   * The project's newest result (any scan). Hosts with an index on it override this; the default
   * reads the bounded history.
   *
   * @param projectKey never null
   * @return empty when the project was never scanned
   */
  default Optional<ComplianceResult> latestResult(String projectKey) {
    List<ComplianceResult> history = history(projectKey);
    return history.isEmpty() ? Optional.empty() : Optional.of(history.get(history.size() - 1));
  }
}
