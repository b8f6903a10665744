package io.lodestar.pmo.engine.risk.port;

import java.util.List;

/** Port: overdue-review flags, one per risk issue at most. */
public interface RiskReviewFlagStore {

  /** The flags of one project's risks; never null. */
  List<ReviewFlag> flagsOf(String projectKey);

  /** Creates or replaces the flag of {@code flag.issueKey()}. */
  void save(ReviewFlag flag);

  /** Removes the flag of {@code issueKey}; no-op when there is none. */
  void clear(String issueKey);
}
