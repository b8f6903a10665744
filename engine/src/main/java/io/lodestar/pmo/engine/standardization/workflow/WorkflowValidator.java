package io.lodestar.pmo.engine.standardization.workflow;

import static io.lodestar.pmo.engine.standardization.StandardizationKeys.DUPLICATE;
import static io.lodestar.pmo.engine.standardization.StandardizationKeys.REQUIRED;
import static io.lodestar.pmo.engine.standardization.StandardizationKeys.TOO_LONG;
import static io.lodestar.pmo.engine.standardization.StandardizationKeys.TOO_MANY;
import static io.lodestar.pmo.engine.standardization.StandardizationKeys.WORKFLOW_NO_DONE;
import static io.lodestar.pmo.engine.standardization.StandardizationKeys.WORKFLOW_NO_INITIAL;
import static io.lodestar.pmo.engine.standardization.StandardizationKeys.WORKFLOW_NO_WAY_TO_DONE;
import static io.lodestar.pmo.engine.standardization.StandardizationKeys.WORKFLOW_RESOLUTION_NOT_DONE;
import static io.lodestar.pmo.engine.standardization.StandardizationKeys.WORKFLOW_SEVERAL_INITIAL;
import static io.lodestar.pmo.engine.standardization.StandardizationKeys.WORKFLOW_UNKNOWN_STATUS;
import static io.lodestar.pmo.engine.standardization.StandardizationKeys.WORKFLOW_UNREACHABLE;

