package io.lodestar.pmo.engine.evm;

import io.lodestar.pmo.engine.shared.Money;
import java.util.Objects;
import java.util.Optional;

/**
 * The cumulative earned-value inputs of one scope at a status date, all in one currency.
 *
 * @param bac budget at completion, at least 0
 * @param pv planned value (BCWS) to the status date, in [0, BAC]
 * @param ev earned value (BCWP) to the status date, in [0, BAC]
 * @param ac actual cost (ACWP) to the status date, at least 0
 * @param bottomUpEtc a bottom-up estimate to complete when one was entered, for the re-estimate
 *     EAC; empty otherwise
 */
public record EarnedValueInput(
    Money bac, Money pv, Money ev, Money ac, Optional<Money> bottomUpEtc) {

  /**
   * Validates the inputs.
   *
   * @throws IllegalArgumentException naming the field when a value is negative, PV or EV exceed
   *     BAC, or the currencies differ
   */
  public EarnedValueInput {
    Objects.requireNonNull(bac, "bac");
    Objects.requireNonNull(pv, "pv");
    Objects.requireNonNull(ev, "ev");
    Objects.requireNonNull(ac, "ac");
    Objects.requireNonNull(bottomUpEtc, "bottomUpEtc");
    bac.sameCurrency(pv);
    bac.sameCurrency(ev);
    bac.sameCurrency(ac);
    bottomUpEtc.ifPresent(bac::sameCurrency);
    requireNonNegative("bac", bac);
    requireNonNegative("pv", pv);
    requireNonNegative("ev", ev);
    requireNonNegative("ac", ac);
    bottomUpEtc.ifPresent(etc -> requireNonNegative("bottomUpEtc", etc));
    if (pv.compareTo(bac) > 0) {
      throw new IllegalArgumentException("pv (" + pv + ") must not exceed bac (" + bac + ")");
    }
    if (ev.compareTo(bac) > 0) {
      throw new IllegalArgumentException("ev (" + ev + ") must not exceed bac (" + bac + ")");
    }
  }

  /** Inputs without a bottom-up estimate to complete. */
  public static EarnedValueInput of(Money bac, Money pv, Money ev, Money ac) {
    return new EarnedValueInput(bac, pv, ev, ac, Optional.empty());
  }

  /** The currency of every amount. */
  public String currency() {
    return bac.currency();
  }

  private static void requireNonNegative(String field, Money value) {
    if (value.signum() < 0) {
      throw new IllegalArgumentException(field + " must not be negative but was " + value);
    }
  }
}
