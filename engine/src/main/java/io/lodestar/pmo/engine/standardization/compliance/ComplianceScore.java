package io.lodestar.pmo.engine.standardization.compliance;

import io.lodestar.pmo.engine.standardization.Severity;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Optional;

/**
 * The compliance score (DOMAIN.md, ours): Σ weight(severity) of rules passed / Σ weight of rules
 * judged (passed or failed), with the weights of {@link Severity} (critical 5, major 3, minor 1).
 * Unknown rules are counted apart and never as passed. With no rule judged the score is undefined
 * (empty), never 0 or 1. The ratio is kept to {@value #SCALE} decimals, rounded half-up; it is in
 * [0, 1], 1 when every judged rule passed; adding a passing rule never lowers it and adding a
 * failing rule never raises it (weights are positive).
 *
 * @param passedWeight Σ weight of passed rules
 * @param judgedWeight Σ weight of passed and failed rules
 * @param passed number of passed rules
 * @param failed number of failed rules
 * @param unknown number of rules that could not be judged
 * @param criticalFailed number of failed critical rules
 */
public record ComplianceScore(
    int passedWeight, int judgedWeight, int passed, int failed, int unknown, int criticalFailed) {

  public static final int SCALE = 4;

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  public ComplianceScore {
    if (passedWeight < 0
        || judgedWeight < passedWeight
        || passed < 0
        || failed < 0
        || unknown < 0
        || criticalFailed < 0
        || criticalFailed > failed) {
      throw new IllegalArgumentException("inconsistent score");
    }
  }

  /** The score of these results. */
  public static ComplianceScore of(List<RuleResult> results) {
    int passedWeight = 0;
    int judgedWeight = 0;
    int passed = 0;
    int failed = 0;
    int unknown = 0;
    int critical = 0;
    for (RuleResult r : results) {
      int w = r.severity().weight();
      switch (r.status()) {
        case PASSED -> {
          passed++;
          passedWeight += w;
          judgedWeight += w;
        }
        case FAILED -> {
          failed++;
          judgedWeight += w;
          critical += r.severity() == Severity.CRITICAL ? 1 : 0;
        }
        case UNKNOWN -> unknown++;
      }
    }
    return new ComplianceScore(passedWeight, judgedWeight, passed, failed, unknown, critical);
  }

  /** The share passed, in [0, 1] to {@value #SCALE} decimals; empty when nothing was judged. */
  public Optional<BigDecimal> ratio() {
    if (judgedWeight == 0) {
      return Optional.empty();
    }
    return Optional.of(
        BigDecimal.valueOf(passedWeight)
            .divide(BigDecimal.valueOf(judgedWeight), SCALE, RoundingMode.HALF_UP));
  }

  /** The share passed as a percentage to 2 decimals; empty when nothing was judged. */
  public Optional<BigDecimal> percent() {
    return ratio().map(r -> r.multiply(HUNDRED).setScale(2, RoundingMode.HALF_UP));
  }

  /**
   * DOMAIN.md: a project complies iff no critical rule fails and the score is at least {@code
   * thresholdPercent}; a project with nothing judged does not comply.
   */
  public boolean complies(BigDecimal thresholdPercent) {
    return criticalFailed == 0
        && percent().map(p -> p.compareTo(thresholdPercent) >= 0).orElse(false);
  }
}
