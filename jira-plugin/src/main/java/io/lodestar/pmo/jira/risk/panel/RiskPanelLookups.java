package io.lodestar.pmo.jira.risk.panel;

import com.atlassian.jira.issue.Issue;
import io.lodestar.pmo.app.risk.panel.LinkedRisks;
import io.lodestar.pmo.app.risk.web.ProjectRiskContexts;
import io.lodestar.pmo.app.shared.host.CurrentUser;
import io.lodestar.pmo.app.shared.host.HostUser;
import io.lodestar.pmo.app.shared.host.IssueLinks;
import io.lodestar.pmo.app.shared.host.LinkedIssue;
import io.lodestar.pmo.app.shared.host.LinkedIssues;
import io.lodestar.pmo.app.shared.host.MitigationProgress;
import io.lodestar.pmo.jira.risk.customfield.IssueRiskAssessments;
import io.lodestar.pmo.jira.risk.customfield.IssueRiskAssessments.Assessment;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;
import java.util.function.Predicate;

/**
 * What the risk panel's condition and context provider both need about one viewed issue, looked up
 * once per request: Jira asks the condition, then the context provider, for the same issue and
 * viewer within one request, and both get the same {@link Facts} from here.
 *
 * <p>Look-ups: the viewed issue's project settings and assessment ({@link IssueRiskAssessments}, by
 * project id), the viewer's links ({@link IssueLinks}, loaded as the viewer: linked issues the
 * viewer may not browse are only counted) and one settings look-up per distinct linked project
 * ({@link LinkedRisks}). The facts are kept for {@link #VALID_FOR}, keyed by issue id, its updated
 * time and the viewer, at most {@value #MAX_ENTRIES} at once (instance state, emptied when full);
 * an issue not stored yet is never kept.
 */
public final class RiskPanelLookups {

  /**
   * How long one issue view's facts are reused: longer than a request, short enough to be fresh.
   */
  public static final Duration VALID_FOR = Duration.ofSeconds(1);

  /** Most issue views remembered at once. */
  static final int MAX_ENTRIES = 256;

  private final IssueRiskAssessments assessments;
  private final ProjectRiskContexts contexts;
  private final IssueLinks links;
  private final CurrentUser currentUser;
  private final LongSupplier nanoTime;
  private final long validNanos;
  private final ConcurrentHashMap<View, Remembered> views = new ConcurrentHashMap<>();

  public RiskPanelLookups(
      IssueRiskAssessments assessments,
      ProjectRiskContexts contexts,
      IssueLinks links,
      CurrentUser currentUser) {
    this(assessments, contexts, links, currentUser, System::nanoTime);
  }

  RiskPanelLookups(
      IssueRiskAssessments assessments,
      ProjectRiskContexts contexts,
      IssueLinks links,
      CurrentUser currentUser,
      LongSupplier nanoTime) {
    this.assessments = Objects.requireNonNull(assessments, "assessments");
    this.contexts = Objects.requireNonNull(contexts, "contexts");
    this.links = Objects.requireNonNull(links, "links");
    this.currentUser = Objects.requireNonNull(currentUser, "currentUser");
    this.nanoTime = Objects.requireNonNull(nanoTime, "nanoTime");
    this.validNanos = VALID_FOR.toNanos();
  }

  /**
   * @param issue the viewed issue; never null
   * @return the facts of this view of the issue by the current user
   */
  public Facts of(Issue issue) {
    HostUser viewer = currentUser.get().orElse(null);
    View view = View.of(issue, viewer);
    long now = nanoTime.getAsLong();
    if (view != null) {
      Remembered known = views.get(view);
      if (known != null && now - known.at < validNanos) {
        return known.facts;
      }
    }
    Facts facts = lookUp(issue, viewer);
    if (view != null) {
      if (views.size() >= MAX_ENTRIES) {
        views.clear();
      }
      views.put(view, new Remembered(facts, now));
    }
    return facts;
  }

  private Facts lookUp(Issue issue, HostUser viewer) {
    boolean configured = assessments.contextOf(issue).isPresent();
    Optional<Assessment> assessment = assessments.assess(issue);
    Optional<LinkedIssues> linked = links.linkedTo(issue.getKey(), viewer);
    Predicate<LinkedIssue> isRisk = new LinkedRisks(contexts).isRisk();
    List<LinkedIssue> linkedRisks = linked.map(l -> l.matching(isRisk)).orElse(List.of());
    MitigationProgress progress = LinkedRisks.progress(linked, isRisk);
    return new Facts(configured, assessment, linked, linkedRisks, progress);
  }

  /**
   * One view of an issue.
   *
   * @param projectConfigured whether the issue's project has risk settings and a model
   * @param assessment the issue's assessment when it is a risk of its project
   * @param linked the viewer's view of the issue's links; empty when unknown
   * @param linkedRisks the visible linked issues that are risks of their own projects
   * @param mitigationProgress the visible linked issues that are not risks, done / total, and the
   *     hidden count
   */
  public record Facts(
      boolean projectConfigured,
      Optional<Assessment> assessment,
      Optional<LinkedIssues> linked,
      List<LinkedIssue> linkedRisks,
      MitigationProgress mitigationProgress) {
    public Facts {
      Objects.requireNonNull(assessment, "assessment");
      Objects.requireNonNull(linked, "linked");
      linkedRisks = List.copyOf(linkedRisks);
      Objects.requireNonNull(mitigationProgress, "mitigationProgress");
    }

    /** Whether the panel shows: the project is configured, or a visible linked issue is a risk. */
    public boolean shouldDisplay() {
      return projectConfigured || !linkedRisks.isEmpty();
    }

    /** How many linked issues the viewer may not see. */
    public int hiddenCount() {
      return linked.map(LinkedIssues::hiddenCount).orElse(0);
    }
  }

  private record View(long issueId, long updatedMillis, String viewerKey) {
    static View of(Issue issue, HostUser viewer) {
      Long id = issue.getId();
      java.sql.Timestamp updated = issue.getUpdated();
      if (id == null || updated == null) {
        return null;
      }
      return new View(id, updated.getTime(), viewer == null ? null : viewer.key());
    }
  }

  private record Remembered(Facts facts, long at) {}
}
