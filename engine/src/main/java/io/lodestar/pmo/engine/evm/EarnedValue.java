package io.lodestar.pmo.engine.evm;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * The earned-value figures of one scope at a status date, in the input's currency. Money figures
 * are amounts of {@link #currency()}; ratios are plain numbers. A figure whose formula would divide
 * by zero, or that needs an input that is missing, is {@link Metric.NotApplicable} with the reason.
 *
 * @param currency ISO 4217 code of every money figure
 * @param cv cost variance EV − AC
 * @param sv schedule variance EV − PV
 * @param cpi cost performance index EV / AC; n/a when AC = 0
 * @param spi schedule performance index EV / PV; n/a when PV = 0
 * @param eac estimate at completion by each method
 * @param etc estimate to complete EAC − AC for the chosen method
 * @param vac variance at completion BAC − EAC for the chosen method
 * @param tcpiToBac (BAC − EV) / (BAC − AC); n/a when BAC = AC
 * @param tcpiToEac (BAC − EV) / (EAC − AC) for the chosen method; n/a when EAC = AC or EAC is n/a
 * @param method the EAC method {@code etc}, {@code vac} and {@code tcpiToEac} use
 */
public record EarnedValue(
    String currency,
    Metric cv,
    Metric sv,
    Metric cpi,
    Metric spi,
    Map<EacMethod, Metric> eac,
    Metric etc,
    Metric vac,
    Metric tcpiToBac,
    Metric tcpiToEac,
    EacMethod method) {

  static final String NO_ACTUAL_COST = "lodestar.evm.na.noActualCost";
  static final String NO_PLANNED_VALUE = "lodestar.evm.na.noPlannedValue";
  static final String NO_EARNED_VALUE = "lodestar.evm.na.noEarnedValue";
  static final String NO_BOTTOM_UP_ESTIMATE = "lodestar.evm.na.noBottomUpEstimate";
  static final String BUDGET_SPENT = "lodestar.evm.na.budgetSpent";
  static final String ESTIMATE_SPENT = "lodestar.evm.na.estimateSpent";

  public EarnedValue {
    Objects.requireNonNull(currency, "currency");
    eac = Map.copyOf(eac);
    Objects.requireNonNull(method, "method");
  }

  /** The estimate at completion of the chosen method. */
  public Metric chosenEac() {
    return eac.get(method);
  }

  /** The figures with the typical EAC (BAC / CPI) chosen. */
  public static EarnedValue of(EarnedValueInput input) {
    return of(input, EacMethod.TYPICAL);
  }

  /**
   * Computes every figure of DOMAIN.md's earned-value table.
   *
   * @param input the cumulative inputs; never null
   * @param method the EAC that ETC, VAC and TCPI to EAC use; never null
   */
  public static EarnedValue of(EarnedValueInput input, EacMethod method) {
    Objects.requireNonNull(input, "input");
    Objects.requireNonNull(method, "method");
    BigDecimal bac = input.bac().amount();
    BigDecimal pv = input.pv().amount();
    BigDecimal ev = input.ev().amount();
    BigDecimal ac = input.ac().amount();
    BigDecimal remainingWork = bac.subtract(ev);

    Metric cpi = Metric.quotient(ev, ac, NO_ACTUAL_COST);
    Metric spi = Metric.quotient(ev, pv, NO_PLANNED_VALUE);

    Map<EacMethod, Metric> eac = new EnumMap<>(EacMethod.class);
    // BAC / CPI computed as BAC·AC / EV, so that it does not inherit the rounding of CPI.
    eac.put(
        EacMethod.TYPICAL,
        !cpi.isDefined() ? cpi : Metric.quotient(bac.multiply(ac), ev, NO_EARNED_VALUE));
    eac.put(EacMethod.ATYPICAL, Metric.of(ac.add(remainingWork)));
    eac.put(EacMethod.COST_AND_SCHEDULE, costAndScheduleEac(ac, pv, ev, remainingWork, cpi, spi));
    eac.put(
        EacMethod.RE_ESTIMATE,
        input
            .bottomUpEtc()
            .map(etc -> Metric.of(ac.add(etc.amount())))
            .orElse(Metric.notApplicable(NO_BOTTOM_UP_ESTIMATE)));

    Metric chosen = eac.get(method);
    Metric etc = chosen.value().map(e -> Metric.of(e.subtract(ac))).orElse(chosen);
    Metric vac = chosen.value().map(e -> Metric.of(bac.subtract(e))).orElse(chosen);
    Metric tcpiToBac = Metric.quotient(remainingWork, bac.subtract(ac), BUDGET_SPENT);
    Metric tcpiToEac =
        chosen
            .value()
            .map(e -> Metric.quotient(remainingWork, e.subtract(ac), ESTIMATE_SPENT))
            .orElse(chosen);
    return new EarnedValue(
        input.currency(),
        Metric.of(ev.subtract(ac)),
        Metric.of(ev.subtract(pv)),
        cpi,
        spi,
        eac,
        etc,
        vac,
        tcpiToBac,
        tcpiToEac,
        method);
  }

  /**
   * AC + (BAC − EV) / (CPI × SPI) = AC + (BAC − EV)·AC·PV / EV², computed in that form so that it
   * does not inherit the rounding of the two indices.
   */
  private static Metric costAndScheduleEac(
      BigDecimal ac,
      BigDecimal pv,
      BigDecimal ev,
      BigDecimal remainingWork,
      Metric cpi,
      Metric spi) {
    if (!cpi.isDefined()) {
      return cpi;
    }
    if (!spi.isDefined()) {
      return spi;
    }
    if (ev.signum() == 0) {
      return Metric.notApplicable(NO_EARNED_VALUE);
    }
    BigDecimal drag =
        remainingWork.multiply(ac).multiply(pv).divide(ev.multiply(ev), Metric.PRECISION);
    return Metric.of(ac.add(drag));
  }
}
