package io.lodestar.pmo.app.standardization;

import io.lodestar.pmo.engine.shared.Violation;
import io.lodestar.pmo.engine.standardization.Severity;
import io.lodestar.pmo.engine.standardization.StandardizationKeys;
import io.lodestar.pmo.engine.standardization.template.ArtifactRule;
import io.lodestar.pmo.engine.standardization.template.CountExpectation;
import io.lodestar.pmo.engine.standardization.template.Glob;
import io.lodestar.pmo.engine.standardization.template.IssueTypeWorkflow;
import io.lodestar.pmo.engine.standardization.template.JqlTemplate;
import io.lodestar.pmo.engine.standardization.template.ProjectRule;
import io.lodestar.pmo.engine.standardization.template.RuleKind;
import io.lodestar.pmo.engine.standardization.template.SchemeBindings;
import io.lodestar.pmo.engine.standardization.template.ScreenKind;
import io.lodestar.pmo.engine.standardization.template.TemplateContent;
import io.lodestar.pmo.engine.standardization.workflow.StatusCategory;
import io.lodestar.pmo.engine.standardization.workflow.Transition;
import io.lodestar.pmo.engine.standardization.workflow.TransitionCheck;
import io.lodestar.pmo.engine.standardization.workflow.WorkflowStatus;
import io.lodestar.pmo.engine.standardization.workflow.WorkflowTemplate;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A template version's content as a JSON-shaped tree (maps, lists, strings, numbers, booleans): the
 * REST body of template edits and the stored text of the hosts, one format for both. {@link #read}
 * refuses a malformed tree with a {@link Violation} naming the field path (e.g. {@code
 * projectRules[2].kind}); what the tree says is then validated by the engine's {@code
 * TemplateValidator}.
 *
 * <p>Transition checks are their canonical texts: {@code assigneeRequired}, {@code subtasksDone},
 * {@code onlyRole:<role>}, {@code fieldRequired:<field id>}.
 */
public final class TemplateContentCodec {

  /** A value of the wrong shape. Args: the expected shape. */
  public static final String WRONG_TYPE = "lodestar.standardization.rest.error.wrongType";

  /** Not one of the allowed values. Args: the value, the allowed values. */
  public static final String NOT_ONE_OF = "lodestar.standardization.rest.error.notOneOf";

  /** A malformed tree, with the violation naming its field. */
  public static final class MalformedException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient Violation violation;

    MalformedException(Violation violation) {
      super(violation.field() + ": " + violation.messageKey());
      this.violation = violation;
    }

