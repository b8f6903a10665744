package io.lodestar.pmo.app.training;

import io.lodestar.pmo.engine.training.Work;
import java.util.Objects;

/**
 * An issue as the qualification check reads it: where and when the work is, and who does it.
 *
 * @param work the project, type, components and dates; never null
 * @param assigneeKey the assignee's user key; null when unassigned
 */
public record AssignedWork(Work work, String assigneeKey) {
  public AssignedWork {
    Objects.requireNonNull(work, "work");
  }
}
