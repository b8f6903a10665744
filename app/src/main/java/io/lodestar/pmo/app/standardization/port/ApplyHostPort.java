package io.lodestar.pmo.app.standardization.port;

import io.lodestar.pmo.engine.standardization.apply.ApplyHost;
import io.lodestar.pmo.engine.standardization.apply.ApplyReport;
import io.lodestar.pmo.engine.standardization.config.WorkflowScheme;
import java.util.List;
import java.util.function.Function;

/**
 * The host side of applying a template (sandbox: one SQL transaction; Jira: its scheme and project
 * services with the engine's undo steps). Small on purpose: the engine's {@link ApplyHost} does the
 * steps, this port gives the host's workflow schemes (to re-use an identical one) and runs an apply
 * all-or-nothing.
 */
public interface ApplyHostPort {

  /** Every workflow scheme of the host, with its workflows. */
  List<WorkflowScheme> workflowSchemes();

  /**
   * Runs {@code work} with the host's {@link ApplyHost} for project {@code projectKey} (existing,
   * or created by the plan's first step), all-or-nothing: what {@code work} did is kept only when
   * it returns an {@link ApplyReport.Applied}; a {@link ApplyReport.RolledBack} or an exception
   * leaves the host as it was. Reads made by {@code work} (the dry run repeated before the apply)
   * see the same state as its writes.
   */
  <T> T atomically(String projectKey, Function<ApplyHost, Atomic<T>> work);

  /**
   * What {@code work} returns: a value, and whether to keep what was done.
   *
   * @param value the answer
   * @param keep true to keep the changes, false to undo every one of them
   */
  record Atomic<T>(T value, boolean keep) {}
}
