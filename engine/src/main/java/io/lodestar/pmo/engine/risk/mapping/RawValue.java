package io.lodestar.pmo.engine.risk.mapping;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One raw field value as an adapter read it from an issue, before any interpretation. Absent values
 * are absent from the record's map, never a RawValue holding null.
 */
public sealed interface RawValue
    permits RawValue.OptionValue,
        RawValue.NumberValue,
        RawValue.DateValue,
        RawValue.UserValue,
        RawValue.TextValue {

  /**
   * A select-list option.
   *
   * @param position 1-based position of the option in the field's configured option order, or
   *     {@link #UNKNOWN_POSITION} when the host does not know that order (an imported field whose
   *     options were never listed): such a value is rated only through the mapping's explicit
   *     {@link RiskFieldMapping#optionLevels() option levels}
   * @param label the option's display value; never null
   */
  record OptionValue(int position, String label) implements RawValue {

    /** The position of an option whose place in the configured order is not known. */
    public static final int UNKNOWN_POSITION = 0;

    public OptionValue {
      if (position < UNKNOWN_POSITION) {
        throw new IllegalArgumentException("position must be >= 0: " + position);
      }
      Objects.requireNonNull(label, "label");
    }

    @Override
    public String typeName() {
      return "option";
    }
  }

  /** A number field's value. */
  record NumberValue(BigDecimal value) implements RawValue {
    public NumberValue {
      Objects.requireNonNull(value, "value");
    }

    @Override
    public String typeName() {
      return "number";
    }
  }

  /** A date field's value (local date of the instance). */
  record DateValue(LocalDate value) implements RawValue {
    public DateValue {
      Objects.requireNonNull(value, "value");
    }

    @Override
    public String typeName() {
      return "date";
    }
  }

  /** A user-picker value: the Jira user key. */
  record UserValue(String key) implements RawValue {
    public UserValue {
      Objects.requireNonNull(key, "key");
    }

    @Override
    public String typeName() {
      return "user";
    }
  }

  /** Free text. */
  record TextValue(String value) implements RawValue {
    public TextValue {
      Objects.requireNonNull(value, "value");
    }

    @Override
    public String typeName() {
      return "text";
    }
  }

  static RawValue option(int position, String label) {
    return new OptionValue(position, label);
  }

  /** An option whose place in the field's configured order is not known. */
  static RawValue unorderedOption(String label) {
    return new OptionValue(OptionValue.UNKNOWN_POSITION, label);
  }

  /** Whether this is an option whose position is known. */
  default boolean isOrderedOption() {
    return this instanceof OptionValue o && o.position() != OptionValue.UNKNOWN_POSITION;
  }

  static RawValue number(BigDecimal value) {
    return new NumberValue(value);
  }

  static RawValue number(String value) {
    return new NumberValue(new BigDecimal(value));
  }

  static RawValue date(LocalDate value) {
    return new DateValue(value);
  }

  static RawValue user(String key) {
    return new UserValue(key);
  }

  static RawValue text(String value) {
    return new TextValue(value);
  }

  /** A short type name for problem messages: option, number, date, user or text. */
  String typeName();
}
