package io.lodestar.pmo.jira.portfolio.index;

import com.atlassian.jira.issue.CustomFieldManager;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.jira.issue.issuetype.IssueType;
import com.atlassian.jira.issue.status.Status;
import io.lodestar.pmo.engine.rollup.StatusCategory;
import java.util.Collection;
import java.util.Objects;
import java.util.Optional;

/**
 * Reads a Jira {@link Issue} into a {@link RollupIssue}: no search, only the issue's own getters
 * and two custom fields found by name once ({@value #STORY_POINTS}, a number, and Jira Software's
 * {@value #EPIC_LINK}, whose value is the epic issue). An issue is an epic when its type is named
 * {@value #EPIC_TYPE}; a sub-task belongs to its parent's epic (or to its parent, when the parent
 * is an epic).
 */
public final class JiraRollupIssues {

  static final String STORY_POINTS = "Story Points";
  static final String EPIC_LINK = "Epic Link";
  static final String EPIC_TYPE = "Epic";

  private final CustomFieldManager customFields;
  private volatile Optional<CustomField> points;
  private volatile Optional<CustomField> epicLink;

  public JiraRollupIssues(CustomFieldManager customFields) {
    this.customFields = Objects.requireNonNull(customFields, "customFields");
  }

  /** The issue as the index keeps it; empty when it lacks an id, key or project. */
  public Optional<RollupIssue> read(Issue issue) {
    if (issue == null
        || issue.getId() == null
        || issue.getKey() == null
        || issue.getProjectId() == null) {
      return Optional.empty();
    }
    boolean epic = isEpic(issue);
    String epicKey = null;
    if (!epic) {
      Issue owner = issue.isSubTask() ? issue.getParentObject() : issue;
      if (owner != null && owner != issue && isEpic(owner)) {
        epicKey = owner.getKey();
      } else if (owner != null) {
        epicKey = epicOf(owner);
      }
    }
    return Optional.of(
        new RollupIssue(
            issue.getId(),
            issue.getKey(),
            epic ? issue.getSummary() : "",
            issue.getProjectId(),
            issue.getSecurityLevelId(),
            category(issue.getStatus()),
            epic,
            epicKey,
            number(field(true).map(issue::getCustomFieldValue).orElse(null)),
            issue.getOriginalEstimate(),
            issue.getEstimate(),
            issue.getTimeSpent()));
  }

  private String epicOf(Issue issue) {
    Object value = field(false).map(issue::getCustomFieldValue).orElse(null);
    return value instanceof Issue e ? e.getKey() : null;
  }

  private static boolean isEpic(Issue issue) {
    IssueType type = issue.getIssueType();
    return type != null && EPIC_TYPE.equals(type.getName());
  }

  private static Double number(Object value) {
    return value instanceof Number n ? n.doubleValue() : null;
  }

  static StatusCategory category(Status status) {
    com.atlassian.jira.issue.status.category.StatusCategory c =
        status == null ? null : status.getStatusCategory();
    String key = c == null ? null : c.getKey();
    if (com.atlassian.jira.issue.status.category.StatusCategory.COMPLETE.equals(key)) {
      return StatusCategory.DONE;
    }
    if (com.atlassian.jira.issue.status.category.StatusCategory.IN_PROGRESS.equals(key)) {
      return StatusCategory.IN_PROGRESS;
    }
    return StatusCategory.TO_DO;
  }

  private Optional<CustomField> field(boolean storyPoints) {
    Optional<CustomField> found = storyPoints ? points : epicLink;
    if (found == null) {
      Collection<CustomField> named =
          customFields.getCustomFieldObjectsByName(storyPoints ? STORY_POINTS : EPIC_LINK);
      found = named == null ? Optional.empty() : named.stream().findFirst();
      if (storyPoints) {
        points = found;
      } else {
        epicLink = found;
      }
    }
    return found;
  }
}
