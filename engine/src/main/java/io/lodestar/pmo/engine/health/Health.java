package io.lodestar.pmo.engine.health;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * The health a page shows: the computed evaluation, and the override when one holds on the status
 * date. The effective colour is the override's while it holds, else the computed one; both are
 * always available so that the page can show the computed value beside an override.
 *
 * @param computed the rules' evaluation
 * @param override the override that holds on the status date, if any (an expired one is dropped)
 */
public record Health(HealthEvaluation computed, Optional<HealthOverride> override) {

  public Health {
    Objects.requireNonNull(computed, "computed");
    Objects.requireNonNull(override, "override");
  }

  /** The health on the evaluation's status date, with {@code stored} if it still holds then. */
  public static Health of(HealthEvaluation computed, Optional<HealthOverride> stored) {
    LocalDate date = computed.statusDate();
    return new Health(computed, stored.filter(o -> o.isActiveOn(date)));
  }

  /** The colour to show: the override's while it holds, else the computed one. */
  public Optional<Rag> effective() {
    return override.map(HealthOverride::rag).or(computed::overall);
  }

  public boolean isOverridden() {
    return override.isPresent();
  }
}
