package io.lodestar.pmo.engine.health;

import java.util.List;
import java.util.Objects;

/** What one health rule concluded: a colour with the reason, or "not rated" with why. */
public sealed interface RuleResult {

  /** The rule's name. */
  String rule();

  /** The dimension the rule judges. */
  HealthDimension dimension();

  /** The i18n key of the reason; arguments in {@link #args()}. */
  String messageKey();

  List<Object> args();

  /** A colour. */
  record Rated(
      String rule, HealthDimension dimension, Rag rag, String messageKey, List<Object> args)
      implements RuleResult {
    public Rated {
      Objects.requireNonNull(rule, "rule");
      Objects.requireNonNull(dimension, "dimension");
      Objects.requireNonNull(rag, "rag");
      Objects.requireNonNull(messageKey, "messageKey");
      args = List.copyOf(args);
    }
  }

  /** No colour, because the facts the rule needs are unknown. */
  record NotRated(String rule, HealthDimension dimension, String messageKey, List<Object> args)
      implements RuleResult {
    public NotRated {
      Objects.requireNonNull(rule, "rule");
      Objects.requireNonNull(dimension, "dimension");
      Objects.requireNonNull(messageKey, "messageKey");
      args = List.copyOf(args);
    }
  }
}
