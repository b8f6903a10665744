package io.lodestar.pmo.engine.risk.register;

import io.lodestar.pmo.engine.risk.RiskStatus;
import io.lodestar.pmo.engine.risk.assessment.AssessedRisk;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Which register rows to show. All criteria combine with AND; a null or empty criterion matches
 * everything.
 *
 * @param statuses statuses to show; empty = all
 * @param ownerKey only risks owned by this user key; null = any owner
 * @param bandKey only risks whose <em>current</em> band has this key; null = any (unrated included)
 * @param overdueOnly only active risks whose review date is before {@code asOf}
 * @param asOf today; required when {@code overdueOnly}
 */
public record RegisterFilter(
    Set<RiskStatus> statuses, String ownerKey, String bandKey, boolean overdueOnly, LocalDate asOf)
    implements Predicate<AssessedRisk> {

  /** Everything. */
  public static final RegisterFilter ALL = new RegisterFilter(Set.of(), null, null, false, null);

  public RegisterFilter {
    statuses = statuses.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(statuses));
    if (overdueOnly && asOf == null) {
      throw new IllegalArgumentException("overdueOnly needs asOf");
    }
  }

  /** Active statuses only (OPEN, MITIGATING, ACCEPTED). */
  public static RegisterFilter activeOnly() {
    return ALL.withStatuses(
        EnumSet.of(RiskStatus.OPEN, RiskStatus.MITIGATING, RiskStatus.ACCEPTED));
  }

  public RegisterFilter withStatuses(Set<RiskStatus> statuses) {
    return new RegisterFilter(statuses, ownerKey, bandKey, overdueOnly, asOf);
  }

  public RegisterFilter withOwner(String ownerKey) {
    return new RegisterFilter(statuses, ownerKey, bandKey, overdueOnly, asOf);
  }

  public RegisterFilter withBand(String bandKey) {
    return new RegisterFilter(statuses, ownerKey, bandKey, overdueOnly, asOf);
  }

  public RegisterFilter overdueAsOf(LocalDate asOf) {
    return new RegisterFilter(statuses, ownerKey, bandKey, true, asOf);
  }

  @Override
  public boolean test(AssessedRisk risk) {
    if (!statuses.isEmpty() && !statuses.contains(risk.risk().status())) {
      return false;
    }
    if (ownerKey != null && !ownerKey.equals(risk.risk().ownerKey())) {
      return false;
    }
    if (bandKey != null
        && !risk.current().bandIfRated().map(b -> b.key().equals(bandKey)).orElse(false)) {
      return false;
    }
    return !overdueOnly || risk.risk().isReviewOverdue(asOf);
  }
}
