package io.lodestar.pmo.engine.health;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The computed health at a status date: every rule's result, each rated dimension's colour, and the
 * overall colour (empty when no rule could rate anything).
 */
public record HealthEvaluation(
    LocalDate statusDate,
    List<RuleResult> results,
    Map<HealthDimension, Rag> dimensions,
    Optional<Rag> overall) {

  public HealthEvaluation {
    Objects.requireNonNull(statusDate, "statusDate");
    results = List.copyOf(results);
    dimensions = Map.copyOf(dimensions);
    Objects.requireNonNull(overall, "overall");
  }
}
