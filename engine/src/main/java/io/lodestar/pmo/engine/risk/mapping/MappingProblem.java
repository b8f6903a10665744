package io.lodestar.pmo.engine.risk.mapping;

import java.util.List;
import java.util.Objects;

/**
 * Something in a raw record that could not be mapped; the affected part of the risk is left unset
 * (unrated, unowned ...) and the problem is reported next to the risk, e.g. as a warning icon.
 *
 * @param fieldId the field id the raw value came from, or a pseudo id such as {@code status}; never
 *     null
 * @param kind what went wrong
 * @param messageKey i18n key, see {@code RiskMessageKeys.MAPPING_*}
 * @param args message arguments; never null
 */
public record MappingProblem(String fieldId, Kind kind, String messageKey, List<Object> args) {

  /** Classes of problem. */
  public enum Kind {
    /** The raw value's type does not fit the field's role (e.g. a date as a probability). */
    WRONG_TYPE,
    /** A rank, position or number is outside the scale. */
    OUT_OF_RANGE,
    /** A label matches no known option. */
    UNMAPPED,
    /** The values are individually fine but inconsistent (e.g. min &gt; max, response vs kind). */
    INCONSISTENT
  }

  public MappingProblem {
    Objects.requireNonNull(fieldId, "fieldId");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(messageKey, "messageKey");
    args = List.copyOf(args);
  }

  public static MappingProblem of(String fieldId, Kind kind, String messageKey, Object... args) {
    return new MappingProblem(fieldId, kind, messageKey, List.of(args));
  }
}
