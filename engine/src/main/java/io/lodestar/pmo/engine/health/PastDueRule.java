package io.lodestar.pmo.engine.health;

import java.time.temporal.ChronoUnit;
import java.util.List;

/** Schedule: incomplete and past its due date is red (DOMAIN.md preset). No due date: not rated. */
public record PastDueRule() implements HealthRule {

  @Override
  public String name() {
    return "past-due";
  }

  @Override
  public HealthDimension dimension() {
    return HealthDimension.SCHEDULE;
  }

  @Override
  public RuleResult evaluate(HealthFacts facts) {
    if (facts.dueDate().isEmpty()) {
      return new RuleResult.NotRated(
          name(), dimension(), "lodestar.health.pastDue.noDueDate", List.of());
    }
    if (!facts.complete() && facts.statusDate().isAfter(facts.dueDate().get())) {
      long days = ChronoUnit.DAYS.between(facts.dueDate().get(), facts.statusDate());
      return new RuleResult.Rated(
          name(),
          dimension(),
          Rag.RED,
          "lodestar.health.pastDue.overdue",
          List.of(facts.dueDate().get(), days));
    }
    return new RuleResult.Rated(
        name(),
        dimension(),
        Rag.GREEN,
        "lodestar.health.pastDue.onTime",
        List.of(facts.dueDate().get()));
  }
}