import io.lodestar.pmo.engine.shared.Violation;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Whether a workflow template can be used: names present, short and unique; exactly one initial
 * status; transitions between existing statuses; a resolution only into a Done status; at least one
 * Done status; every status reachable from the initial one; a Done status reachable from every
 * status; sizes bounded ({@value #MAX_STATUSES} statuses, {@value #MAX_TRANSITIONS} transitions,
 * {@value #MAX_CHECKS} checks per transition, names of at most {@value #MAX_NAME} characters). The
 * graph rules are only checked once the names are sound, so one mistake gives one problem.
 */
public final class WorkflowValidator {

  public static final int MAX_STATUSES = 50;
  public static final int MAX_TRANSITIONS = 200;
  public static final int MAX_CHECKS = 10;
  public static final int MAX_NAME = 60;

  private WorkflowValidator() {}

  /**
   * The problems of {@code workflow}, each naming its field below {@code prefix} (e.g. {@code
   * workflows[0].workflow}); empty when the workflow is valid.
   */
  public static List<Violation> validate(WorkflowTemplate workflow, String prefix) {
    List<Violation> problems = new ArrayList<>();
    name(workflow.name(), prefix + ".name", 255, problems);
    if (workflow.statuses().isEmpty()) {
      problems.add(Violation.of(prefix + ".statuses", REQUIRED));
      return problems;
    }
    if (workflow.statuses().size() > MAX_STATUSES) {
      problems.add(Violation.of(prefix + ".statuses", TOO_MANY, MAX_STATUSES));
      return problems;
    }
    if (workflow.transitions().size() > MAX_TRANSITIONS) {
      problems.add(Violation.of(prefix + ".transitions", TOO_MANY, MAX_TRANSITIONS));
      return problems;
    }
    boolean namesSound = true;
    Set<String> seen = new HashSet<>();
    int initial = 0;
    boolean done = false;
    for (int i = 0; i < workflow.statuses().size(); i++) {
      WorkflowStatus s = workflow.statuses().get(i);
      String field = prefix + ".statuses[" + i + "].name";
      if (!name(s.name(), field, MAX_NAME, problems)) {
        namesSound = false;
      } else if (!seen.add(key(s.name()))) {
        problems.add(Violation.of(field, DUPLICATE, s.name().trim()));
        namesSound = false;
      }
      initial += s.initial() ? 1 : 0;
      done |= s.category() == StatusCategory.DONE;
    }
    if (initial == 0) {
      problems.add(Violation.of(prefix + ".statuses", WORKFLOW_NO_INITIAL));
    } else if (initial > 1) {
      problems.add(Violation.of(prefix + ".statuses", WORKFLOW_SEVERAL_INITIAL, initial));
    }
    if (!done) {
      problems.add(Violation.of(prefix + ".statuses", WORKFLOW_NO_DONE));
    }
    Map<String, StatusCategory> categories = new HashMap<>();
    workflow.statuses().forEach(s -> categories.put(key(s.name()), s.category()));
    Set<String> transitionNames = new HashSet<>();
    for (int i = 0; i < workflow.transitions().size(); i++) {
      Transition t = workflow.transitions().get(i);
      String field = prefix + ".transitions[" + i + "]";
      if (!name(t.name(), field + ".name", MAX_NAME, problems)) {
        namesSound = false;
      } else if (!transitionNames.add(key(t.from()) + "\n" + key(t.name()))) {
        problems.add(Violation.of(field + ".name", DUPLICATE, t.name().trim()));
      }
      if (!categories.containsKey(key(t.from()))) {
        problems.add(Violation.of(field + ".from", WORKFLOW_UNKNOWN_STATUS, t.from()));
        namesSound = false;
      }
      StatusCategory target = categories.get(key(t.to()));
      if (target == null) {
        problems.add(Violation.of(field + ".to", WORKFLOW_UNKNOWN_STATUS, t.to()));
        namesSound = false;
      } else if (t.setsResolution() && target != StatusCategory.DONE) {
        problems.add(Violation.of(field + ".setsResolution", WORKFLOW_RESOLUTION_NOT_DONE, t.to()));
      }
      checks(t, field + ".checks", problems);
    }
    if (namesSound && initial == 1 && done) {
      graph(workflow, prefix, problems);
    }
    return problems;
  }

  private static void checks(Transition t, String field, List<Violation> problems) {
    if (t.checks().size() > MAX_CHECKS) {
      problems.add(Violation.of(field, TOO_MANY, MAX_CHECKS));
      return;
    }
    Set<String> seen = new HashSet<>();
    for (int j = 0; j < t.checks().size(); j++) {
      TransitionCheck check = t.checks().get(j);
      String at = field + "[" + j + "]";
      if (check instanceof TransitionCheck.OnlyRole role) {
        name(role.role(), at + ".role", 255, problems);
      } else if (check instanceof TransitionCheck.FieldRequired required) {
        name(required.fieldId(), at + ".fieldId", 255, problems);
      }
      if (!seen.add(check.canonical())) {
        problems.add(Violation.of(at, DUPLICATE, check.canonical()));
      }
    }
  }

  private static void graph(WorkflowTemplate workflow, String prefix, List<Violation> problems) {
    Map<String, List<String>> forward = new HashMap<>();
    Map<String, List<String>> backward = new HashMap<>();
    for (Transition t : workflow.transitions()) {
      forward.computeIfAbsent(key(t.from()), k -> new ArrayList<>()).add(key(t.to()));
      backward.computeIfAbsent(key(t.to()), k -> new ArrayList<>()).add(key(t.from()));
    }
    List<String> start =
        workflow.statuses().stream()
            .filter(WorkflowStatus::initial)
            .map(s -> key(s.name()))
            .toList();
    List<String> done =
        workflow.statuses().stream()
            .filter(s -> s.category() == StatusCategory.DONE)
            .map(s -> key(s.name()))
            .toList();
    Set<String> reachable = closure(start, forward);
    Set<String> reachesDone = closure(done, backward);
    for (int i = 0; i < workflow.statuses().size(); i++) {
      WorkflowStatus s = workflow.statuses().get(i);
      String field = prefix + ".statuses[" + i + "]";
      if (!reachable.contains(key(s.name()))) {
        problems.add(Violation.of(field, WORKFLOW_UNREACHABLE, s.name()));
      }
      if (!reachesDone.contains(key(s.name()))) {
        problems.add(Violation.of(field, WORKFLOW_NO_WAY_TO_DONE, s.name()));
      }
    }
  }

  private static Set<String> closure(List<String> from, Map<String, List<String>> edges) {
    Set<String> seen = new HashSet<>(from);
    Deque<String> todo = new ArrayDeque<>(from);
    while (!todo.isEmpty()) {
      for (String next : edges.getOrDefault(todo.pop(), List.of())) {
        if (seen.add(next)) {
          todo.push(next);
        }
      }
    }
    return seen;
  }

  /** Checks a required, bounded name; true when it is sound. */
  static boolean name(String value, String field, int max, List<Violation> problems) {
    if (value == null || value.isBlank()) {
      problems.add(Violation.of(field, REQUIRED));
      return false;
    }
    if (value.trim().length() > max) {
      problems.add(Violation.of(field, TOO_LONG, max));
      return false;
    }
    return true;
  }

  private static String key(String name) {
    return name.trim().toLowerCase(Locale.ROOT);
  }
}
