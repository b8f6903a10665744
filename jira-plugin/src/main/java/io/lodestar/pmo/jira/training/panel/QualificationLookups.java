package io.lodestar.pmo.jira.training.panel;

import com.atlassian.jira.issue.Issue;
import io.lodestar.pmo.app.training.AssignedWork;
import io.lodestar.pmo.app.training.TrainingService;
import io.lodestar.pmo.engine.training.Need;
import io.lodestar.pmo.engine.training.PersonCertification;
import io.lodestar.pmo.engine.training.Qualification;
import io.lodestar.pmo.engine.training.Requirement;
import io.lodestar.pmo.jira.training.work.JiraTrainingWork;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What the "Qualification &amp; load" panel, its condition and the "Lodestar qualification" field
 * read of one issue: the work (from the issue in hand, no search), the requirements (one read) and,
 * only when something applies or the condition needs it, the assignee's holdings (one read).
 */
public final class QualificationLookups {

  private final TrainingService service;
  private final JiraTrainingWork work;

  public QualificationLookups(TrainingService service, JiraTrainingWork work) {
    this.service = Objects.requireNonNull(service, "service");
    this.work = Objects.requireNonNull(work, "work");
  }

  /** The service, for its clock. */
  public TrainingService service() {
    return service;
  }

  /** The issue as training reads it; empty for null or an issue without project or type. */
  public Optional<AssignedWork> work(Issue issue) {
    return work.read(issue);
  }

  /** The qualification check of the issue's assignee; empty when the issue is unreadable. */
  public Optional<Qualification> qualification(Issue issue) {
    return work(issue).map(service::qualification);
  }

  /**
   * Whether the panel is shown: something is required of the issue (by its project, issue type or a
   * component), or its assignee holds a certificate of a type some requirement names.
   */
  public boolean shouldDisplay(Issue issue) {
    Optional<AssignedWork> assigned = work(issue);
    if (assigned.isEmpty()) {
      return false;
    }
    List<Requirement> requirements = service.store().requirements();
    if (!Requirement.needsOf(requirements, assigned.get().work()).isEmpty()) {
      return true;
    }
    String assignee = assigned.get().assigneeKey();
    if (assignee == null) {
      return false;
    }
    Set<String> requiredTypes = new HashSet<>();
    for (Requirement r : requirements) {
      if (r.need() instanceof Need.CertificationNeed c) {
        requiredTypes.add(c.typeId());
      }
    }
    if (requiredTypes.isEmpty()) {
      return false;
    }
    List<PersonCertification> held =
        service.store().held(List.of(assignee)).get(assignee).certifications();
    return held.stream().anyMatch(c -> requiredTypes.contains(c.typeId()));
  }
}
