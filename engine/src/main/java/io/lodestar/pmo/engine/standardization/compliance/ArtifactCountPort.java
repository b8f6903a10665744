package io.lodestar.pmo.engine.standardization.compliance;

/**
 * The host's search count: how many issues a JQL query matches, as the scanning user may see them,
 * without loading any issue (Jira: {@code SearchService.searchCount}). The evaluator asks once per
 * (artifact rule, project).
 */
public interface ArtifactCountPort {

  /** The count for {@code jql} (already scoped to one project), or why it could not run. */
  CountAnswer count(String jql);

  /** A count, or why there is none. */
  sealed interface CountAnswer permits Counted, Unavailable {}

  /**
   * The query matched {@code issues} issues.
   *
   * @param issues at least 0
   */
  record Counted(long issues) implements CountAnswer {
    public Counted {
      if (issues < 0) {
        throw new IllegalArgumentException("issues < 0: " + issues);
      }
    }
  }

  /**
   * The query could not run.
   *
   * @param reason the host's reason, e.g. the JQL parser's message; never null
   */
  record Unavailable(String reason) implements CountAnswer {
    public Unavailable {
      java.util.Objects.requireNonNull(reason, "reason");
    }
  }
}
