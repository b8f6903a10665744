package io.lodestar.pmo.app.shared.host;

import java.util.Optional;

/**
 * The issues linked to one issue, as a viewer may see them. Issue panels use it for "the risks
 * linked to this issue" (keep the linked issues whose project maps their issue type as a risk) and
 * for a risk's mitigation progress ({@link LinkedIssues#progress}). An issue has tens of links, not
 * thousands, so the answer is one list.
 */
public interface IssueLinks {

  /**
   * @param issueKey an issue key such as {@code ABC-12}; may be null
   * @param viewer the viewer; null for anonymous
   * @return the issue's links that the viewer may see, with a count of the hidden ones; empty when
   *     there is no such issue or the viewer may not browse it (Jira: BROWSE_PROJECTS and issue
   *     security). Host-internal links (Jira: sub-task and other system links) are left out.
   */
  Optional<LinkedIssues> linkedTo(String issueKey, HostUser viewer);
}
