package io.lodestar.pmo.engine.standardization.apply;

import static io.lodestar.pmo.engine.standardization.StandardizationKeys.APPLY_CATEGORY_UNCONFIRMED;
import static io.lodestar.pmo.engine.standardization.StandardizationKeys.APPLY_CATEGORY_UNKNOWN;
import static io.lodestar.pmo.engine.standardization.StandardizationKeys.APPLY_COUNTS_UNAVAILABLE;
import static io.lodestar.pmo.engine.standardization.StandardizationKeys.APPLY_KEY_PATTERN;
import static io.lodestar.pmo.engine.standardization.StandardizationKeys.APPLY_NAME_PATTERN;
import static io.lodestar.pmo.engine.standardization.StandardizationKeys.APPLY_SCHEME_UNREADABLE;
import static io.lodestar.pmo.engine.standardization.StandardizationKeys.APPLY_STATUS_UNMAPPED;
import static io.lodestar.pmo.engine.standardization.StandardizationKeys.APPLY_TARGET_UNKNOWN;
import static io.lodestar.pmo.engine.standardization.StandardizationKeys.OPEN_COMPONENT_LEAD;
import static io.lodestar.pmo.engine.standardization.StandardizationKeys.OPEN_KEY_PATTERN;
import static io.lodestar.pmo.engine.standardization.StandardizationKeys.OPEN_NAME_PATTERN;
import static io.lodestar.pmo.engine.standardization.StandardizationKeys.OPEN_PROFILE;
import static io.lodestar.pmo.engine.standardization.StandardizationKeys.OPEN_ROLE_UNFILLED;
import static io.lodestar.pmo.engine.standardization.StandardizationKeys.OPEN_VERSIONS;

import io.lodestar.pmo.engine.shared.Outcome;
import io.lodestar.pmo.engine.shared.Violation;
import io.lodestar.pmo.engine.standardization.config.ConfigurationPort;
import io.lodestar.pmo.engine.standardization.config.FieldConfiguration;
import io.lodestar.pmo.engine.standardization.config.IssueTypeScheme;
import io.lodestar.pmo.engine.standardization.config.ProjectConfiguration;
import io.lodestar.pmo.engine.standardization.config.ScreenScheme;
import io.lodestar.pmo.engine.standardization.config.WorkflowScheme;
import io.lodestar.pmo.engine.standardization.template.IssueTypeWorkflow;
import io.lodestar.pmo.engine.standardization.template.ProjectRule;
import io.lodestar.pmo.engine.standardization.template.TemplateContent;
import io.lodestar.pmo.engine.standardization.workflow.WorkflowStatus;
import io.lodestar.pmo.engine.standardization.workflow.WorkflowTemplate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Computes the plan of applying a template version, changing nothing. Refuses (400, each problem
 * naming its field) when the project cannot be migrated safely: an old status with issues and no
 * mapping, a mapping into a status the new workflow lacks, a mapping into another status category
 * (or, when the old workflow cannot be read, into a status of another name) without confirmation,
 * counts or schemes that cannot be read, or a new project's key or name breaking the template's
 * pattern.
 *
 * <p>Workflow scheme: the desired scheme maps each template issue type to its template workflow and
 * keeps the current scheme's workflow for every other issue type (and its default), so issues
 * outside the template never move. If the current scheme already is that, nothing changes; else an
 * existing scheme of exactly that shape is re-used; only otherwise a scheme is created. Migrations
 * are computed for the template's issue types whose workflow changes.
 */
public final class DryRun {

  private final ConfigurationPort configuration;
  private final StatusCountPort counts;

  /**
   * @param configuration the scheme reader (a {@link
   *     io.lodestar.pmo.engine.standardization.config.SchemeCache} when several dry runs share it)
   * @param counts issue counts per status
   */
  public DryRun(ConfigurationPort configuration, StatusCountPort counts) {
    this.configuration = Objects.requireNonNull(configuration, "configuration");
    this.counts = Objects.requireNonNull(counts, "counts");
  }

