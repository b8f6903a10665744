package io.lodestar.pmo.jira.portfolio.index;

import java.util.List;
import java.util.Optional;

/**
 * Where the rollup index reads issues from: Jira's search (every issue, security overridden, in
 * pages) and its issue manager (one issue by id). Implemented by {@link SearchRollupIssueSource}.
 */
public interface RollupIssueSource {

  /** How many issues a full build reads. */
  long total();

  /**
   * One page of every issue, in a stable order.
   *
   * @throws RollupSourceException when the search fails
   */
  List<RollupIssue> page(int startAt, int max);

  /** One issue by id; empty when it does not exist (deleted, or never did). */
  Optional<RollupIssue> byId(long issueId);

  /** The sub-tasks of an issue (they follow their parent's epic). */
  List<RollupIssue> subTasksOf(long issueId);

  /** A search the index could not run; the build it belongs to is abandoned. */
  final class RollupSourceException extends RuntimeException {
    public RollupSourceException(String message, Throwable cause) {
      super(message, cause);
    }
  }
}
