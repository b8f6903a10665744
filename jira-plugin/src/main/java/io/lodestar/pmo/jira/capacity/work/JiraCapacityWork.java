package io.lodestar.pmo.jira.capacity.work;

import com.atlassian.jira.bc.issue.search.SearchService;
import com.atlassian.jira.issue.CustomFieldManager;
import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.jira.issue.search.SearchException;
import com.atlassian.jira.issue.search.SearchResults;
import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.user.util.UserManager;
import com.atlassian.jira.web.bean.PagerFilter;
import com.atlassian.query.Query;
import io.lodestar.pmo.app.capacity.port.CapacityWork;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;

/**
 * {@link CapacityWork} on Jira's search: every read is a JQL search run <b>as the viewer</b> (the
 * logged-in user), so Jira's browse permission and issue security decide which issues are read at
 * all; {@link #hiddenAssignedTo} counts the others (the same count with security overridden minus
 * the viewer's count, as the risk index does). Open means {@code statusCategory != Done}; results
 * are read in {@link PagerFilter} pages of {@value #PAGE_SIZE}, at most {@link
 * CapacityWork#MAX_ITEMS} issues (100 searches) per read.
 *
 * <p>Per issue: the assignee's user key, the remaining estimate ({@link Issue#getEstimate}, null
 * when unestimated), the due date, the start date from the custom field named {@code
 * startFieldName} (e.g. "Start date", or Advanced Roadmaps' "Target start"; none when no such
 * field), and as version the update time in milliseconds.
 *
 * <p>The saved what-if ({@link #update}) is not available in Jira yet: it refuses, writing nothing.
 */
public final class JiraCapacityWork implements CapacityWork {

  /** Issues per search page. */
  static final int PAGE_SIZE = 500;

  /** Most assignees per search (one JQL IN list). */
  static final int MAX_ASSIGNEES = 1_000;

  private final SearchService search;
  private final JiraAuthenticationContext authentication;
  private final UserManager users;
  private final CustomFieldManager fields;
  private final String startFieldName;
  private final ZoneId zone;

  public JiraCapacityWork(
      SearchService search,
      JiraAuthenticationContext authentication,
      UserManager users,
      CustomFieldManager fields,
      String startFieldName) {
    this(search, authentication, users, fields, startFieldName, ZoneId.systemDefault());
  }

  JiraCapacityWork(
      SearchService search,
      JiraAuthenticationContext authentication,
      UserManager users,
      CustomFieldManager fields,
      String startFieldName,
      ZoneId zone) {
    this.search = Objects.requireNonNull(search, "search");
    this.authentication = Objects.requireNonNull(authentication, "authentication");
    this.users = Objects.requireNonNull(users, "users");
    this.fields = Objects.requireNonNull(fields, "fields");
    this.startFieldName = Objects.requireNonNull(startFieldName, "startFieldName");
    this.zone = Objects.requireNonNull(zone, "zone");
  }

