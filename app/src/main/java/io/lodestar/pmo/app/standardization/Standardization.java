package io.lodestar.pmo.app.standardization;

import io.lodestar.pmo.app.standardization.port.AssignmentStore;
import io.lodestar.pmo.app.standardization.port.TemplateStore;
import io.lodestar.pmo.engine.shared.AuditEntry;
import io.lodestar.pmo.engine.shared.AuditLog;
import io.lodestar.pmo.engine.shared.Outcome;
import io.lodestar.pmo.engine.shared.Transactions;
import io.lodestar.pmo.engine.shared.Violation;
import io.lodestar.pmo.engine.standardization.template.Template;
import io.lodestar.pmo.engine.standardization.template.TemplateAssignment;
import io.lodestar.pmo.engine.standardization.template.TemplateChange;
import io.lodestar.pmo.engine.standardization.template.TemplateContent;
import io.lodestar.pmo.engine.standardization.template.TemplateDiff;
import io.lodestar.pmo.engine.standardization.template.TemplateVersion;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Templates and assignments (PMO admin work; the callers check who may call): creating a template,
 * editing it into a new version (refused as a conflict when based on an older one), the diff
 * between two versions and assigning a project to a version. Every change is audited in the same
 * transaction as the write.
 */
public final class Standardization {

  /** Audit target type of templates. */
  public static final String TEMPLATE_TARGET = "standardization.template";

  /** Audit target type of assignments (target id: the project key). */
  public static final String ASSIGNMENT_TARGET = "standardization.assignment";

  public static final String AUDIT_CREATED = "lodestar.standardization.audit.template.created";
  public static final String AUDIT_EDITED = "lodestar.standardization.audit.template.edited";
  public static final String AUDIT_ASSIGNED = "lodestar.standardization.audit.assigned";

  /** A template id already in use. Args: the id. */
  public static final String ID_TAKEN = "lodestar.standardization.rest.error.idTaken";

  /** No such template. Args: the id. */
  public static final String NOT_FOUND = "lodestar.standardization.rest.error.templateNotFound";

  /** No such version. Args: the template id, the version. */
  public static final String VERSION_NOT_FOUND =
      "lodestar.standardization.rest.error.versionNotFound";

  private final TemplateStore templates;
  private final AssignmentStore assignments;
  private final AuditLog audit;
  private final Transactions transactions;
  private final Clock clock;

