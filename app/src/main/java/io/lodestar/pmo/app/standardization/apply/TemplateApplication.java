package io.lodestar.pmo.app.standardization.apply;

import io.lodestar.pmo.app.shared.host.UserDirectory;
import io.lodestar.pmo.app.standardization.ComplianceScans;
import io.lodestar.pmo.app.standardization.port.ApplyHostPort;
import io.lodestar.pmo.app.standardization.port.AssignmentStore;
import io.lodestar.pmo.app.standardization.port.TemplateStore;
import io.lodestar.pmo.engine.shared.AuditEntry;
import io.lodestar.pmo.engine.shared.AuditLog;
import io.lodestar.pmo.engine.shared.Outcome;
import io.lodestar.pmo.engine.shared.Transactions;
import io.lodestar.pmo.engine.shared.Violation;
import io.lodestar.pmo.engine.standardization.apply.ApplyPlan;
import io.lodestar.pmo.engine.standardization.apply.ApplyReport;
import io.lodestar.pmo.engine.standardization.apply.ApplyRequest;
import io.lodestar.pmo.engine.standardization.apply.DryRun;
import io.lodestar.pmo.engine.standardization.apply.NewProject;
import io.lodestar.pmo.engine.standardization.apply.PlanExecutor;
import io.lodestar.pmo.engine.standardization.apply.StatusCountPort;
import io.lodestar.pmo.engine.standardization.apply.StatusMapping;
import io.lodestar.pmo.engine.standardization.compliance.ComplianceResult;
import io.lodestar.pmo.engine.standardization.config.ConfigurationPort;
import io.lodestar.pmo.engine.standardization.config.ProjectConfiguration;
import io.lodestar.pmo.engine.standardization.config.SchemeCache;
import io.lodestar.pmo.engine.standardization.template.ProjectRule;
import io.lodestar.pmo.engine.standardization.template.Template;
import io.lodestar.pmo.engine.standardization.template.TemplateAssignment;
import io.lodestar.pmo.engine.standardization.template.TemplateVersion;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Applying a template (PMO admin work, and creating a project for the users the PMO allows; the
 * callers check who may call): the dry run of a project's assigned template version, its apply
 * all-or-nothing when the plan is still the one the dry run showed (its {@linkplain PlanFingerprint
 * fingerprint}), and a new project created from a template. After an apply the project is judged
 * again, so its compliance page shows the fixed rules at once. Every apply, applied or rolled back,
 * is audited.
 */
public final class TemplateApplication {

  /** Audit target type of applies (target id: the project key). */
  public static final String APPLY_TARGET = "standardization.apply";

  public static final String AUDIT_APPLIED = "lodestar.standardization.audit.applied";
  public static final String AUDIT_ROLLED_BACK = "lodestar.standardization.audit.rolledBack";
  public static final String AUDIT_PROJECT_CREATED =
      "lodestar.standardization.audit.projectCreated";

  /** No template assigned to the project. Args: the project key. */
  public static final String NOT_ASSIGNED = "lodestar.standardization.rest.error.notAssigned";

  /** The assigned template version cannot be read. Args: template id, version. */
  public static final String VERSION_NOT_FOUND =
      "lodestar.standardization.rest.error.versionNotFound";

  /** No such project in the host. Args: the key. */
  public static final String PROJECT_NOT_FOUND = "lodestar.error.projectNotFound";

  public static final String REQUIRED = "lodestar.standardization.apply.error.required";
  public static final String KEY_FORMAT = "lodestar.standardization.apply.error.keyFormat";
  public static final String KEY_TAKEN = "lodestar.standardization.apply.error.keyTaken";
  public static final String NAME_LENGTH = "lodestar.standardization.apply.error.nameLength";
  public static final String UNKNOWN_USER = "lodestar.standardization.apply.error.unknownUser";
  public static final String UNKNOWN_TEMPLATE =
      "lodestar.standardization.apply.error.unknownTemplate";

  /** Jira's default project key pattern: a capital letter, then capitals or digits, 2–10 long. */
  static final Pattern KEY = Pattern.compile("[A-Z][A-Z0-9]{1,9}");

  static final int NAME_MAX = 80;

  /** What the admin adds to a dry run: status mappings and members of required roles. */
  public record Choices(List<StatusMapping> mappings, Map<String, List<String>> roleMembers) {
    public Choices {
      mappings = List.copyOf(mappings);
      roleMembers = Map.copyOf(roleMembers);
    }

    public static Choices none() {
      return new Choices(List.of(), Map.of());
    }
  }

  /** A dry run's plan and its fingerprint (sent back with the apply). */
  public record Planned(ApplyPlan plan, String fingerprint) {}

  /** How an apply ended. */
  public sealed interface Applied {

    /**
     * The plan was applied or rolled back.
     *
     * @param rescan the project's result judged right after a successful apply; empty otherwise
     */
    record Done(ApplyReport report, Optional<ComplianceResult> rescan) implements Applied {}