  /** The plan, or the reasons it cannot be made. */
  public Outcome<ApplyPlan> plan(ApplyRequest request) {
    TemplateContent content = request.version().content();
    List<Violation> refusals = new ArrayList<>();
    List<ApplyStep> steps = new ArrayList<>();
    List<StatusMigration> migrations = new ArrayList<>();
    List<OpenPoint> open = new ArrayList<>();
    ProjectConfiguration project;
    if (request.newProject().isPresent()) {
      NewProject np = request.newProject().get();
      newProjectPatterns(content, np, refusals);
      steps.add(new ApplyStep.CreateProject(np.key(), np.name(), np.leadKey()));
      project = ProjectConfiguration.bare(np.key(), np.name());
    } else {
      project = request.current().get();
      existingPatterns(content, project, open);
    }
    boolean isNew = request.newProject().isPresent();

    workflows(request, project, isNew, steps, migrations, refusals);
    for (ProjectRule rule : content.projectRules()) {
      rule(rule, request, project, isNew, steps, open, refusals);
    }
    content
        .bindings()
        .permissionSchemeId()
        .filter(id -> !project.permissionSchemeId().equals(Optional.of(id)))
        .ifPresent(
            id ->
                steps.add(new ApplyStep.AssignPermissionScheme(project.permissionSchemeId(), id)));
    content
        .bindings()
        .notificationSchemeId()
        .filter(id -> !project.notificationSchemeId().equals(Optional.of(id)))
        .ifPresent(
            id ->
                steps.add(
                    new ApplyStep.AssignNotificationScheme(project.notificationSchemeId(), id)));
    if (!refusals.isEmpty()) {
      return Outcome.invalid(refusals);
    }
    return Outcome.ok(
        new ApplyPlan(
            project.projectKey(),
            request.version().templateId(),
            request.version().number(),
            steps,
            migrations,
            open));
  }

  private void workflows(
      ApplyRequest request,
      ProjectConfiguration project,
      boolean isNew,
      List<ApplyStep> steps,
      List<StatusMigration> migrations,
      List<Violation> refusals) {
    List<IssueTypeWorkflow> wanted = request.version().content().workflows();
    if (wanted.isEmpty()) {
      return;
    }
    Optional<WorkflowScheme> current = Optional.empty();
    if (!isNew && project.workflowSchemeId().isPresent()) {
      current = configuration.workflowScheme(project.workflowSchemeId().get());
      if (current.isEmpty()) {
        refusals.add(
            Violation.of(
                "workflowScheme",
                APPLY_SCHEME_UNREADABLE,
                "workflowScheme",
                project.workflowSchemeId().get()));
        return;
      }
    }
    Map<String, WorkflowTemplate> desired = new LinkedHashMap<>();
    current.ifPresent(
        s ->
            s.byIssueType().entrySet().stream()
                .filter(
                    e -> wanted.stream().noneMatch(w -> w.issueType().equalsIgnoreCase(e.getKey())))
                .forEach(e -> desired.put(e.getKey(), e.getValue())));
    wanted.forEach(w -> desired.put(w.issueType(), w.workflow()));
    Optional<WorkflowTemplate> fallback = current.flatMap(WorkflowScheme::defaultWorkflow);
    if (current.isPresent() && sameShape(current.get(), desired, fallback)) {
      return;
    }
    if (!isNew) {
      for (IssueTypeWorkflow w : wanted) {
        Optional<WorkflowTemplate> old = current.flatMap(s -> s.workflowFor(w.issueType()));
        if (old.isPresent() && old.get().sameShapeAs(w.workflow())) {
          continue;
        }
        migrate(request, project, w, old, migrations, refusals);
      }
    }
    Optional<WorkflowScheme> reuse =
        request.existingSchemes().stream().filter(s -> sameShape(s, desired, fallback)).findFirst();
    SchemeRef ref;
    if (reuse.isPresent()) {
      ref = new SchemeRef.Existing(reuse.get().id());
    } else {
      String name =
          request.version().content().name()
              + " v"
              + request.version().number()
              + " ("
              + project.projectKey()
              + ")";
      steps.add(new ApplyStep.CreateWorkflowScheme(name, desired, fallback));
      ref = new SchemeRef.Created(steps.size() - 1, name);
    }
    steps.add(new ApplyStep.AssociateWorkflowScheme(ref, List.copyOf(migrations)));
  }

