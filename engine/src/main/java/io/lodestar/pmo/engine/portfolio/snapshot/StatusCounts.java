package io.lodestar.pmo.engine.portfolio.snapshot;

import io.lodestar.pmo.engine.rollup.StatusCategory;
import java.util.Objects;

/**
 * Issue counts of a node by Jira status category.
 *
 * @param toDo issues in the "To Do" category, at least 0
 * @param inProgress issues in "In Progress", at least 0
 * @param done issues in "Done", at least 0
 */
public record StatusCounts(long toDo, long inProgress, long done) {

  /** No issues. */
  public static final StatusCounts NONE = new StatusCounts(0, 0, 0);

  public StatusCounts {
    if (toDo < 0 || inProgress < 0 || done < 0) {
      throw new IllegalArgumentException(
          "status counts must not be negative: " + toDo + ", " + inProgress + ", " + done);
    }
  }

  /** All issues. */
  public long total() {
    return toDo + inProgress + done;
  }

  /** The count of one category. */
  public long of(StatusCategory category) {
    return switch (Objects.requireNonNull(category, "category")) {
      case TO_DO -> toDo;
      case IN_PROGRESS -> inProgress;
      case DONE -> done;
    };
  }
}
