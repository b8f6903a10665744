package io.lodestar.pmo.app.portfolio;

import io.lodestar.pmo.engine.evm.EarnedValue;
import io.lodestar.pmo.engine.evm.EarnedValueInput;
import java.util.Objects;
import java.util.Optional;

/**
 * The earned value of one project, or the total of one currency, in its own currency.
 *
 * @param key a project key, or the currency for a currency total
 * @param currency ISO 4217 code of every amount
 * @param input BAC, PV, EV, AC; empty when one cannot be had (reason in {@code naKey})
 * @param value the figures; empty with the input
 * @param naKey why the input is missing (no budget, no baseline, nothing estimated); null when set
 */
public record EvmRow(
    String key,
    String currency,
    Optional<EarnedValueInput> input,
    Optional<EarnedValue> value,
    String naKey) {
  public EvmRow {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(currency, "currency");
    Objects.requireNonNull(input, "input");
    Objects.requireNonNull(value, "value");
  }
}
