package io.lodestar.pmo.app.training;

import java.util.List;
import java.util.Optional;

/**
 * Port: the host's issues as training reads them (Jira: the issue manager; the sandbox: its issue
 * table). Reads one issue at a time or one person's bounded list, never a search over everything.
 */
public interface TrainingWork {

  /** The issue {@code issueKey}, when it exists (no permission check: the caller checks). */
  Optional<AssignedWork> byKey(String issueKey);

  /**
   * The person's unresolved assigned issues, by due date, at most {@code max}: the work whose
   * requirements a training plan compares with what the person holds.
   */
  List<AssignedWork> openAssignedTo(String personKey, int max);
}
