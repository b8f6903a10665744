package io.lodestar.pmo.jira.risk.customfield;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.issuetype.IssueType;
import com.atlassian.jira.project.Project;
import io.lodestar.pmo.app.risk.web.ProjectRiskContexts;
import io.lodestar.pmo.app.risk.web.ProjectRiskContexts.ProjectRiskContext;
import io.lodestar.pmo.app.shared.persistence.StoredDataException;
import io.lodestar.pmo.engine.risk.assessment.AssessedRisk;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The assessment of one Jira issue as a risk, with its project's model: what the calculated custom
 * fields and the issue panel show. O(1) per issue: a settings and model lookup (the stores'
 * concern, see {@link ProjectRiskContexts}) and reading the mapped fields of the issue in hand.
 */
public final class IssueRiskAssessments {

  private static final Logger LOG = LoggerFactory.getLogger(IssueRiskAssessments.class);
  private static final int MAX_REPORTED = 1000;

  /** Projects whose unreadable settings were logged already (logging only, never a decision). */
  private final Set<String> reportedUnreadable = ConcurrentHashMap.newKeySet();

  private final ProjectRiskContexts contexts;
  private final IssueRiskReader reader;

  public IssueRiskAssessments(ProjectRiskContexts contexts, IssueRiskReader reader) {
    this.contexts = Objects.requireNonNull(contexts, "contexts");
    this.reader = Objects.requireNonNull(reader, "reader");
  }

  /**
   * @param issue an issue; may be null
   * @return the issue's assessment with its project's context; empty for an issue that is not a
   *     risk (project not configured, issue type not designated, unreadable)
   */
  public Optional<Assessment> assess(Issue issue) {
    if (issue == null) {
      return Optional.empty();
    }
    Project project = issue.getProjectObject();
    IssueType type = issue.getIssueType();
    if (project == null || type == null) {
      return Optional.empty();
    }
    Optional<ProjectRiskContext> context;
    try {
      context = contexts.forProject(project.getKey());
    } catch (StoredDataException unreadable) {
      // A corrupt settings or model row must not fail every issue of a re-index: the fields show
      // nothing for this project, and the problem is logged once per project and node.
      if (reportedUnreadable.size() < MAX_REPORTED && reportedUnreadable.add(project.getKey())) {
        LOG.error(
            "Lodestar: risk settings of project {} are unreadable", project.getKey(), unreadable);
      }
      return Optional.empty();
    }
    return context
        .filter(c -> c.isRiskType(type.getId()))
        .flatMap(
            c ->
                reader
                    .read(issue, c.settings().mapping(), c.model())
                    .map(risk -> new Assessment(c, c.assessor().assess(risk))));
  }

  /**
   * An issue's assessment.
   *
   * @param context its project's settings and model
   * @param risk the assessed risk
   */
  public record Assessment(ProjectRiskContext context, AssessedRisk risk) {}
}
