package io.lodestar.pmo.jira.portfolio.index;

import io.lodestar.pmo.engine.rollup.StatusCategory;
import java.util.Objects;

/**
 * What the rollup index keeps of one Jira issue, read once from the issue (by {@link
 * JiraRollupIssues}) and then independent of Jira.
 *
 * @param id the issue id
 * @param key the issue key
 * @param summary the summary (kept for epics only, to list them)
 * @param projectId its project
 * @param securityLevelId its issue security level; null when it has none
 * @param status its status category
 * @param epic whether the issue is an epic
 * @param epicKey the key of the epic it belongs to (its Epic Link, or through its parent for a
 *     sub-task); null when none
 * @param points story points; null when not estimated
 * @param originalSeconds original estimate; null when none
 * @param remainingSeconds remaining estimate; null when none
 * @param spentSeconds time spent; null when none
 */
public record RollupIssue(
    long id,
    String key,
    String summary,
    long projectId,
    Long securityLevelId,
    StatusCategory status,
    boolean epic,
    String epicKey,
    Double points,
    Long originalSeconds,
    Long remainingSeconds,
    Long spentSeconds) {

  public RollupIssue {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(status, "status");
    summary = summary == null ? "" : summary;
  }
}
