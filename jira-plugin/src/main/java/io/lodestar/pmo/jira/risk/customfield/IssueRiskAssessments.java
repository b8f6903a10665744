package io.lodestar.pmo.jira.risk.customfield;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.issuetype.IssueType;
import io.lodestar.pmo.app.risk.web.ProjectRiskContexts.ProjectRiskContext;
import io.lodestar.pmo.app.shared.persistence.StoredDataException;
import io.lodestar.pmo.engine.risk.assessment.AssessedRisk;
import io.lodestar.pmo.engine.risk.assessment.RiskAssessor;
import io.lodestar.pmo.engine.risk.port.RiskProjectSettings;
import io.lodestar.pmo.engine.risk.port.ScoringModelStore;
import io.lodestar.pmo.engine.risk.register.MaterialisedAssessment;
import io.lodestar.pmo.engine.risk.scoring.Band;
import io.lodestar.pmo.engine.risk.scoring.ScoringModel;
import io.lodestar.pmo.jira.risk.persistence.RiskSettingsByProjectId;
import io.lodestar.pmo.jira.risk.persistence.RiskSettingsByProjectId.EffectiveSettings;
import io.lodestar.pmo.jira.risk.source.IssueFieldReader.ResolvedFields;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The assessment of one Jira issue as a risk, with its project's model: what the calculated custom
 * fields and the issue panel show.
 *
 * <p><b>Cost during a re-index</b> (Jira calls both calculated fields, and the level field twice,
 * for each of up to a million issues): per project, the settings are looked up by the issue's
 * project id ({@link RiskSettingsByProjectId}, no key translation), the model found and the mapped
 * fields resolved once, then kept in a memo for {@link #REVALIDATE_AFTER}; per issue, the mapped
 * fields of the issue in hand are read and assessed once, whichever of the fields asks first, and
 * kept for the other readers of the same issue version.
 *
 * <p><b>Staying current.</b> A project's memo is keyed by what it was built from: whether the
 * project's own settings or the default applied, their version, and the model's id and version.
 * After {@link #REVALIDATE_AFTER} the next issue of the project asks the stores again (their
 * cluster-replicated caches, so a save on another node is seen); when nothing changed the resolved
 * fields are kept, when anything changed they are resolved again. So a saved change reaches the
 * fields of this node within that time, and an issue's memo is for one issue version (id and
 * updated timestamp) under one project memo, and expires after that time too (an issue being
 * edited, not yet saved, is not shown stale for longer). An admin change to a model still needs a
 * re-index to reach issues nobody edits, as for any calculated field.
 *
 * <p><b>Bounded.</b> Both memos are instance state (no static state), at most {@value
 * #MAX_PROJECTS} projects and {@value #MAX_ISSUES} issues; when full they are emptied and refilled,
 * which costs one look-up per project again, nothing else.
 */
public final class IssueRiskAssessments {

  /** How long a project's resolved settings, model and fields are used before being re-checked. */
  public static final Duration REVALIDATE_AFTER = Duration.ofSeconds(1);

  /** Most projects remembered at once. */
  static final int MAX_PROJECTS = 1000;

  /** Most issue assessments remembered at once (the fields of one issue are read together). */
  static final int MAX_ISSUES = 256;

  private static final Logger LOG = LoggerFactory.getLogger(IssueRiskAssessments.class);
  private static final int MAX_REPORTED = 1000;

  /** Projects whose unreadable settings were logged already (logging only, never a decision). */
  private final Set<Long> reportedUnreadable = ConcurrentHashMap.newKeySet();

  private final ConcurrentHashMap<Long, ProjectMemo> projects = new ConcurrentHashMap<>();
  private final ConcurrentHashMap<IssueVersion, IssueMemo> issues = new ConcurrentHashMap<>();

  private final RiskSettingsByProjectId settings;
  private final ScoringModelStore models;
  private final IssueRiskReader reader;
  private final LongSupplier nanoTime;
  private final long revalidateNanos;

  public IssueRiskAssessments(
      RiskSettingsByProjectId settings, ScoringModelStore models, IssueRiskReader reader) {
    this(settings, models, reader, System::nanoTime);
  }

  /**
   * @param nanoTime a monotonic clock in nanoseconds ({@link System#nanoTime} in production)
   */
  IssueRiskAssessments(
      RiskSettingsByProjectId settings,
      ScoringModelStore models,
      IssueRiskReader reader,
      LongSupplier nanoTime) {
    this.settings = Objects.requireNonNull(settings, "settings");
    this.models = Objects.requireNonNull(models, "models");
    this.reader = Objects.requireNonNull(reader, "reader");
    this.nanoTime = Objects.requireNonNull(nanoTime, "nanoTime");
    this.revalidateNanos = REVALIDATE_AFTER.toNanos();
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
    Long projectId = issue.getProjectId();
    IssueType type = issue.getIssueType();
    if (projectId == null || type == null) {
      return Optional.empty();
    }
    long now = nanoTime.getAsLong();
    ProjectMemo project = project(projectId, now);
    if (project.context == null || !project.context.isRiskType(type.getId())) {
      return Optional.empty();
    }
    IssueVersion version = IssueVersion.of(issue);
    if (version != null) {
      IssueMemo memo = issues.get(version);
      if (memo != null && memo.project == project && now - memo.at < revalidateNanos) {
        return memo.assessment;
      }
    }
    Optional<Assessment> assessment =
        reader
            .read(issue, project.context.settings().mapping(), project.fields, project.model())
            .map(risk -> Assessment.of(project.context, project.assessor.assess(risk)));
    if (version != null) {
      if (issues.size() >= MAX_ISSUES) {
        issues.clear();
      }
      issues.put(version, new IssueMemo(project, assessment, now));
    }
    return assessment;
  }

  /**
   * @param issue an issue; may be null
   * @return the settings and model of the issue's project (from the same memo as {@link #assess});
   *     empty when the project has none or they are unreadable
   */
  public Optional<ProjectRiskContext> contextOf(Issue issue) {
    if (issue == null || issue.getProjectId() == null) {
      return Optional.empty();
    }
    return Optional.ofNullable(project(issue.getProjectId(), nanoTime.getAsLong()).context);
  }

  /** The project's memo, re-checked against the stores once {@link #REVALIDATE_AFTER} passed. */
  private ProjectMemo project(long projectId, long now) {
    ProjectMemo known = projects.get(projectId);
    if (known != null && now - known.checkedAt < revalidateNanos) {
      return known;
    }
    ProjectMemo fresh = load(projectId, known, now);
    if (projects.size() >= MAX_PROJECTS && !projects.containsKey(projectId)) {
      projects.clear();
    }
    projects.put(projectId, fresh);
    return fresh;
  }

  private ProjectMemo load(long projectId, ProjectMemo known, long now) {
    Optional<EffectiveSettings> effective;
    Optional<ScoringModel> model;
    try {
      effective = settings.effectiveOf(projectId);
      model =
          effective.isEmpty()
              ? Optional.empty()
              : models.find(effective.get().settings().value().modelId());
    } catch (StoredDataException unreadable) {
      // A corrupt settings or model row must not fail every issue of a re-index: the fields show
      // nothing for this project, and the problem is logged once per project and node.
      if (reportedUnreadable.size() < MAX_REPORTED && reportedUnreadable.add(projectId)) {
        LOG.error("Lodestar: risk settings of project id {} are unreadable", projectId, unreadable);
      }
      return ProjectMemo.none(now);
    }
    if (effective.isEmpty() || model.isEmpty()) {
      return ProjectMemo.none(now);
    }
    Stamp stamp =
        new Stamp(
            effective.get().own(),
            effective.get().settings().version(),
            model.get().id(),
            model.get().version());
    if (known != null && stamp.equals(known.stamp)) {
      return known.checkedAgain(now);
    }
    RiskProjectSettings value = effective.get().settings().value();
    ProjectRiskContext context = new ProjectRiskContext(value, model.get());
    return new ProjectMemo(
        stamp, context, reader.resolve(value.mapping()), context.assessor(), now);
  }

  /**
   * An issue's assessment.
   *
   * @param context its project's settings and model
   * @param risk the assessed risk
   * @param materialised what the register's index keeps of it (the facet fields' values), computed
   *     once per assessment so that the fields of one issue share it
   */
  public record Assessment(
      ProjectRiskContext context, AssessedRisk risk, MaterialisedAssessment materialised) {

    /** The assessment of {@code risk}, materialised with the project's appetite band. */
    public static Assessment of(ProjectRiskContext context, AssessedRisk risk) {
      String appetiteKey = context.settings().appetiteBandKey();
      Band appetite =
          appetiteKey == null ? null : context.model().bands().byKey(appetiteKey).orElse(null);
      return new Assessment(context, risk, MaterialisedAssessment.of(risk, appetite));
    }
  }

  /** What a project memo was built from; equal stamps mean nothing changed. */
  private record Stamp(boolean own, long settingsVersion, long modelId, long modelVersion) {}

  /** One project's context, resolved fields and assessor; all null for a project without them. */
  private static final class ProjectMemo {
    final Stamp stamp;
    final ProjectRiskContext context;
    final ResolvedFields fields;
    final RiskAssessor assessor;
    final long checkedAt;

    ProjectMemo(
        Stamp stamp,
        ProjectRiskContext context,
        ResolvedFields fields,
        RiskAssessor assessor,
        long checkedAt) {
      this.stamp = stamp;
      this.context = context;
      this.fields = fields;
      this.assessor = assessor;
      this.checkedAt = checkedAt;
    }

    static ProjectMemo none(long now) {
      return new ProjectMemo(null, null, null, null, now);
    }

    ProjectMemo checkedAgain(long now) {
      return new ProjectMemo(stamp, context, fields, assessor, now);
    }

    ScoringModel model() {
      return context.model();
    }
  }

  /** One version of one issue: its id and last-updated time. */
  private record IssueVersion(long issueId, long updatedMillis) {
    /** Null for an issue not stored yet (no id or no updated time): never remembered. */
    static IssueVersion of(Issue issue) {
      Long id = issue.getId();
      java.sql.Timestamp updated = issue.getUpdated();
      return id == null || updated == null ? null : new IssueVersion(id, updated.getTime());
    }
  }

  private record IssueMemo(ProjectMemo project, Optional<Assessment> assessment, long at) {}
}
