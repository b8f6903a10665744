package io.lodestar.pmo.engine.standardization.gate;

import static io.lodestar.pmo.engine.standardization.StandardizationKeys.DUPLICATE;
import static io.lodestar.pmo.engine.standardization.StandardizationKeys.ID_FORMAT;
import static io.lodestar.pmo.engine.standardization.StandardizationKeys.OUT_OF_RANGE;
import static io.lodestar.pmo.engine.standardization.StandardizationKeys.REQUIRED;
import static io.lodestar.pmo.engine.standardization.StandardizationKeys.TOO_LONG;
import static io.lodestar.pmo.engine.standardization.StandardizationKeys.TOO_MANY;

import io.lodestar.pmo.engine.shared.Violation;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A lifecycle: its phases in order, the exit gate of each phase (the gate of the last phase closes
 * the lifecycle) and how many approvals pass a gate. Bounds: {@value #MIN_PHASES} to {@value
 * #MAX_PHASES} phases, quorum 1 to {@value #MAX_QUORUM}, {@value #MAX_ITEMS} rules, items or
 * documents per gate, texts of {@value #MAX_TEXT} characters.
 *
 * @param phases phase names in order; copied
 * @param gates the exit gate of each phase, same size as {@code phases}; copied
 * @param quorum approvals needed to pass a gate
 */
public record GateConfig(List<String> phases, List<GateCriteria> gates, int quorum) {

  public static final int MIN_PHASES = 2;
  public static final int MAX_PHASES = 12;
  public static final int MAX_QUORUM = 20;
  public static final int MAX_ITEMS = 50;
  public static final int MAX_TEXT = 255;

  private static final Pattern ID = Pattern.compile("[A-Za-z0-9_.-]{1,64}");

  public GateConfig {
    phases = List.copyOf(phases);
    gates = List.copyOf(gates);
  }

  /** Initiate → Plan → Execute → Close, no criteria, one approval. */
  public static GateConfig standard() {
    return new GateConfig(
        List.of("Initiate", "Plan", "Execute", "Close"),
        List.of(GateCriteria.NONE, GateCriteria.NONE, GateCriteria.NONE, GateCriteria.NONE),
        1);
  }

  /** The problems of this configuration; empty when it is valid. */
  public List<Violation> validate() {
    List<Violation> problems = new ArrayList<>();
    if (phases.size() < MIN_PHASES || phases.size() > MAX_PHASES) {
      problems.add(Violation.of("phases", OUT_OF_RANGE, MIN_PHASES, MAX_PHASES));
    }
    Set<String> names = new HashSet<>();
    for (int i = 0; i < phases.size(); i++) {
      String p = phases.get(i);
      if (text(p, "phases[" + i + "]", problems) && !names.add(p.trim().toLowerCase(Locale.ROOT))) {
        problems.add(Violation.of("phases[" + i + "]", DUPLICATE, p.trim()));
      }
    }
    if (gates.size() != phases.size()) {
      problems.add(Violation.of("gates", OUT_OF_RANGE, phases.size(), phases.size()));
    }
    if (quorum < 1 || quorum > MAX_QUORUM) {
      problems.add(Violation.of("quorum", OUT_OF_RANGE, 1, MAX_QUORUM));
    }
    for (int g = 0; g < gates.size(); g++) {
      GateCriteria c = gates.get(g);
      String field = "gates[" + g + "]";
      if (c.ruleIds().size() > MAX_ITEMS) {
        problems.add(Violation.of(field + ".ruleIds", TOO_MANY, MAX_ITEMS));
      }
      if (c.checklist().size() > MAX_ITEMS) {
        problems.add(Violation.of(field + ".checklist", TOO_MANY, MAX_ITEMS));
      }
      if (c.documents().size() > MAX_ITEMS) {
        problems.add(Violation.of(field + ".documents", TOO_MANY, MAX_ITEMS));
      }
      ids(c.ruleIds(), field + ".ruleIds", problems);
      ids(c.checklist().stream().map(ChecklistItem::id).toList(), field + ".checklist", problems);
      ids(
          c.documents().stream().map(RequiredDocument::id).toList(),
          field + ".documents",
          problems);
      for (int i = 0; i < c.checklist().size(); i++) {
        text(c.checklist().get(i).text(), field + ".checklist[" + i + "].text", problems);
      }
      for (int i = 0; i < c.documents().size(); i++) {
        text(c.documents().get(i).label(), field + ".documents[" + i + "].label", problems);
      }
    }
    return problems;
  }

  private static void ids(List<String> ids, String field, List<Violation> problems) {
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < ids.size(); i++) {
      String id = ids.get(i);
      if (!ID.matcher(id).matches()) {
        problems.add(Violation.of(field + "[" + i + "].id", ID_FORMAT, id));
      } else if (!seen.add(id)) {
        problems.add(Violation.of(field + "[" + i + "].id", DUPLICATE, id));
      }
    }
  }

  private static boolean text(String value, String field, List<Violation> problems) {
    if (value.isBlank()) {
      problems.add(Violation.of(field, REQUIRED));
      return false;
    }
    if (value.length() > MAX_TEXT) {
      problems.add(Violation.of(field, TOO_LONG, MAX_TEXT));
      return false;
    }
    return true;
  }
}