  /** A search Jira refused or failed: nothing of the read is returned. */
  public static final class WorkSearchException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    WorkSearchException(String message, Throwable cause) {
      super(message, cause);
    }
  }

  @Override
  public List<Issue> openAssignedTo(Collection<String> assignees) {
    Optional<String> jql = assignedJql(assignees);
    return jql.isEmpty() ? List.of() : read(jql.get() + " ORDER BY key ASC", MAX_ITEMS);
  }

  /**
   * How many open issues assigned to {@code assignees} the viewer may not see (another project, or
   * issue security): Jira's count with security overridden minus the viewer's count.
   */
  public long hiddenAssignedTo(Collection<String> assignees) {
    Optional<String> jql = assignedJql(assignees);
    if (jql.isEmpty()) {
      return 0;
    }
    Query query = parse(jql.get());
    try {
      long all = search.searchCountOverrideSecurity(null, query);
      long seen = search.searchCount(authentication.getLoggedInUser(), query);
      return Math.max(0, all - seen);
    } catch (SearchException e) {
      throw new WorkSearchException("Lodestar: count failed: " + jql.get(), e);
    }
  }

  private Optional<String> assignedJql(Collection<String> assignees) {
    List<String> keys = assignees.stream().filter(Objects::nonNull).distinct().sorted().toList();
    if (keys.size() > MAX_ASSIGNEES) {
      throw new IllegalArgumentException("at most " + MAX_ASSIGNEES + " assignees at once");
    }
    List<String> names = new ArrayList<>();
    for (String key : keys) {
      ApplicationUser user = users.getUserByKey(key);
      if (user != null) {
        names.add(quote(user.getUsername()));
      }
    }
    if (names.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of("assignee in (" + String.join(", ", names) + ") AND statusCategory != Done");
  }

  @Override
  public List<String> assigneesOf(String projectKey, LocalDate from) {
    String jql =
        "project = "
            + quote(projectKey)
            + " AND assignee is not EMPTY AND statusCategory != Done AND (duedate >= "
            + quote(from.toString())
            + " OR duedate is EMPTY) ORDER BY assignee ASC";
    TreeSet<String> keys = new TreeSet<>();
    for (Issue i : read(jql, MAX_ITEMS)) {
      if (i.assignee() != null && keys.size() < 1_000) {
        keys.add(i.assignee());
      }
    }
    return List.copyOf(keys);
  }

  @Override
  public List<Issue> openUnassigned(String projectKey) {
    return read(
        "project = "
            + quote(projectKey)
            + " AND assignee is EMPTY AND statusCategory != Done ORDER BY key ASC",
        MAX_ITEMS);
  }

  @Override
  public Optional<Issue> issue(String issueKey) {
    if (issueKey == null || issueKey.isBlank()) {
      return Optional.empty();
    }
    return read("issuekey = " + quote(issueKey), 1).stream().findFirst();
  }

  /** Not yet: the Jira issue update (IssueService) is not built, so a save is refused (501). */
  @Override
  public boolean writesIssues() {
    return false;
  }

  @Override
  public boolean update(
      String issueKey,
      long version,
      String assignee,
      LocalDate start,
      LocalDate due,
      String actorKey) {
    throw new UnsupportedOperationException(
        "Lodestar: saving a what-if to Jira issues is not available yet; nothing was changed.");
  }

  private List<Issue> read(String jql, int max) {
    Query query = parse(jql);
    ApplicationUser viewer = authentication.getLoggedInUser();
    Optional<CustomField> startField = startField();
    List<Issue> found = new ArrayList<>();
    int start = 0;
    while (found.size() < max) {
      int page = Math.min(PAGE_SIZE, max - found.size());
      SearchResults<com.atlassian.jira.issue.Issue> results;
      try {
        results = search.search(viewer, query, new PagerFilter<>(start, page));
      } catch (SearchException | RuntimeException e) {
        throw new WorkSearchException(
            "Lodestar: search failed at " + start + ": " + jql + " (" + e.getMessage() + ")", e);
      }
      List<com.atlassian.jira.issue.Issue> issues = results.getResults();
      for (com.atlassian.jira.issue.Issue issue : issues) {
        if (found.size() < max) {
          found.add(toIssue(issue, startField));
        }
      }
      start += issues.size();
      if (issues.size() < page || start >= results.getTotal()) {
        break;
      }
    }
    return found;
  }

  private Optional<CustomField> startField() {
    Collection<CustomField> named = fields.getCustomFieldObjectsByName(startFieldName);
    return named == null ? Optional.empty() : named.stream().filter(Objects::nonNull).findFirst();
  }

  private Issue toIssue(com.atlassian.jira.issue.Issue issue, Optional<CustomField> startField) {
    LocalDate start = startField.map(f -> issue.getCustomFieldValue(f)).map(this::day).orElse(null);
    Date updated = issue.getUpdated();
    return new Issue(
        issue.getKey(),
        issue.getProjectObject().getKey(),
        issue.getSummary() == null ? "" : issue.getSummary(),
        issue.getAssigneeId(),
        start,
        issue.getDueDate() == null ? null : day(issue.getDueDate()),
        issue.getEstimate(),
        updated == null ? 0 : updated.getTime());
  }

  private LocalDate day(Object value) {
    if (value instanceof java.sql.Date d) {
      return d.toLocalDate();
    }
    if (value instanceof Date d) {
      return d.toInstant().atZone(zone).toLocalDate();
    }
    return null; // not a date field: no start date
  }

  private Query parse(String jql) {
    SearchService.ParseResult parsed = search.parseQuery(authentication.getLoggedInUser(), jql);
    if (parsed == null || !parsed.isValid() || parsed.getQuery() == null) {
      throw new WorkSearchException(
          "Lodestar: JQL refused: " + jql + (parsed == null ? "" : " " + parsed.getErrors()), null);
    }
    return parsed.getQuery();
  }

  /** A JQL string literal: double quotes, with backslashes and quotes escaped. */
  static String quote(String value) {
    return "\"" + value.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
  }
}
