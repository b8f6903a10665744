package io.lodestar.pmo.engine.training;

import java.util.List;
import java.util.Objects;

/**
 * What one policy concluded about one need.
 *
 * @param policy the policy's name
 * @param need the need judged
 * @param status the verdict
 * @param messageKey the i18n key of the reason; arguments in {@code args}
 * @param args names, levels and dates
 */
public record QualificationFinding(
    String policy, Need need, QualificationStatus status, String messageKey, List<Object> args) {

  public QualificationFinding {
    Objects.requireNonNull(policy, "policy");
    Objects.requireNonNull(need, "need");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(messageKey, "messageKey");
    args = List.copyOf(args);
  }
}
