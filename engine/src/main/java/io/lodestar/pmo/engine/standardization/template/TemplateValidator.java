package io.lodestar.pmo.engine.standardization.template;

import static io.lodestar.pmo.engine.standardization.StandardizationKeys.DECIMALS;
import static io.lodestar.pmo.engine.standardization.StandardizationKeys.DUPLICATE;
import static io.lodestar.pmo.engine.standardization.StandardizationKeys.ID_FORMAT;
import static io.lodestar.pmo.engine.standardization.StandardizationKeys.JQL_NO_PROJECT;
import static io.lodestar.pmo.engine.standardization.StandardizationKeys.JQL_UNKNOWN_PLACEHOLDER;
import static io.lodestar.pmo.engine.standardization.StandardizationKeys.OUT_OF_RANGE;
import static io.lodestar.pmo.engine.standardization.StandardizationKeys.PATTERN_INVALID;
import static io.lodestar.pmo.engine.standardization.StandardizationKeys.REQUIRED;
import static io.lodestar.pmo.engine.standardization.StandardizationKeys.TOO_LONG;
import static io.lodestar.pmo.engine.standardization.StandardizationKeys.TOO_MANY;

import io.lodestar.pmo.engine.shared.Violation;
import io.lodestar.pmo.engine.standardization.workflow.WorkflowValidator;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Whether a template's content can become a version. Problems name their field, e.g. {@code
 * workflows[0].workflow.statuses[2].name}, {@code projectRules[1].pattern}, {@code
 * artifactRules[0].jql}. Bounds: {@value #MAX_WORKFLOWS} workflows, {@value #MAX_PROJECT_RULES}
 * project rules, {@value #MAX_ARTIFACT_RULES} artifact rules, {@value #MAX_ENTRIES} entries per
 * list, names of {@value #MAX_NAME} characters, remediation texts of {@value #MAX_REMEDIATION}.
 */
public final class TemplateValidator {

  public static final int MAX_WORKFLOWS = 30;
  public static final int MAX_PROJECT_RULES = 50;
  public static final int MAX_ARTIFACT_RULES = 100;
  public static final int MAX_ENTRIES = 100;
  public static final int MAX_NAME = 255;
  public static final int MAX_REMEDIATION = 2_000;

  private static final Pattern ID = Pattern.compile("[A-Za-z0-9_.-]{1,64}");

  private TemplateValidator() {}

  /** The problems of {@code content}; empty when it is valid. */
  public static List<Violation> validate(TemplateContent content) {
    List<Violation> problems = new ArrayList<>();
    text(content.name(), "name", MAX_NAME, problems);
    BigDecimal t = content.thresholdPercent();
    if (t.signum() < 0 || t.compareTo(BigDecimal.valueOf(100)) > 0) {
      problems.add(Violation.of("thresholdPercent", OUT_OF_RANGE, 0, 100));
    } else if (t.stripTrailingZeros().scale() > 2) {
      problems.add(Violation.of("thresholdPercent", DECIMALS, 2));
    }
    content
        .bindings()
        .permissionSchemeId()
        .ifPresent(id -> text(id, "bindings.permissionSchemeId", MAX_NAME, problems));
    content
        .bindings()
        .notificationSchemeId()
        .ifPresent(id -> text(id, "bindings.notificationSchemeId", MAX_NAME, problems));

    Set<String> ids = new HashSet<>();
    if (content.workflows().size() > MAX_WORKFLOWS) {
      problems.add(Violation.of("workflows", TOO_MANY, MAX_WORKFLOWS));
    } else {
      Set<String> types = new HashSet<>();
      for (int i = 0; i < content.workflows().size(); i++) {
        IssueTypeWorkflow w = content.workflows().get(i);
        String field = "workflows[" + i + "]";
        id(w.id(), field, ids, problems);
        if (text(w.issueType(), field + ".issueType", MAX_NAME, problems)
            && !types.add(key(w.issueType()))) {
          problems.add(Violation.of(field + ".issueType", DUPLICATE, w.issueType().trim()));
        }
        problems.addAll(WorkflowValidator.validate(w.workflow(), field + ".workflow"));
      }
    }
    if (content.projectRules().size() > MAX_PROJECT_RULES) {
      problems.add(Violation.of("projectRules", TOO_MANY, MAX_PROJECT_RULES));
    } else {
      for (int i = 0; i < content.projectRules().size(); i++) {
        projectRule(content.projectRules().get(i), "projectRules[" + i + "]", ids, problems);
      }
    }
    if (content.artifactRules().size() > MAX_ARTIFACT_RULES) {
      problems.add(Violation.of("artifactRules", TOO_MANY, MAX_ARTIFACT_RULES));
    } else {
      for (int i = 0; i < content.artifactRules().size(); i++) {
        artifactRule(content.artifactRules().get(i), "artifactRules[" + i + "]", ids, problems);
      }
    }
    return problems;
  }

  private static void projectRule(
      ProjectRule rule, String field, Set<String> ids, List<Violation> problems) {
    id(rule.id(), field, ids, problems);
    if (rule instanceof ProjectRule.RequiredIssueTypes r) {
      entries(r.issueTypes(), field + ".issueTypes", true, problems);
    } else if (rule instanceof ProjectRule.RequiredScreenFields r) {
      entries(r.fieldIds(), field + ".fieldIds", true, problems);
    } else if (rule instanceof ProjectRule.MandatoryFields r) {
      entries(r.fieldIds(), field + ".fieldIds", true, problems);
    } else if (rule instanceof ProjectRule.RequiredRoles r) {
      entries(r.roles(), field + ".roles", true, problems);
    } else if (rule instanceof ProjectRule.RequiredCategory r) {
      text(r.category(), field + ".category", MAX_NAME, problems);
    } else if (rule instanceof ProjectRule.KeyPattern r) {
      glob(r.pattern(), field + ".pattern", problems);
    } else if (rule instanceof ProjectRule.NamePattern r) {
      glob(r.pattern(), field + ".pattern", problems);
    } else if (rule instanceof ProjectRule.RequiredProfileAttributes r) {
      entries(r.attributes(), field + ".attributes", true, problems);
    } else if (rule instanceof ProjectRule.ComponentRules r) {
      entries(r.required(), field + ".required", false, problems);
      if (r.required().isEmpty() && !r.leadRequired()) {
        problems.add(Violation.of(field + ".required", REQUIRED));
      }
    } else if (rule instanceof ProjectRule.VersionRules r
        && !r.unreleasedRequired()
        && !r.releaseDateRequired()) {
      problems.add(Violation.of(field + ".unreleasedRequired", REQUIRED));
    }
  }

  private static void artifactRule(
      ArtifactRule rule, String field, Set<String> ids, List<Violation> problems) {
    id(rule.id(), field, ids, problems);
    text(rule.name(), field + ".name", MAX_NAME, problems);
    String jql = rule.jql().text();
    if (text(jql, field + ".jql", JqlTemplate.MAX_LENGTH, problems)) {
      if (rule.jql().unknownPlaceholder().isPresent()) {
        problems.add(
            Violation.of(
                field + ".jql",
                JQL_UNKNOWN_PLACEHOLDER,
                rule.jql().unknownPlaceholder().get(),
                JqlTemplate.PROJECT));
      } else if (!jql.contains(JqlTemplate.PROJECT)) {
        problems.add(Violation.of(field + ".jql", JQL_NO_PROJECT, JqlTemplate.PROJECT));
      }
    }
    long limit = rule.expectation().limit();
    if (limit < 0 || limit > CountExpectation.MAX_LIMIT) {
      problems.add(
          Violation.of(field + ".expectation.limit", OUT_OF_RANGE, 0, CountExpectation.MAX_LIMIT));
    }
    if (rule.remediation().length() > MAX_REMEDIATION) {
      problems.add(Violation.of(field + ".remediation", TOO_LONG, MAX_REMEDIATION));
    }
  }

  private static void id(String id, String field, Set<String> ids, List<Violation> problems) {
    if (id.isBlank()) {
      problems.add(Violation.of(field + ".id", REQUIRED));
    } else if (!ID.matcher(id).matches()) {
      problems.add(Violation.of(field + ".id", ID_FORMAT, id));
    } else if (!ids.add(id)) {
      problems.add(Violation.of(field + ".id", DUPLICATE, id));
    }
  }

  private static void glob(Glob glob, String field, List<Violation> problems) {
    if (glob.pattern().isEmpty()) {
      problems.add(Violation.of(field, REQUIRED));
    } else if (glob.pattern().length() > Glob.MAX_LENGTH) {
      problems.add(Violation.of(field, TOO_LONG, Glob.MAX_LENGTH));
    } else if (!glob.isValid()) {
      problems.add(Violation.of(field, PATTERN_INVALID, glob.pattern()));
    }
  }

  private static void entries(
      List<String> values, String field, boolean required, List<Violation> problems) {
    if (values.isEmpty()) {
      if (required) {
        problems.add(Violation.of(field, REQUIRED));
      }
      return;
    }
    if (values.size() > MAX_ENTRIES) {
      problems.add(Violation.of(field, TOO_MANY, MAX_ENTRIES));
      return;
    }
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < values.size(); i++) {
      String v = values.get(i);
      String at = field + "[" + i + "]";
      if (text(v, at, MAX_NAME, problems) && !seen.add(key(v))) {
        problems.add(Violation.of(at, DUPLICATE, v.trim()));
      }
    }
  }

  private static boolean text(String value, String field, int max, List<Violation> problems) {
    if (value == null || value.isBlank()) {
      problems.add(Violation.of(field, REQUIRED));
      return false;
    }
    if (value.length() > max) {
      problems.add(Violation.of(field, TOO_LONG, max));
      return false;
    }
    return true;
  }

  private static String key(String value) {
    return value.trim().toLowerCase(Locale.ROOT);
  }
}