    /** The plan differs from the dry run's: nothing was done; {@code current} is today's plan. */
    record PlanChanged(Planned current) implements Applied {}
  }

  private final TemplateStore templates;
  private final AssignmentStore assignments;
  private final ConfigurationPort configuration;
  private final StatusCountPort counts;
  private final ApplyHostPort host;
  private final ComplianceScans scans;
  private final UserDirectory users;
  private final AuditLog audit;
  private final Transactions transactions;
  private final Clock clock;

  public TemplateApplication(
      TemplateStore templates,
      AssignmentStore assignments,
      ConfigurationPort configuration,
      StatusCountPort counts,
      ApplyHostPort host,
      ComplianceScans scans,
      UserDirectory users,
      AuditLog audit,
      Transactions transactions,
      Clock clock) {
    this.templates = Objects.requireNonNull(templates, "templates");
    this.assignments = Objects.requireNonNull(assignments, "assignments");
    this.configuration = Objects.requireNonNull(configuration, "configuration");
    this.counts = Objects.requireNonNull(counts, "counts");
    this.host = Objects.requireNonNull(host, "host");
    this.scans = Objects.requireNonNull(scans, "scans");
    this.users = Objects.requireNonNull(users, "users");
    this.audit = Objects.requireNonNull(audit, "audit");
    this.transactions = Objects.requireNonNull(transactions, "transactions");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /** The plan of applying the project's assigned template version; changes nothing. */
  public Outcome<Planned> dryRun(String projectKey, Choices choices) {
    Optional<TemplateAssignment> assigned = assignments.byProject(projectKey);
    if (assigned.isEmpty()) {
      return Outcome.notFound(NOT_ASSIGNED, projectKey);
    }
    Optional<TemplateVersion> version =
        templates.version(assigned.get().templateId(), assigned.get().version());
    if (version.isEmpty()) {
      return Outcome.notFound(
          VERSION_NOT_FOUND, assigned.get().templateId(), assigned.get().version());
    }
    SchemeCache schemes = new SchemeCache(configuration);
    Optional<ProjectConfiguration> current = schemes.project(projectKey);
    if (current.isEmpty()) {
      return Outcome.notFound(PROJECT_NOT_FOUND, projectKey);
    }
    ApplyRequest request =
        ApplyRequest.existing(version.get(), current.get())
            .withMappings(choices.mappings().toArray(StatusMapping[]::new))
            .withRoleMembers(choices.roleMembers())
            .withExistingSchemes(host.workflowSchemes());
    return planned(new DryRun(schemes, counts).plan(request));
  }

  /**
   * Applies the project's plan all-or-nothing when it still has {@code fingerprint}; the dry run is
   * repeated inside the host's transaction, so what is applied is exactly what was checked.
   */
  public Outcome<Applied> apply(
      String projectKey, Choices choices, String fingerprint, String actorKey) {
    Outcome<Applied> outcome =
        host.atomically(
            projectKey,
            applyHost -> {
              Outcome<Planned> planned = dryRun(projectKey, choices);
              if (!(planned instanceof Outcome.Ok<Planned> ok)) {
                return new ApplyHostPort.Atomic<>(planned.map(p -> (Applied) null), false);
              }
              if (!ok.value().fingerprint().equals(fingerprint)) {
                return new ApplyHostPort.Atomic<Outcome<Applied>>(
                    Outcome.ok(new Applied.PlanChanged(ok.value())), false);
              }
              ApplyReport report = new PlanExecutor(applyHost).apply(ok.value().plan());
              boolean keep = report instanceof ApplyReport.Applied;
              if (keep) {
                record(actorKey, AUDIT_APPLIED, ok.value().plan(), fingerprint, null);
              }
              return new ApplyHostPort.Atomic<Outcome<Applied>>(
                  Outcome.ok(new Applied.Done(report, Optional.empty())), keep);
            });
    return afterApply(outcome, projectKey, actorKey);
  }

  /**
   * A new project from the latest (or the given) version of template {@code templateId}, already
   * configured as the template says; required roles the caller leaves empty get the lead. The
   * project is assigned to that template version and judged.
   */
  public Outcome<Applied> createProject(
      NewProject project,
      String templateId,
      Optional<Integer> templateVersion,
      Map<String, List<String>> roleMembers,
      String actorKey) {
    List<Violation> problems = new java.util.ArrayList<>();
    if (project.key().isBlank()) {
      problems.add(Violation.of("key", REQUIRED));
    } else if (!KEY.matcher(project.key()).matches()) {
      problems.add(Violation.of("key", KEY_FORMAT, project.key()));
    } else if (configuration.project(project.key()).isPresent()
        || configuration.project(project.key().toLowerCase(java.util.Locale.ROOT)).isPresent()) {
      problems.add(Violation.of("key", KEY_TAKEN, project.key()));
    }
    if (project.name().isBlank()) {
      problems.add(Violation.of("name", REQUIRED));
    } else if (project.name().strip().length() > NAME_MAX) {
      problems.add(Violation.of("name", NAME_LENGTH, NAME_MAX));
    }
    if (project.leadKey().isBlank()) {
      problems.add(Violation.of("lead", REQUIRED));
    } else if (users.byKey(project.leadKey()).isEmpty()) {
      problems.add(Violation.of("lead", UNKNOWN_USER, project.leadKey()));
    }
    Optional<Template> template = templates.find(templateId);
    Optional<TemplateVersion> version =
        template.flatMap(t -> templateVersion.map(t::version).orElse(Optional.of(t.latest())));
    if (version.isEmpty()) {
      problems.add(Violation.of("templateId", UNKNOWN_TEMPLATE, templateId));
    }
    for (Map.Entry<String, List<String>> e : roleMembers.entrySet()) {
      for (String user : e.getValue()) {
        if (users.byKey(user).isEmpty()) {
          problems.add(Violation.of("roleMembers." + e.getKey(), UNKNOWN_USER, user));
        }
      }
    }
    if (!problems.isEmpty()) {
      return Outcome.invalid(problems);
    }
    NewProject clean = new NewProject(project.key(), project.name().strip(), project.leadKey());
    Map<String, List<String>> members = new LinkedHashMap<>(roleMembers);
    for (ProjectRule rule : version.get().content().projectRules()) {
      if (rule instanceof ProjectRule.RequiredRoles r) {
        for (String role : r.roles()) {
          boolean given =
              members.entrySet().stream()
                  .anyMatch(m -> m.getKey().equalsIgnoreCase(role) && !m.getValue().isEmpty());
          if (!given) {
            members.put(role, List.of(clean.leadKey()));
          }
        }
      }
    }
    TemplateVersion v = version.get();
    Outcome<Applied> outcome =
        host.atomically(
            clean.key(),
            applyHost -> {
              Outcome<Planned> planned =
                  planned(
                      new DryRun(new SchemeCache(configuration), counts)
                          .plan(
                              ApplyRequest.create(v, clean)
                                  .withRoleMembers(members)
                                  .withExistingSchemes(host.workflowSchemes())));
              if (!(planned instanceof Outcome.Ok<Planned> ok)) {
                return new ApplyHostPort.Atomic<>(planned.map(p -> (Applied) null), false);
              }
              ApplyReport report = new PlanExecutor(applyHost).apply(ok.value().plan());
              boolean keep = report instanceof ApplyReport.Applied;
              if (keep) {
                assignments.save(new TemplateAssignment(clean.key(), v.templateId(), v.number()));
                record(
                    actorKey,
                    AUDIT_PROJECT_CREATED,
                    ok.value().plan(),
                    ok.value().fingerprint(),
                    null);
              }
              return new ApplyHostPort.Atomic<Outcome<Applied>>(
                  Outcome.ok(new Applied.Done(report, Optional.empty())), keep);
            });
    return afterApply(outcome, clean.key(), actorKey);
  }

  /** Audits a rollback (after the host undid the work) and judges the project after an apply. */
  private Outcome<Applied> afterApply(
      Outcome<Applied> outcome, String projectKey, String actorKey) {
    if (!(outcome instanceof Outcome.Ok<Applied> ok)
        || !(ok.value() instanceof Applied.Done done)) {
      return outcome;
    }
    if (done.report() instanceof ApplyReport.RolledBack rb) {
      transactions.inTransaction(
          () -> {
            record(
                actorKey,
                AUDIT_ROLLED_BACK,
                rb.plan(),
                PlanFingerprint.of(rb.plan()),
                "step " + (rb.failedStep() + 1) + " failed: " + rb.reason());
            return null;
          });
      return outcome;
    }
    Optional<ComplianceResult> rescan =
        assignments.byProject(projectKey).flatMap(a -> scans.rescan(a, actorKey));
    return Outcome.ok(new Applied.Done(done.report(), rescan));
  }

  private void record(
      String actorKey, String action, ApplyPlan plan, String fingerprint, String failure) {
    String after =
        plan.templateId()
            + " v"
            + plan.templateVersion()
            + ": "
            + plan.steps().size()
            + " steps, "
            + plan.issuesMigrated()
            + " issues migrated, plan "
            + fingerprint.substring(0, 12)
            + (failure == null ? "" : "; rolled back, " + failure);
    audit.record(
        new AuditEntry(
            actorKey,
            action,
            APPLY_TARGET,
            plan.projectKey(),
            null,
            after.length() > 3900 ? after.substring(0, 3900) : after,
            clock.instant()));
  }

  private static Outcome<Planned> planned(Outcome<ApplyPlan> plan) {
    return plan.map(p -> new Planned(p, PlanFingerprint.of(p)));
  }
}