  private void migrate(
      ApplyRequest request,
      ProjectConfiguration project,
      IssueTypeWorkflow target,
      Optional<WorkflowTemplate> old,
      List<StatusMigration> migrations,
      List<Violation> refusals) {
    String type = target.issueType();
    Optional<Map<String, Long>> byStatus = counts.countsByStatus(project.projectKey(), type);
    if (byStatus.isEmpty()) {
      refusals.add(Violation.of("statusMappings." + type, APPLY_COUNTS_UNAVAILABLE, type));
      return;
    }
    for (Map.Entry<String, Long> e : new java.util.TreeMap<>(byStatus.get()).entrySet()) {
      String from = e.getKey();
      long issues = e.getValue();
      if (issues <= 0) {
        continue;
      }
      String field = "statusMappings." + type + "." + from;
      Optional<StatusMapping> explicit =
          request.mappings().stream()
              .filter(m -> m.issueType().equalsIgnoreCase(type) && m.from().equalsIgnoreCase(from))
              .findFirst();
      Optional<WorkflowStatus> to;
      boolean confirmed;
      if (explicit.isPresent()) {
        to = target.workflow().statusIgnoringCase(explicit.get().to());
        confirmed = explicit.get().confirmCategoryChange();
        if (to.isEmpty()) {
          refusals.add(Violation.of(field, APPLY_TARGET_UNKNOWN, type, explicit.get().to()));
          continue;
        }
      } else {
        to = target.workflow().statusIgnoringCase(from);
        confirmed = false;
        if (to.isEmpty()) {
          refusals.add(Violation.of(field, APPLY_STATUS_UNMAPPED, type, from, issues));
          continue;
        }
      }
      StatusMigration m =
          new StatusMigration(
              type,
              from,
              to.get().name(),
              issues,
              old.flatMap(w -> w.statusIgnoringCase(from)).map(WorkflowStatus::category),
              to.get().category());
      if (m.changesCategory() && !confirmed) {
        refusals.add(
            Violation.of(
                field,
                APPLY_CATEGORY_UNCONFIRMED,
                type,
                from,
                m.to(),
                m.fromCategory().get().name(),
                m.toCategory().name()));
        continue;
      }
      // A renamed status whose old category cannot be read may change category: unknown is never
      // taken for "the same" (a same-named status is the same host status, so its category stays).
      if (m.fromCategory().isEmpty() && !m.to().equalsIgnoreCase(from) && !confirmed) {
        refusals.add(
            Violation.of(field, APPLY_CATEGORY_UNKNOWN, type, from, m.to(), m.toCategory().name()));
        continue;
      }
      // Listed even when the name stays: Jira moves every issue into the new workflow's status.
      migrations.add(m);
    }
  }

  private void rule(
      ProjectRule rule,
      ApplyRequest request,
      ProjectConfiguration project,
      boolean isNew,
      List<ApplyStep> steps,
      List<OpenPoint> open,
      List<Violation> refusals) {
    if (rule instanceof ProjectRule.RequiredIssueTypes r) {
      List<String> have = List.of();
      if (!isNew && project.issueTypeSchemeId().isPresent()) {
        Optional<IssueTypeScheme> s =
            configuration.issueTypeScheme(project.issueTypeSchemeId().get());
        if (s.isEmpty()) {
          refusals.add(
              Violation.of(
                  "issueTypeScheme",
                  APPLY_SCHEME_UNREADABLE,
                  "issueTypeScheme",
                  project.issueTypeSchemeId().get()));
          return;
        }
        have = s.get().issueTypes();
      }
      List<String> missing = missing(r.issueTypes(), have);
      if (!missing.isEmpty()) {
        steps.add(new ApplyStep.AddIssueTypes(project.issueTypeSchemeId(), missing));
      }
    } else if (rule instanceof ProjectRule.RequiredScreenFields r) {
      List<String> have = List.of();
      if (!isNew && project.screenSchemeId().isPresent()) {
        Optional<ScreenScheme> s = configuration.screenScheme(project.screenSchemeId().get());
        if (s.isEmpty()) {
          refusals.add(
              Violation.of(
                  "screenScheme",
                  APPLY_SCHEME_UNREADABLE,
                  "screenScheme",
                  project.screenSchemeId().get()));
          return;
        }
        have = s.get().fields(r.screen());
      }
      final List<String> on = have;
      List<String> missing = r.fieldIds().stream().filter(f -> !on.contains(f)).toList();
      if (!missing.isEmpty()) {
        steps.add(new ApplyStep.AddScreenFields(project.screenSchemeId(), r.screen(), missing));
      }
    } else if (rule instanceof ProjectRule.MandatoryFields r) {
      List<String> have = List.of();
      if (!isNew && project.fieldConfigurationId().isPresent()) {
        Optional<FieldConfiguration> f =
            configuration.fieldConfiguration(project.fieldConfigurationId().get());
        if (f.isEmpty()) {
          refusals.add(
              Violation.of(
                  "fieldConfiguration",
                  APPLY_SCHEME_UNREADABLE,
                  "fieldConfiguration",
                  project.fieldConfigurationId().get()));
          return;
        }
        have = f.get().requiredFields();
      }
      final List<String> required = have;
      List<String> missing = r.fieldIds().stream().filter(x -> !required.contains(x)).toList();
      if (!missing.isEmpty()) {
        steps.add(new ApplyStep.MakeFieldsRequired(project.fieldConfigurationId(), missing));
      }
    } else if (rule instanceof ProjectRule.RequiredRoles r) {
      for (String role : r.roles()) {
        boolean filled =
            project.roleMembers().entrySet().stream()
                .anyMatch(e -> e.getKey().equalsIgnoreCase(role) && !e.getValue().isEmpty());
        if (filled) {
          continue;
        }
        List<String> given =
            request.roleMembers().entrySet().stream()
                .filter(e -> e.getKey().equalsIgnoreCase(role))
                .flatMap(e -> e.getValue().stream())
                .toList();
        if (given.isEmpty()) {
          open.add(OpenPoint.of(r.id(), OPEN_ROLE_UNFILLED, role));
        } else {
          steps.add(new ApplyStep.AddRoleMembers(role, given));
        }
      }
    } else if (rule instanceof ProjectRule.RequiredCategory r) {
      boolean same = project.category().map(c -> c.equalsIgnoreCase(r.category())).orElse(false);
      if (!same) {
        steps.add(new ApplyStep.SetCategory(project.category(), r.category()));
      }
    } else if (rule instanceof ProjectRule.RequiredProfileAttributes r) {
      for (String a : r.attributes()) {
        String value = project.profile().get(a);
        if (value == null || value.isBlank()) {
          open.add(OpenPoint.of(r.id(), OPEN_PROFILE, a));
        }
      }
    } else if (rule instanceof ProjectRule.ComponentRules r) {
      List<String> have =
          project.components().stream().map(ProjectConfiguration.Component::name).toList();
      List<String> missing = missing(r.required(), have);
      if (!missing.isEmpty()) {
        steps.add(new ApplyStep.AddComponents(missing));
      }
      if (r.leadRequired()) {
        List<String> noLead = new ArrayList<>(missing);
        project.components().stream()
            .filter(c -> c.leadKey().isEmpty())
            .forEach(c -> noLead.add(c.name()));
        if (!noLead.isEmpty()) {
          open.add(OpenPoint.of(r.id(), OPEN_COMPONENT_LEAD, String.join(", ", noLead)));
        }
      }
    } else if (rule instanceof ProjectRule.VersionRules r) {
      open.add(OpenPoint.of(r.id(), OPEN_VERSIONS));
    }
    // Key and name patterns are checked before (refused for a new project, open otherwise).
  }

