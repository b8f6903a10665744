package io.lodestar.pmo.engine.risk.mapping;

import io.lodestar.pmo.engine.risk.ImpactDimension;
import io.lodestar.pmo.engine.risk.RiskMessageKeys;
import io.lodestar.pmo.engine.shared.Violation;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

/**
 * Size limits of a {@link RiskFieldMapping}, checked before settings are stored by either host:
 * every issue type id and field id at most {@value #MAX_ID_LENGTH} characters, at most {@value
 * #MAX_RISK_ISSUE_TYPES} risk issue types. Jira's own ids are far shorter ({@code
 * customfield_10010}, {@code 10100}); without a bound a project admin could store megabytes that
 * every reader of the settings and of the audit history then receives.
 *
 * <p>Field paths are those of the REST body: {@code mapping.ownerFieldId}, {@code
 * mapping.inherent.impactFieldIds.cost}, {@code mapping.cost.minFieldId}, {@code
 * mapping.riskIssueTypeIds}.
 */
public final class RiskFieldMappingLimits {

  /** Longest issue type id or field id, in characters. */
  public static final int MAX_ID_LENGTH = 255;

  /** Most risk issue types one mapping may designate. */
  public static final int MAX_RISK_ISSUE_TYPES = 100;

  /** Most option levels (field, option) pairs one mapping may hold. */
  public static final int MAX_OPTION_LEVELS = 1000;

  /** Highest option level: no scale has more levels. */
  public static final int MAX_LEVEL = 100;

  /** Longest option label, in characters. */
  public static final int MAX_OPTION_LABEL_LENGTH = 1000;

  private static final String PREFIX = "mapping.";

  private RiskFieldMappingLimits() {}

  /**
   * @param mapping the mapping to check
   * @return the violations (field path, {@link RiskMessageKeys#ID_TOO_LONG} with the limit, or
   *     {@link RiskMessageKeys#TOO_MANY_RISK_ISSUE_TYPES} with the limit); empty when within limits
   */
  public static List<Violation> check(RiskFieldMapping mapping) {
    List<Violation> violations = new ArrayList<>();
    if (mapping.riskIssueTypeIds().size() > MAX_RISK_ISSUE_TYPES) {
      violations.add(
          Violation.of(
              PREFIX + "riskIssueTypeIds",
              RiskMessageKeys.TOO_MANY_RISK_ISSUE_TYPES,
              MAX_RISK_ISSUE_TYPES));
    } else {
      for (String id : new TreeSet<>(mapping.riskIssueTypeIds())) {
        if (id.length() > MAX_ID_LENGTH) {
          violations.add(tooLong("riskIssueTypeIds"));
          break;
        }
      }
    }
    rating(violations, "inherent", mapping.inherent());
    rating(violations, "residual", mapping.residual());
    rating(violations, "target", mapping.target());
    id(violations, "ownerFieldId", mapping.ownerFieldId());
    id(violations, "reviewDateFieldId", mapping.reviewDateFieldId());
    id(violations, "categoryFieldId", mapping.categoryFieldId());
    id(violations, "responseFieldId", mapping.responseFieldId());
    id(violations, "kindFieldId", mapping.kindFieldId());
    id(violations, "statusFieldId", mapping.statusFieldId());
    id(violations, "proximityFieldId", mapping.proximityFieldId());
    threePoint(violations, "cost", mapping.cost());
    threePoint(violations, "schedule", mapping.schedule());
    optionLevels(violations, mapping.optionLevels());
    return List.copyOf(violations);
  }

  private static void rating(List<Violation> violations, String name, RatingFieldIds rating) {
    id(violations, name + ".probabilityFieldId", rating.probabilityFieldId());
    for (Map.Entry<ImpactDimension, String> e : rating.impactFieldIds().entrySet()) {
      String dimension = e.getKey().name().toLowerCase(Locale.ROOT);
      id(violations, name + ".impactFieldIds." + dimension, e.getValue());
    }
    id(violations, name + ".detectabilityFieldId", rating.detectabilityFieldId());
  }

  private static void threePoint(List<Violation> violations, String name, ThreePointFieldIds t) {
    id(violations, name + ".minFieldId", t.minFieldId());
    id(violations, name + ".mostLikelyFieldId", t.mostLikelyFieldId());
    id(violations, name + ".maxFieldId", t.maxFieldId());
  }

  private static void optionLevels(
      List<Violation> violations, Map<String, Map<String, Integer>> levels) {
    int count = levels.values().stream().mapToInt(Map::size).sum();
    if (count > MAX_OPTION_LEVELS) {
      violations.add(
          Violation.of(
              PREFIX + "optionLevels", RiskMessageKeys.TOO_MANY_OPTION_LEVELS, MAX_OPTION_LEVELS));
      return;
    }
    for (Map.Entry<String, Map<String, Integer>> field : levels.entrySet()) {
      String path = "optionLevels." + field.getKey();
      if (field.getKey().length() > MAX_ID_LENGTH) {
        violations.add(tooLong("optionLevels"));
        return;
      }
      for (Map.Entry<String, Integer> option : field.getValue().entrySet()) {
        if (option.getKey().length() > MAX_OPTION_LABEL_LENGTH) {
          violations.add(
              Violation.of(PREFIX + path, RiskMessageKeys.ID_TOO_LONG, MAX_OPTION_LABEL_LENGTH));
          return;
        }
        if (option.getValue() < 1 || option.getValue() > MAX_LEVEL) {
          violations.add(
              Violation.of(PREFIX + path, RiskMessageKeys.OPTION_LEVEL_OUT_OF_RANGE, MAX_LEVEL));
          return;
        }
      }
    }
  }

  private static void id(List<Violation> violations, String field, String id) {
    if (id != null && id.length() > MAX_ID_LENGTH) {
      violations.add(tooLong(field));
    }
  }

  private static Violation tooLong(String field) {
    return Violation.of(PREFIX + field, RiskMessageKeys.ID_TOO_LONG, MAX_ID_LENGTH);
  }
}
