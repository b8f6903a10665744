package io.lodestar.pmo.engine.standardization.apply;

import java.util.List;
import java.util.Objects;

/**
 * A rule the plan leaves failing because applying cannot fix it (a key is not renamed, a role
 * without given members stays empty, versions are the team's decision).
 *
 * @param ruleId the template rule; never null
 * @param messageKey why; never null
 * @param args the key's arguments; copied
 */
public record OpenPoint(String ruleId, String messageKey, List<Object> args) {

  public OpenPoint {
    Objects.requireNonNull(ruleId, "ruleId");
    Objects.requireNonNull(messageKey, "messageKey");
    args = List.copyOf(args);
  }

  static OpenPoint of(String ruleId, String messageKey, Object... args) {
    return new OpenPoint(ruleId, messageKey, List.of(args));
  }
}
