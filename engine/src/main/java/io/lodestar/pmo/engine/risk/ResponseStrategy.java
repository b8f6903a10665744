package io.lodestar.pmo.engine.risk;

import java.util.EnumSet;
import java.util.Set;

/**
 * PMBOK response strategies. Threats: AVOID, MITIGATE, TRANSFER, ACCEPT, ESCALATE. Opportunities:
 * EXPLOIT, SHARE, ENHANCE, ACCEPT, ESCALATE. ACCEPT and ESCALATE apply to both kinds; any other
 * pairing of strategy and {@link RiskKind} is a mismatch and is rejected.
 */
public enum ResponseStrategy {
  AVOID(true, false),
  MITIGATE(true, false),
  TRANSFER(true, false),
  EXPLOIT(false, true),
  SHARE(false, true),
  ENHANCE(false, true),
  ACCEPT(true, true),
  ESCALATE(true, true);

  private final boolean forThreats;
  private final boolean forOpportunities;

  ResponseStrategy(boolean forThreats, boolean forOpportunities) {
    this.forThreats = forThreats;
    this.forOpportunities = forOpportunities;
  }

  /** Whether this strategy may be chosen for a risk of {@code kind}. */
  public boolean appliesTo(RiskKind kind) {
    return kind == RiskKind.THREAT ? forThreats : forOpportunities;
  }

  /** The strategies valid for {@code kind}, in declaration order. */
  public static Set<ResponseStrategy> validFor(RiskKind kind) {
    EnumSet<ResponseStrategy> result = EnumSet.noneOf(ResponseStrategy.class);
    for (ResponseStrategy s : values()) {
      if (s.appliesTo(kind)) {
        result.add(s);
      }
    }
    return result;
  }
}
