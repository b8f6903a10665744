package io.lodestar.pmo.engine.standardization.template;

import io.lodestar.pmo.engine.standardization.workflow.Transition;
import io.lodestar.pmo.engine.standardization.workflow.WorkflowStatus;
import io.lodestar.pmo.engine.standardization.workflow.WorkflowTemplate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * The differences between two versions of a template, for "move this project to version n": name,
 * threshold and bindings; rules by id (added, removed, changed); and inside a workflow that exists
 * in both, statuses by name and transitions by (from, to, name) so the admin sees "status In Review
 * added" rather than "workflow changed". Changes are listed in a stable order: the template's
 * fields, then rules in the order of the newer version (removed ones after).
 */
public final class TemplateDiff {

  private TemplateDiff() {}

  /** What changes from {@code from} to {@code to}; empty when the contents are equal. */
  public static List<TemplateChange> between(TemplateContent from, TemplateContent to) {
    List<TemplateChange> changes = new ArrayList<>();
    field("name", from.name(), to.name(), changes);
    field(
        "thresholdPercent",
        from.thresholdPercent().stripTrailingZeros().toPlainString(),
        to.thresholdPercent().stripTrailingZeros().toPlainString(),
        changes);
    field(
        "bindings.permissionSchemeId",
        from.bindings().permissionSchemeId().orElse(""),
        to.bindings().permissionSchemeId().orElse(""),
        changes);
    field(
        "bindings.notificationSchemeId",
        from.bindings().notificationSchemeId().orElse(""),
        to.bindings().notificationSchemeId().orElse(""),
        changes);
    Map<String, TemplateRule> before = byId(from.rules(), TemplateRule::id);
    Map<String, TemplateRule> after = byId(to.rules(), TemplateRule::id);
    for (TemplateRule rule : after.values()) {
      TemplateRule old = before.get(rule.id());
      String path = "rules." + rule.id();
      if (old == null) {
        changes.add(TemplateChange.added(path, describe(rule)));
      } else if (old instanceof IssueTypeWorkflow ow && rule instanceof IssueTypeWorkflow nw) {
        workflow(path, ow, nw, changes);
      } else if (!old.equals(rule)) {
        changes.add(TemplateChange.changed(path, describe(old), describe(rule)));
      }
    }
    for (TemplateRule old : before.values()) {
      if (!after.containsKey(old.id())) {
        changes.add(TemplateChange.removed("rules." + old.id(), describe(old)));
      }
    }
    return List.copyOf(changes);
  }

  /** What changes from version {@code from} to version {@code to}. */
  public static List<TemplateChange> between(TemplateVersion from, TemplateVersion to) {
    return between(from.content(), to.content());
  }

  private static void workflow(
      String path, IssueTypeWorkflow from, IssueTypeWorkflow to, List<TemplateChange> changes) {
    field(path + ".severity", from.severity().name(), to.severity().name(), changes);
    field(path + ".issueType", from.issueType(), to.issueType(), changes);
    WorkflowTemplate a = from.workflow().canonical();
    WorkflowTemplate b = to.workflow().canonical();
    field(path + ".name", from.workflow().name(), to.workflow().name(), changes);
    diff(
        path + ".statuses.",
        byId(a.statuses(), WorkflowStatus::name),
        byId(b.statuses(), WorkflowStatus::name),
        TemplateDiff::describe,
        changes);
    diff(
        path + ".transitions.",
        byId(a.transitions(), TemplateDiff::transitionKey),
        byId(b.transitions(), TemplateDiff::transitionKey),
        TemplateDiff::describe,
        changes);
  }

  private static <T> void diff(
      String prefix,
      Map<String, T> before,
      Map<String, T> after,
      Function<T, String> text,
      List<TemplateChange> changes) {
    after.forEach(
        (k, v) -> {
          T old = before.get(k);
          if (old == null) {
            changes.add(TemplateChange.added(prefix + k, text.apply(v)));
          } else if (!old.equals(v)) {
            changes.add(TemplateChange.changed(prefix + k, text.apply(old), text.apply(v)));
          }
        });
    before.forEach(
        (k, v) -> {
          if (!after.containsKey(k)) {
            changes.add(TemplateChange.removed(prefix + k, text.apply(v)));
          }
        });
  }

  private static void field(String path, String from, String to, List<TemplateChange> changes) {
    if (!Objects.equals(from, to)) {
      changes.add(TemplateChange.changed(path, from, to));
    }
  }

  private static <T> Map<String, T> byId(List<T> values, Function<T, String> id) {
    Map<String, T> map = new LinkedHashMap<>();
    values.forEach(v -> map.put(id.apply(v), v));
    return map;
  }

  private static String transitionKey(Transition t) {
    return t.from() + "->" + t.to() + ":" + t.name();
  }

  private static String describe(WorkflowStatus s) {
    return s.name() + " (" + s.category() + (s.initial() ? ", initial" : "") + ")";
  }

  private static String describe(Transition t) {
    StringBuilder text = new StringBuilder(transitionKey(t));
    if (t.setsResolution()) {
      text.append(" [resolution]");
    }
    t.checks().forEach(c -> text.append(" [").append(c.canonical()).append(']'));
    return text.toString();
  }

  /** A canonical, human-readable text of a rule (the same rule always gives the same text). */
  static String describe(TemplateRule rule) {
    String head = rule.kind() + " " + rule.severity();
    if (rule instanceof IssueTypeWorkflow w) {
      return head
          + " "
          + w.issueType()
          + ": "
          + w.workflow().statuses().size()
          + " statuses, "
          + w.workflow().transitions().size()
          + " transitions";
    }
    if (rule instanceof ArtifactRule a) {
      return head
          + " "
          + a.name()
          + ": "
          + a.jql().text()
          + " "
          + a.expectation().comparison()
          + " "
          + a.expectation().limit();
    }
    if (rule instanceof ProjectRule.RequiredIssueTypes r) {
      return head + " " + r.issueTypes();
    }
    if (rule instanceof ProjectRule.RequiredScreenFields r) {
      return head + " " + r.screen() + " " + r.fieldIds();
    }
    if (rule instanceof ProjectRule.MandatoryFields r) {
      return head + " " + r.fieldIds();
    }
    if (rule instanceof ProjectRule.RequiredRoles r) {
      return head + " " + r.roles();
    }
    if (rule instanceof ProjectRule.RequiredCategory r) {
      return head + " " + r.category();
    }
    if (rule instanceof ProjectRule.KeyPattern r) {
      return head + " " + r.pattern().pattern();
    }
    if (rule instanceof ProjectRule.NamePattern r) {
      return head + " " + r.pattern().pattern();
    }
    if (rule instanceof ProjectRule.RequiredProfileAttributes r) {
      return head + " " + r.attributes();
    }
    if (rule instanceof ProjectRule.ComponentRules r) {
      return head + " " + r.required() + (r.leadRequired() ? " lead required" : "");
    }
    ProjectRule.VersionRules r = (ProjectRule.VersionRules) rule;
    return head
        + (r.unreleasedRequired() ? " unreleased required" : "")
        + (r.releaseDateRequired() ? " release date required" : "");
  }
}