    public Violation violation() {
      return violation;
    }
  }

  private TemplateContentCodec() {}

  /** The tree of {@code content}. */
  public static Map<String, Object> write(TemplateContent content) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("name", content.name());
    m.put("thresholdPercent", content.thresholdPercent().toPlainString());
    content.bindings().permissionSchemeId().ifPresent(id -> m.put("permissionSchemeId", id));
    content.bindings().notificationSchemeId().ifPresent(id -> m.put("notificationSchemeId", id));
    List<Object> workflows = new ArrayList<>();
    for (IssueTypeWorkflow w : content.workflows()) {
      Map<String, Object> wm = new LinkedHashMap<>();
      wm.put("id", w.id());
      wm.put("severity", w.severity().name());
      wm.put("issueType", w.issueType());
      wm.put("workflow", writeWorkflow(w.workflow()));
      workflows.add(wm);
    }
    m.put("workflows", workflows);
    List<Object> rules = new ArrayList<>();
    for (ProjectRule r : content.projectRules()) {
      rules.add(writeRule(r));
    }
    m.put("projectRules", rules);
    List<Object> artifacts = new ArrayList<>();
    for (ArtifactRule a : content.artifactRules()) {
      Map<String, Object> am = new LinkedHashMap<>();
      am.put("id", a.id());
      am.put("severity", a.severity().name());
      am.put("name", a.name());
      am.put("jql", a.jql().text());
      am.put("comparison", a.expectation().comparison().name());
      am.put("limit", a.expectation().limit());
      am.put("remediation", a.remediation());
      artifacts.add(am);
    }
    m.put("artifactRules", artifacts);
    return m;
  }

  /** The tree of one workflow. */
  public static Map<String, Object> writeWorkflow(WorkflowTemplate workflow) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("name", workflow.name());
    List<Object> statuses = new ArrayList<>();
    for (WorkflowStatus s : workflow.statuses()) {
      Map<String, Object> sm = new LinkedHashMap<>();
      sm.put("name", s.name());
      sm.put("category", s.category().name());
      sm.put("initial", s.initial());
      statuses.add(sm);
    }
    m.put("statuses", statuses);
    List<Object> transitions = new ArrayList<>();
    for (Transition t : workflow.transitions()) {
      Map<String, Object> tm = new LinkedHashMap<>();
      tm.put("name", t.name());
      tm.put("from", t.from());
      tm.put("to", t.to());
      tm.put("setsResolution", t.setsResolution());
      tm.put("checks", t.checks().stream().map(TransitionCheck::canonical).toList());
      transitions.add(tm);
    }
    m.put("transitions", transitions);
    return m;
  }

  private static Map<String, Object> writeRule(ProjectRule r) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("kind", r.kind().name());
    m.put("id", r.id());
    m.put("severity", r.severity().name());
    if (r instanceof ProjectRule.RequiredIssueTypes x) {
      m.put("issueTypes", x.issueTypes());
    } else if (r instanceof ProjectRule.RequiredScreenFields x) {
      m.put("screen", x.screen().name());
      m.put("fieldIds", x.fieldIds());
    } else if (r instanceof ProjectRule.MandatoryFields x) {
      m.put("fieldIds", x.fieldIds());
    } else if (r instanceof ProjectRule.RequiredRoles x) {
      m.put("roles", x.roles());
    } else if (r instanceof ProjectRule.RequiredCategory x) {
      m.put("category", x.category());
    } else if (r instanceof ProjectRule.KeyPattern x) {
      m.put("pattern", x.pattern().pattern());
    } else if (r instanceof ProjectRule.NamePattern x) {
      m.put("pattern", x.pattern().pattern());
    } else if (r instanceof ProjectRule.RequiredProfileAttributes x) {
      m.put("attributes", x.attributes());
    } else if (r instanceof ProjectRule.ComponentRules x) {
      m.put("required", x.required());
      m.put("leadRequired", x.leadRequired());
    } else if (r instanceof ProjectRule.VersionRules x) {
      m.put("unreleasedRequired", x.unreleasedRequired());
      m.put("releaseDateRequired", x.releaseDateRequired());
    }
    return m;
  }

  /**
   * The content a tree describes.
   *
   * @throws MalformedException naming the first malformed field
   */
  public static TemplateContent read(Object tree) {
    Map<?, ?> m = map(tree, "");
    List<IssueTypeWorkflow> workflows = new ArrayList<>();
    List<?> wl = list(m.get("workflows"), "workflows", true);
    for (int i = 0; i < wl.size(); i++) {
      String p = "workflows[" + i + "]";
      Map<?, ?> wm = map(wl.get(i), p);
      workflows.add(
          new IssueTypeWorkflow(
              text(wm.get("id"), p + ".id"),
              severity(wm.get("severity"), p + ".severity"),
              text(wm.get("issueType"), p + ".issueType"),
              readWorkflow(wm.get("workflow"), p + ".workflow")));
    }
    List<ProjectRule> rules = new ArrayList<>();
    List<?> rl = list(m.get("projectRules"), "projectRules", true);
    for (int i = 0; i < rl.size(); i++) {
      rules.add(readRule(map(rl.get(i), "projectRules[" + i + "]"), "projectRules[" + i + "]"));
    }
    List<ArtifactRule> artifacts = new ArrayList<>();
    List<?> al = list(m.get("artifactRules"), "artifactRules", true);
    for (int i = 0; i < al.size(); i++) {
      String p = "artifactRules[" + i + "]";
      Map<?, ?> am = map(al.get(i), p);
      artifacts.add(
          new ArtifactRule(
              text(am.get("id"), p + ".id"),
              severity(am.get("severity"), p + ".severity"),
              text(am.get("name"), p + ".name"),
              JqlTemplate.of(text(am.get("jql"), p + ".jql")),
              new CountExpectation(
                  enumValue(
                      am.get("comparison"), p + ".comparison", CountExpectation.Comparison.class),
                  whole(am.get("limit"), p + ".limit")),
              optionalText(am.get("remediation"), p + ".remediation").orElse("")));
    }
    Object threshold = m.get("thresholdPercent");
    BigDecimal percent =
        threshold == null
            ? TemplateContent.DEFAULT_THRESHOLD
            : number(threshold, "thresholdPercent");
    return new TemplateContent(
        text(m.get("name"), "name"),
        workflows,
        rules,
        artifacts,
        new SchemeBindings(
            optionalText(m.get("permissionSchemeId"), "permissionSchemeId"),
            optionalText(m.get("notificationSchemeId"), "notificationSchemeId")),
        percent);
  }

  /** The workflow a tree describes. */
  public static WorkflowTemplate readWorkflow(Object tree, String path) {
    Map<?, ?> m = map(tree, path);
    List<WorkflowStatus> statuses = new ArrayList<>();
    List<?> sl = list(m.get("statuses"), path + ".statuses", false);
    for (int i = 0; i < sl.size(); i++) {
      String p = path + ".statuses[" + i + "]";
      Map<?, ?> sm = map(sl.get(i), p);
      statuses.add(
          new WorkflowStatus(
              text(sm.get("name"), p + ".name"),
              enumValue(sm.get("category"), p + ".category", StatusCategory.class),
              bool(sm.get("initial"), p + ".initial")));
    }
    List<Transition> transitions = new ArrayList<>();
    List<?> tl = list(m.get("transitions"), path + ".transitions", true);
    for (int i = 0; i < tl.size(); i++) {
      String p = path + ".transitions[" + i + "]";
      Map<?, ?> tm = map(tl.get(i), p);
      List<TransitionCheck> checks = new ArrayList<>();
      List<?> cl = list(tm.get("checks"), p + ".checks", true);
      for (int j = 0; j < cl.size(); j++) {
        checks.add(check(text(cl.get(j), p + ".checks[" + j + "]"), p + ".checks[" + j + "]"));
      }
      transitions.add(
          new Transition(
              text(tm.get("name"), p + ".name"),
              text(tm.get("from"), p + ".from"),
              text(tm.get("to"), p + ".to"),
              bool(tm.get("setsResolution"), p + ".setsResolution"),
              checks));
    }
    return new WorkflowTemplate(
        optionalText(m.get("name"), path + ".name").orElse(""), statuses, transitions);
  }

  private static TransitionCheck check(String text, String path) {
    if (text.equals("assigneeRequired")) {
      return new TransitionCheck.AssigneeRequired();
    }
    if (text.equals("subtasksDone")) {
      return new TransitionCheck.SubtasksDone();
    }
    if (text.startsWith("onlyRole:") && text.length() > 9) {
      return new TransitionCheck.OnlyRole(text.substring(9));
    }
    if (text.startsWith("fieldRequired:") && text.length() > 14) {
      return new TransitionCheck.FieldRequired(text.substring(14));
    }
    throw malformed(
        path, NOT_ONE_OF, text, "assigneeRequired, subtasksDone, onlyRole:R, fieldRequired:F");
  }

  private static ProjectRule readRule(Map<?, ?> m, String p) {
    RuleKind kind = enumValue(m.get("kind"), p + ".kind", RuleKind.class);
    String id = text(m.get("id"), p + ".id");
    Severity severity = severity(m.get("severity"), p + ".severity");
    return switch (kind) {
      case ISSUE_TYPES ->
          new ProjectRule.RequiredIssueTypes(
              id, severity, texts(m.get("issueTypes"), p + ".issueTypes"));
      case SCREEN_FIELDS ->
          new ProjectRule.RequiredScreenFields(
              id,
              severity,
              enumValue(m.get("screen"), p + ".screen", ScreenKind.class),
              texts(m.get("fieldIds"), p + ".fieldIds"));
      case MANDATORY_FIELDS ->
          new ProjectRule.MandatoryFields(id, severity, texts(m.get("fieldIds"), p + ".fieldIds"));
      case ROLES ->
          new ProjectRule.RequiredRoles(id, severity, texts(m.get("roles"), p + ".roles"));
      case CATEGORY ->
          new ProjectRule.RequiredCategory(id, severity, text(m.get("category"), p + ".category"));
      case KEY_PATTERN ->
          new ProjectRule.KeyPattern(id, severity, Glob.of(text(m.get("pattern"), p + ".pattern")));
      case NAME_PATTERN ->
          new ProjectRule.NamePattern(
              id, severity, Glob.of(text(m.get("pattern"), p + ".pattern")));
      case PROFILE ->
          new ProjectRule.RequiredProfileAttributes(
              id, severity, texts(m.get("attributes"), p + ".attributes"));
      case COMPONENTS ->
          new ProjectRule.ComponentRules(
              id,
              severity,
              texts(m.get("required"), p + ".required"),
              bool(m.get("leadRequired"), p + ".leadRequired"));
      case VERSIONS ->
          new ProjectRule.VersionRules(
              id,
              severity,
              bool(m.get("unreleasedRequired"), p + ".unreleasedRequired"),
              bool(m.get("releaseDateRequired"), p + ".releaseDateRequired"));
      case WORKFLOW, ARTIFACT ->
          throw malformed(
              p + ".kind", NOT_ONE_OF, kind.name(), "a project rule kind (not WORKFLOW, ARTIFACT)");
    };
  }

  private static MalformedException malformed(String field, String key, Object... args) {
    return new MalformedException(Violation.of(field, key, args));
  }

  private static Map<?, ?> map(Object v, String path) {
    if (v instanceof Map<?, ?> m) {
      return m;
    }
    if (v == null) {
      throw malformed(path, StandardizationKeys.REQUIRED);
    }
    throw malformed(path, WRONG_TYPE, "object");
  }

  private static List<?> list(Object v, String path, boolean optional) {
    if (v == null && optional) {
      return List.of();
    }
    if (v instanceof List<?> l) {
      return l;
    }
    if (v == null) {
      throw malformed(path, StandardizationKeys.REQUIRED);
    }
    throw malformed(path, WRONG_TYPE, "list");
  }

  private static String text(Object v, String path) {
    if (v instanceof String s) {
      return s;
    }
    if (v == null) {
      throw malformed(path, StandardizationKeys.REQUIRED);
    }
    throw malformed(path, WRONG_TYPE, "text");
  }

  private static Optional<String> optionalText(Object v, String path) {
    return v == null ? Optional.empty() : Optional.of(text(v, path)).filter(s -> !s.isBlank());
  }

  private static List<String> texts(Object v, String path) {
    List<?> l = list(v, path, true);
    List<String> out = new ArrayList<>();
    for (int i = 0; i < l.size(); i++) {
      out.add(text(l.get(i), path + "[" + i + "]"));
    }
    return out;
  }

  private static boolean bool(Object v, String path) {
    if (v == null) {
      return false;
    }
    if (v instanceof Boolean b) {
      return b;
    }
    throw malformed(path, WRONG_TYPE, "true or false");
  }

  private static BigDecimal number(Object v, String path) {
    try {
      if (v instanceof Number n) {
        return new BigDecimal(n.toString());
      }
      if (v instanceof String s) {
        return new BigDecimal(s.strip());
      }
    } catch (NumberFormatException e) {
      throw malformed(path, WRONG_TYPE, "number");
    }
    if (v == null) {
      throw malformed(path, StandardizationKeys.REQUIRED);
    }
    throw malformed(path, WRONG_TYPE, "number");
  }

  private static long whole(Object v, String path) {
    try {
      return number(v, path).longValueExact();
    } catch (ArithmeticException e) {
      throw malformed(path, WRONG_TYPE, "whole number");
    }
  }

  private static Severity severity(Object v, String path) {
    return enumValue(v, path, Severity.class);
  }

  private static <E extends Enum<E>> E enumValue(Object v, String path, Class<E> type) {
    String s = text(v, path).strip().toUpperCase(Locale.ROOT).replace('-', '_');
    for (E c : type.getEnumConstants()) {
      if (c.name().equals(s)) {
        return c;
      }
    }
    List<String> allowed = new ArrayList<>();
    for (E c : type.getEnumConstants()) {
      allowed.add(c.name());
    }
    throw malformed(path, NOT_ONE_OF, v, String.join(", ", allowed));
  }
}
