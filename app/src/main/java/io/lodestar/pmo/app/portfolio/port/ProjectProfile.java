package io.lodestar.pmo.app.portfolio.port;

import io.lodestar.pmo.engine.shared.Money;
import io.lodestar.pmo.engine.shared.Violation;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What the PMO knows of one project beyond Jira: who sponsors and manages it, its budget, its plan
 * and its baseline.
 *
 * @param projectKey the Jira project
 * @param sponsorKey user key of the sponsor; null when none
 * @param managerKey user key of the manager; null when none
 * @param budget budget at completion in {@code currency}, at least 0; null when none (EVM n/a)
 * @param currency ISO 4217 code of every amount of the project (its AC and EVM too)
 * @param start planned start; null when none
 * @param end planned end, not before start; null when none
 * @param phase one of {@link #PHASES}
 * @param baselineStart baseline start PV is planned from; null: {@code start}
 * @param baselineEnd baseline end PV is planned to; null: {@code end}
 * @param version optimistic-locking version, 0 when never stored
 */
public record ProjectProfile(
    String projectKey,
    String sponsorKey,
    String managerKey,
    BigDecimal budget,
    String currency,
    LocalDate start,
    LocalDate end,
    String phase,
    LocalDate baselineStart,
    LocalDate baselineEnd,
    long version) {

  /** The phases a project moves through. */
  public static final Set<String> PHASES =
      Set.of("INITIATING", "PLANNING", "EXECUTING", "CLOSING", "CLOSED");

  /** The largest budget accepted: 10¹⁵. */
  public static final BigDecimal MAX_BUDGET = BigDecimal.TEN.pow(15);

  public ProjectProfile {
    Objects.requireNonNull(projectKey, "projectKey");
    Objects.requireNonNull(currency, "currency");
    Objects.requireNonNull(phase, "phase");
  }

  /** A profile with nothing planned yet, in {@code currency}. */
  public static ProjectProfile empty(String projectKey, String currency) {
    return new ProjectProfile(
        projectKey, null, null, null, currency, null, null, "INITIATING", null, null, 0);
  }

  public ProjectProfile withVersion(long newVersion) {
    return new ProjectProfile(
        projectKey,
        sponsorKey,
        managerKey,
        budget,
        currency,
        start,
        end,
        phase,
        baselineStart,
        baselineEnd,
        newVersion);
  }

  /** The budget as money, when one is set. */
  public Optional<Money> budgetMoney() {
    return budget == null ? Optional.empty() : Optional.of(Money.of(budget, currency));
  }

  /** The start PV is planned from: the baseline's, else the plan's. */
  public Optional<LocalDate> plannedStart() {
    return Optional.ofNullable(baselineStart != null ? baselineStart : start);
  }

  /** The end PV is planned to: the baseline's, else the plan's. */
  public Optional<LocalDate> plannedEnd() {
    return Optional.ofNullable(baselineEnd != null ? baselineEnd : end);
  }

  /** The refusals of this profile as a request, by field; empty when valid. */
  public List<Violation> check() {
    List<Violation> violations = new ArrayList<>();
    try {
      Money.checkCurrency(currency);
    } catch (IllegalArgumentException e) {
      violations.add(
          Violation.of("currency", "lodestar.portfolio.profile.currencyUnknown", currency));
    }
    if (budget != null
        && (budget.signum() < 0 || budget.compareTo(MAX_BUDGET) > 0 || budget.scale() > 2)) {
      violations.add(Violation.of("budget", "lodestar.portfolio.profile.budgetRange"));
    }
    if (!PHASES.contains(phase)) {
      violations.add(
          Violation.of(
              "phase",
              "lodestar.portfolio.profile.phaseUnknown",
              String.join(", ", PHASES.stream().sorted().toList())));
    }
    if (start != null && end != null && end.isBefore(start)) {
      violations.add(Violation.of("end", "lodestar.portfolio.profile.endBeforeStart"));
    }
    LocalDate bs = plannedStart().orElse(null);
    LocalDate be = plannedEnd().orElse(null);
    if (bs != null && be != null && be.isBefore(bs)) {
      violations.add(Violation.of("baselineEnd", "lodestar.portfolio.profile.endBeforeStart"));
    }
    text(violations, "sponsor", sponsorKey);
    text(violations, "manager", managerKey);
    return violations;
  }

  private static void text(List<Violation> violations, String field, String value) {
    if (value != null && value.length() > 255) {
      violations.add(Violation.of(field, "lodestar.portfolio.profile.textTooLong", 255));
    }
  }
}
