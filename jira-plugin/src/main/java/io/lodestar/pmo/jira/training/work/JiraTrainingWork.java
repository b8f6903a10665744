package io.lodestar.pmo.jira.training.work;

import com.atlassian.jira.bc.issue.search.SearchService;
import com.atlassian.jira.bc.project.component.ProjectComponent;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.IssueManager;
import com.atlassian.jira.issue.search.SearchException;
import com.atlassian.jira.issue.search.SearchResults;
import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.user.util.UserManager;
import com.atlassian.jira.web.bean.PagerFilter;
import io.lodestar.pmo.app.training.AssignedWork;
import io.lodestar.pmo.app.training.TrainingWork;
import io.lodestar.pmo.engine.training.Work;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * {@link TrainingWork} on Jira: one issue through {@link IssueManager#getIssueObject(String)} (the
 * caller checks BROWSE), a person's open work through one bounded JQL search ({@code assignee =
 * "<username>" AND resolution IS EMPTY ORDER BY duedate ASC}, at most {@value #MAX_ASSIGNED}
 * issues) run as the signed-in viewer, so that only issues the viewer may browse are read; an
 * anonymous viewer gets nothing.
 *
 * <p>Dates: Jira has no system start date, so the work starts on the day of the check (an empty
 * start); the due date is the issue's, in the server's zone.
 */
public final class JiraTrainingWork implements TrainingWork {

  /** The most issues one person's list reads. */
  public static final int MAX_ASSIGNED = 200;

  private final IssueManager issues;
  private final SearchService search;
  private final UserManager users;
  private final JiraAuthenticationContext authentication;
  private final ZoneId zone;

  public JiraTrainingWork(
      IssueManager issues,
      SearchService search,
      UserManager users,
      JiraAuthenticationContext authentication) {
    this(issues, search, users, authentication, ZoneId.systemDefault());
  }

  JiraTrainingWork(
      IssueManager issues,
      SearchService search,
      UserManager users,
      JiraAuthenticationContext authentication,
      ZoneId zone) {
    this.issues = Objects.requireNonNull(issues, "issues");
    this.search = Objects.requireNonNull(search, "search");
    this.users = Objects.requireNonNull(users, "users");
    this.authentication = Objects.requireNonNull(authentication, "authentication");
    this.zone = Objects.requireNonNull(zone, "zone");
  }

  @Override
  public Optional<AssignedWork> byKey(String issueKey) {
    if (issueKey == null || issueKey.isBlank()) {
      return Optional.empty();
    }
    return read(issues.getIssueObject(issueKey));
  }

  @Override
  public List<AssignedWork> openAssignedTo(String personKey, int max) {
    ApplicationUser viewer = authentication.getLoggedInUser();
    ApplicationUser person = personKey == null ? null : users.getUserByKey(personKey);
    if (viewer == null || person == null || max <= 0) {
      return List.of();
    }
    SearchService.ParseResult parsed = search.parseQuery(viewer, jql(person.getUsername()));
    if (!parsed.isValid()) {
      throw new IllegalStateException(
          "Lodestar: the assigned-work query did not parse: " + parsed.getErrors());
    }
    SearchResults<Issue> results;
    try {
      results =
          search.search(
              viewer, parsed.getQuery(), new PagerFilter<>(0, Math.min(max, MAX_ASSIGNED)));
    } catch (SearchException e) {
      throw new IllegalStateException(
          "Lodestar: the assigned-work search failed: " + e.getMessage(), e);
    }
    List<AssignedWork> found = new ArrayList<>();
    for (Issue issue : results.getResults()) {
      read(issue).ifPresent(found::add);
    }
    return found;
  }

  /** The JQL of one person's open work, the username quoted as a JQL string. */
  static String jql(String username) {
    return "assignee = "
        + quote(username)
        + " AND resolution IS EMPTY ORDER BY duedate ASC, key ASC";
  }

  static String quote(String value) {
    return '"' + value.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
  }

  /** The issue as training reads it; empty for null or an issue without project or type. */
  public Optional<AssignedWork> read(Issue issue) {
    if (issue == null
        || issue.getKey() == null
        || issue.getProjectObject() == null
        || issue.getIssueType() == null) {
      return Optional.empty();
    }
    Set<String> components = new LinkedHashSet<>();
    Collection<ProjectComponent> found = issue.getComponents();
    if (found != null) {
      for (ProjectComponent c : found) {
        if (c != null && c.getName() != null) {
          components.add(c.getName());
        }
      }
    }
    Work work =
        new Work(
            issue.getKey(),
            issue.getProjectObject().getKey(),
            issue.getIssueType().getId(),
            components,
            Optional.empty(),
            Optional.ofNullable(day(issue.getDueDate())));
    ApplicationUser assignee = issue.getAssignee();
    return Optional.of(new AssignedWork(work, assignee == null ? null : assignee.getKey()));
  }

  private LocalDate day(Timestamp t) {
    return t == null ? null : t.toInstant().atZone(zone).toLocalDate();
  }
}