  public Standardization(
      TemplateStore templates,
      AssignmentStore assignments,
      AuditLog audit,
      Transactions transactions,
      Clock clock) {
    this.templates = Objects.requireNonNull(templates, "templates");
    this.assignments = Objects.requireNonNull(assignments, "assignments");
    this.audit = Objects.requireNonNull(audit, "audit");
    this.transactions = Objects.requireNonNull(transactions, "transactions");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  public List<Template> templates() {
    return templates.all();
  }

  public Optional<Template> template(String id) {
    return templates.find(id);
  }

  public List<TemplateAssignment> assignments() {
    return assignments.all();
  }

  public Optional<TemplateAssignment> assignment(String projectKey) {
    return assignments.byProject(projectKey);
  }

  /** A new template (version 1), refused when invalid or its id is taken. */
  public Outcome<Template> create(String id, TemplateContent content, String actorKey) {
    Outcome<Template> made = Template.create(id, content, actorKey, clock.instant());
    if (!(made instanceof Outcome.Ok<Template> ok)) {
      return made;
    }
    return transactions.inTransaction(
        () -> {
          if (!templates.create(ok.value())) {
            return Outcome.invalid(Violation.of("id", ID_TAKEN, id));
          }
          audit.record(
              new AuditEntry(
                  actorKey,
                  AUDIT_CREATED,
                  TEMPLATE_TARGET,
                  id,
                  null,
                  "version 1: " + content.name(),
                  clock.instant()));
          return made;
        });
  }

  /**
   * Template {@code id} with a new version holding {@code content}; a conflict when its latest
   * version is not {@code basedOn}, not found when there is no such template, invalid when the
   * content is invalid or unchanged.
   */
  public Outcome<Template> edit(String id, int basedOn, TemplateContent content, String actorKey) {
    return transactions.inTransaction(
        () -> {
          Optional<Template> stored = templates.find(id);
          if (stored.isEmpty()) {
            return Outcome.notFound(NOT_FOUND, id);
          }
          int latest = stored.get().latest().number();
          if (latest != basedOn) {
            return Outcome.conflict(basedOn, latest);
          }
          Outcome<Template> edited = stored.get().edit(content, actorKey, clock.instant());
          if (!(edited instanceof Outcome.Ok<Template> ok)) {
            return edited;
          }
          if (!templates.addVersion(ok.value(), latest)) {
            return Outcome.conflict(basedOn, latest + 1);
          }
          List<TemplateChange> changes =
              TemplateDiff.between(stored.get().latest(), ok.value().latest());
          audit.record(
              new AuditEntry(
                  actorKey,
                  AUDIT_EDITED,
                  TEMPLATE_TARGET,
                  id,
                  "version " + latest,
                  "version " + (latest + 1) + ": " + describe(changes),
                  clock.instant()));
          return edited;
        });
  }

  /** The changes from version {@code from} to version {@code to} of template {@code id}. */
  public Outcome<List<TemplateChange>> diff(String id, int from, int to) {
    Optional<Template> t = templates.find(id);
    if (t.isEmpty()) {
      return Outcome.notFound(NOT_FOUND, id);
    }
    Optional<TemplateVersion> a = t.get().version(from);
    Optional<TemplateVersion> b = t.get().version(to);
    if (a.isEmpty() || b.isEmpty()) {
      return Outcome.notFound(VERSION_NOT_FOUND, id, a.isEmpty() ? from : to);
    }
    return Outcome.ok(TemplateDiff.between(a.get(), b.get()));
  }

  /**
   * Project {@code projectKey} follows version {@code version} of template {@code templateId}: not
   * found when there is no such version; a project already following this template moves only
   * forward (the engine's rule).
   */
  public Outcome<TemplateAssignment> assign(
      String projectKey, String templateId, int version, String actorKey) {
    return transactions.inTransaction(
        () -> {
          Optional<Template> t = templates.find(templateId);
          if (t.isEmpty()) {
            return Outcome.notFound(NOT_FOUND, templateId);
          }
          if (t.get().version(version).isEmpty()) {
            return Outcome.notFound(VERSION_NOT_FOUND, templateId, version);
          }
          Optional<TemplateAssignment> before = assignments.byProject(projectKey);
          Outcome<TemplateAssignment> next =
              before
                  .filter(b -> b.templateId().equals(templateId))
                  .map(b -> b.moveTo(t.get(), version))
                  .orElseGet(
                      () -> Outcome.ok(new TemplateAssignment(projectKey, templateId, version)));
          if (next instanceof Outcome.Ok<TemplateAssignment> ok) {
            assignments.save(ok.value());
            audit.record(
                new AuditEntry(
                    actorKey,
                    AUDIT_ASSIGNED,
                    ASSIGNMENT_TARGET,
                    projectKey,
                    before.map(Standardization::text).orElse(null),
                    text(ok.value()),
                    clock.instant()));
          }
          return next;
        });
  }

  private static String text(TemplateAssignment a) {
    return a.templateId() + " v" + a.version();
  }

  private static String describe(List<TemplateChange> changes) {
    StringBuilder b = new StringBuilder();
    for (TemplateChange c : changes) {
      if (b.length() > 0) {
        b.append("; ");
      }
      b.append(c.kind().name().toLowerCase(java.util.Locale.ROOT)).append(' ').append(c.path());
      if (b.length() > 3000) {
        b.append(" …");
        break;
      }
    }
    return b.toString();
  }
}
