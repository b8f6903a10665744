package io.lodestar.pmo.engine.alignment;

import io.lodestar.pmo.engine.shared.Violation;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A strategic objective the PMO defines, which projects serve.
 *
 * @param id stable id
 * @param name 1 to 255 characters
 * @param ownerKey user key of the owner
 * @param horizon the date by which the objective should be met
 * @param weight relative weight among the portfolio's objectives, greater than 0
 * @param kpi what is measured, 1 to 255 characters (e.g. "Churn rate %")
 * @param kpiTarget the KPI's target value
 */
public record StrategicObjective(
    String id,
    String name,
    String ownerKey,
    LocalDate horizon,
    BigDecimal weight,
    String kpi,
    BigDecimal kpiTarget) {

  public static final int MAX_TEXT = 255;

  public StrategicObjective {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(ownerKey, "ownerKey");
    Objects.requireNonNull(horizon, "horizon");
    Objects.requireNonNull(weight, "weight");
    Objects.requireNonNull(kpi, "kpi");
    Objects.requireNonNull(kpiTarget, "kpiTarget");
  }

  /** The refusals of a requested objective, by field; empty when it is valid. */
  public static List<Violation> check(
      String name,
      String ownerKey,
      LocalDate horizon,
      BigDecimal weight,
      String kpi,
      BigDecimal target) {
    List<Violation> violations = new ArrayList<>();
    text(violations, "name", name);
    if (ownerKey == null || ownerKey.isBlank()) {
      violations.add(Violation.of("owner", "lodestar.alignment.objective.ownerRequired"));
    }
    if (horizon == null) {
      violations.add(Violation.of("horizon", "lodestar.alignment.objective.horizonRequired"));
    }
    if (weight == null || weight.signum() <= 0) {
      violations.add(Violation.of("weight", "lodestar.alignment.objective.weightPositive"));
    }
    text(violations, "kpi", kpi);
    if (target == null) {
      violations.add(Violation.of("kpiTarget", "lodestar.alignment.objective.targetRequired"));
    }
    return violations;
  }

  private static void text(List<Violation> violations, String field, String value) {
    if (value == null || value.isBlank()) {
      violations.add(Violation.of(field, "lodestar.alignment.objective.textRequired"));
    } else if (value.length() > MAX_TEXT) {
      violations.add(Violation.of(field, "lodestar.alignment.objective.textTooLong", MAX_TEXT));
    }
  }
}