  private static void newProjectPatterns(
      TemplateContent content, NewProject project, List<Violation> refusals) {
    for (ProjectRule rule : content.projectRules()) {
      if (rule instanceof ProjectRule.KeyPattern k && !k.pattern().matches(project.key())) {
        refusals.add(Violation.of("key", APPLY_KEY_PATTERN, project.key(), k.pattern().pattern()));
      } else if (rule instanceof ProjectRule.NamePattern n
          && !n.pattern().matches(project.name())) {
        refusals.add(
            Violation.of("name", APPLY_NAME_PATTERN, project.name(), n.pattern().pattern()));
      }
    }
  }

  private static void existingPatterns(
      TemplateContent content, ProjectConfiguration project, List<OpenPoint> open) {
    for (ProjectRule rule : content.projectRules()) {
      if (rule instanceof ProjectRule.KeyPattern k && !k.pattern().matches(project.projectKey())) {
        open.add(
            OpenPoint.of(k.id(), OPEN_KEY_PATTERN, project.projectKey(), k.pattern().pattern()));
      } else if (rule instanceof ProjectRule.NamePattern n
          && !n.pattern().matches(project.name())) {
        open.add(OpenPoint.of(n.id(), OPEN_NAME_PATTERN, project.name(), n.pattern().pattern()));
      }
    }
  }

  private static List<String> missing(List<String> required, List<String> have) {
    return required.stream()
        .filter(r -> have.stream().noneMatch(h -> h.equalsIgnoreCase(r)))
        .toList();
  }

  /** Whether {@code scheme} maps exactly {@code desired} (same issue types, same shapes). */
  private static boolean sameShape(
      WorkflowScheme scheme,
      Map<String, WorkflowTemplate> desired,
      Optional<WorkflowTemplate> fallback) {
    if (scheme.byIssueType().size() != desired.size()) {
      return false;
    }
    for (Map.Entry<String, WorkflowTemplate> e : desired.entrySet()) {
      Optional<WorkflowTemplate> mapped =
          scheme.byIssueType().entrySet().stream()
              .filter(
                  s ->
                      s.getKey()
                          .toLowerCase(Locale.ROOT)
                          .equals(e.getKey().toLowerCase(Locale.ROOT)))
              .map(Map.Entry::getValue)
              .findFirst();
      if (mapped.isEmpty() || !mapped.get().sameShapeAs(e.getValue())) {
        return false;
      }
    }
    if (scheme.defaultWorkflow().isPresent() != fallback.isPresent()) {
      return false;
    }
    return fallback.map(f -> f.sameShapeAs(scheme.defaultWorkflow().get())).orElse(true);
  }
}
