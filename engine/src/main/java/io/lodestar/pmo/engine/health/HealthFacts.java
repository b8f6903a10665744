package io.lodestar.pmo.engine.health;

import io.lodestar.pmo.engine.evm.EarnedValueInput;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * What the health rules of one project, program or portfolio judge, at a status date. Every fact
 * may be unknown; a rule whose facts are unknown says so (not rated) instead of guessing.
 *
 * @param statusDate the date the health is for
 * @param earnedValue cumulative earned-value inputs, if the scope has a budget and a baseline
 * @param plannedPercent planned % complete at the status date (0–100), if there is a baseline
 * @param actualPercent actual % complete (0–100), if measured
 * @param dueDate the scope's planned end, if set
 * @param complete whether all of the scope's work is done
 * @param scopeGrowthPercent growth of the scope since its baseline in % (negative when it shrank)
 * @param risksAboveAppetite open risks whose score is above the project's appetite, if the project
 *     has a risk register
 * @param lastUpdate the date of the latest update to the scope's work or status report, if any
 * @param overAllocatedPercent share of the scope's person-weeks over capacity in %, if known
 * @param complianceScore compliance score in % (0–100) against the assigned template, if scanned
 */
public record HealthFacts(
    LocalDate statusDate,
    Optional<EarnedValueInput> earnedValue,
    Optional<BigDecimal> plannedPercent,
    Optional<BigDecimal> actualPercent,
    Optional<LocalDate> dueDate,
    boolean complete,
    Optional<BigDecimal> scopeGrowthPercent,
    OptionalInt risksAboveAppetite,
    Optional<LocalDate> lastUpdate,
    Optional<BigDecimal> overAllocatedPercent,
    Optional<BigDecimal> complianceScore) {

  public HealthFacts {
    Objects.requireNonNull(statusDate, "statusDate");
    Objects.requireNonNull(earnedValue, "earnedValue");
    Objects.requireNonNull(plannedPercent, "plannedPercent");
    Objects.requireNonNull(actualPercent, "actualPercent");
    Objects.requireNonNull(dueDate, "dueDate");
    Objects.requireNonNull(scopeGrowthPercent, "scopeGrowthPercent");
    Objects.requireNonNull(risksAboveAppetite, "risksAboveAppetite");
    Objects.requireNonNull(lastUpdate, "lastUpdate");
    Objects.requireNonNull(overAllocatedPercent, "overAllocatedPercent");
    Objects.requireNonNull(complianceScore, "complianceScore");
  }

  /** Facts with nothing known but the status date; add what is known with the withers. */
  public static HealthFacts at(LocalDate statusDate) {
    return new HealthFacts(
        statusDate,
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        false,
        Optional.empty(),
        OptionalInt.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty());
  }

  public HealthFacts withEarnedValue(EarnedValueInput value) {
    return new HealthFacts(
        statusDate,
        Optional.of(value),
        plannedPercent,
        actualPercent,
        dueDate,
        complete,
        scopeGrowthPercent,
        risksAboveAppetite,
        lastUpdate,
        overAllocatedPercent,
        complianceScore);
  }

  public HealthFacts withProgress(BigDecimal planned, BigDecimal actual) {
    return new HealthFacts(
        statusDate,
        earnedValue,
        Optional.of(planned),
        Optional.of(actual),
        dueDate,
        complete,
        scopeGrowthPercent,
        risksAboveAppetite,
        lastUpdate,
        overAllocatedPercent,
        complianceScore);
  }

  public HealthFacts withDueDate(LocalDate due, boolean done) {
    return new HealthFacts(
        statusDate,
        earnedValue,
        plannedPercent,
        actualPercent,
        Optional.of(due),
        done,
        scopeGrowthPercent,
        risksAboveAppetite,
        lastUpdate,
        overAllocatedPercent,
        complianceScore);
  }

  public HealthFacts withScopeGrowth(BigDecimal percent) {
    return new HealthFacts(
        statusDate,
        earnedValue,
        plannedPercent,
        actualPercent,
        dueDate,
        complete,
        Optional.of(percent),
        risksAboveAppetite,
        lastUpdate,
        overAllocatedPercent,
        complianceScore);
  }

  public HealthFacts withRisksAboveAppetite(int count) {
    return new HealthFacts(
        statusDate,
        earnedValue,
        plannedPercent,
        actualPercent,
        dueDate,
        complete,
        scopeGrowthPercent,
        OptionalInt.of(count),
        lastUpdate,
        overAllocatedPercent,
        complianceScore);
  }

  public HealthFacts withLastUpdate(LocalDate date) {
    return new HealthFacts(
        statusDate,
        earnedValue,
        plannedPercent,
        actualPercent,
        dueDate,
        complete,
        scopeGrowthPercent,
        risksAboveAppetite,
        Optional.of(date),
        overAllocatedPercent,
        complianceScore);
  }

  public HealthFacts withOverAllocation(BigDecimal percent) {
    return new HealthFacts(
        statusDate,
        earnedValue,
        plannedPercent,
        actualPercent,
        dueDate,
        complete,
        scopeGrowthPercent,
        risksAboveAppetite,
        lastUpdate,
        Optional.of(percent),
        complianceScore);
  }

  public HealthFacts withComplianceScore(BigDecimal percent) {
    return new HealthFacts(
        statusDate,
        earnedValue,
        plannedPercent,
        actualPercent,
        dueDate,
        complete,
        scopeGrowthPercent,
        risksAboveAppetite,
        lastUpdate,
        overAllocatedPercent,
        Optional.of(percent));
  }
}
