package io.lodestar.pmo.app.shared.host;

import java.util.Objects;

/**
 * One issue at the other end of a link.
 *
 * @param key the linked issue's key; never null
 * @param projectKey its project's current key; never null
 * @param summary its summary; never null, may be empty
 * @param issueTypeId the host's id of its issue type (Jira: {@code IssueType.getId()}); never null
 * @param done whether its status is in the done category (Jira: status category key {@code "done"})
 * @param linkType the link type's name, e.g. {@code "Relates"}; never null
 * @param outward true when the link goes from the asked-about issue to this one
 */
public record LinkedIssue(
    String key,
    String projectKey,
    String summary,
    String issueTypeId,
    boolean done,
    String linkType,
    boolean outward) {
  public LinkedIssue {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(projectKey, "projectKey");
    Objects.requireNonNull(summary, "summary");
    Objects.requireNonNull(issueTypeId, "issueTypeId");
    Objects.requireNonNull(linkType, "linkType");
  }
}
