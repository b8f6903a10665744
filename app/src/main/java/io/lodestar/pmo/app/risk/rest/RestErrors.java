package io.lodestar.pmo.app.risk.rest;

import io.lodestar.pmo.app.shared.error.FieldError;
import io.lodestar.pmo.app.shared.error.InvalidInputException;
import io.lodestar.pmo.app.shared.error.NotFoundException;
import io.lodestar.pmo.app.shared.error.StaleVersionException;
import io.lodestar.pmo.app.shared.host.Texts;
import io.lodestar.pmo.engine.shared.Outcome;
import io.lodestar.pmo.engine.shared.Violation;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Turns refused input and engine outcomes into the shared error exceptions, with text resolved
 * through {@link Texts}. Also parses query parameters, so every malformed one is a 400 naming it.
 * Stateless apart from its collaborator.
 */
public final class RestErrors {

  /** Summary message of every 400. */
  static final String INVALID = "lodestar.risk.rest.error.invalid";

  /** A required value is missing. No arguments. */
  static final String REQUIRED = "lodestar.risk.rest.error.required";

  /** Not a whole number. Args: the value sent. */
  static final String NOT_A_NUMBER = "lodestar.risk.rest.error.notANumber";

  /** Outside a range. Args: min, max. */
  static final String OUT_OF_RANGE = "lodestar.risk.rest.error.outOfRange";

  /** Not one of the allowed values. Args: the value sent, the allowed values. */
  static final String NOT_ONE_OF = "lodestar.risk.rest.error.notOneOf";

  /** Not true or false. Args: the value sent. */
  static final String NOT_A_BOOLEAN = "lodestar.risk.rest.error.notABoolean";

  static final String NOT_A_DATE = "lodestar.portfolio.rest.error.date";

  /** The body is missing. No arguments. */
  static final String BODY_REQUIRED = "lodestar.risk.rest.error.bodyRequired";

  /** Only some of the three fields of a three-point impact are mapped. No arguments. */
  static final String THREE_POINT_INCOMPLETE = "lodestar.risk.rest.error.threePointIncomplete";

  /** A heat-map cell that is not two ranks "p,i". Args: the value sent. */
  static final String CELL = "lodestar.risk.rest.error.cell";

  /** Stale version. Args: version sent, version stored. */
  static final String STALE = "lodestar.risk.rest.error.stale";

  /** Field name used for a missing body. */
  static final String BODY_FIELD = "body";

  private final Texts texts;

  public RestErrors(Texts texts) {
    this.texts = Objects.requireNonNull(texts, "texts");
  }

  /** The text of {@code key} in the user's language. */
  public String text(String key, Object... args) {
    return texts.text(key, args);
  }

  /** A 400 for one field, message from {@code key}. */
  public InvalidInputException invalid(String field, String key, Object... args) {
    return new InvalidInputException(
        texts.text(INVALID), List.of(new FieldError(field, texts.text(key, args))));
  }

  /** A 400 listing every violation, each message resolved from its key. */
  public InvalidInputException invalid(List<Violation> violations) {
    return invalid("", violations);
  }

  /**
   * A 400 listing every violation, with {@code prefix} put in front of each field path (e.g. the
   * name of the body part the engine validated).
   */
  public InvalidInputException invalid(String prefix, List<Violation> violations) {
    List<FieldError> errors = new ArrayList<>();
    for (Violation v : violations) {
      errors.add(
          new FieldError(join(prefix, v.field()), texts.text(v.messageKey(), v.args().toArray())));
    }
    return new InvalidInputException(texts.text(INVALID), errors);
  }

  /**
   * The success value of {@code outcome}.
   *
   * @throws InvalidInputException for {@link Outcome.Invalid} (400)
   * @throws NotFoundException for {@link Outcome.NotFound} (404)
   * @throws StaleVersionException for {@link Outcome.Conflict} (409)
   */
  public <T> T unwrap(Outcome<T> outcome) {
    if (outcome instanceof Outcome.Ok<T> ok) {
      return ok.value();
    }
    if (outcome instanceof Outcome.Invalid<T> invalid) {
      throw invalid(invalid.violations());
    }
    if (outcome instanceof Outcome.NotFound<T> notFound) {
      throw new NotFoundException(texts.text(notFound.messageKey(), notFound.args().toArray()));
    }
    Outcome.Conflict<T> conflict = (Outcome.Conflict<T>) outcome;
    throw stale(conflict.expectedVersion(), conflict.actualVersion());
  }

  /** A 409 for a lost optimistic-locking race. */
  public StaleVersionException stale(long sent, long stored) {
    return new StaleVersionException(texts.text(STALE, sent, stored), stored);
  }

  /**
   * @return {@code body}
   * @throws InvalidInputException when the body is missing
   */
  public <T> T requireBody(T body) {
    if (body == null) {
      throw invalid(BODY_FIELD, BODY_REQUIRED);
    }
    return body;
  }

  /**
   * @return the version sent
   * @throws InvalidInputException when it is missing or negative
   */
  public long requireVersion(String field, Long version) {
    if (version == null) {
      throw invalid(field, REQUIRED);
    }
    if (version < 0) {
      throw invalid(field, OUT_OF_RANGE, 0, Long.MAX_VALUE);
    }
    return version;
  }

  /**
   * A version sent as a query parameter ({@code DELETE ...?version=N}).
   *
   * @throws InvalidInputException when missing, not a number or negative
   */
  public long requireVersion(String field, String raw) {
    if (raw == null || raw.isBlank()) {
      throw invalid(field, REQUIRED);
    }
    return requireVersion(field, parseLong(field, raw));
  }

  /**
   * An optional whole-number parameter within [{@code min}, {@code max}].
   *
   * @param raw the value sent; null or blank means {@code defaultValue}
   */
  public int intParam(String field, String raw, int defaultValue, int min, int max) {
    if (raw == null || raw.isBlank()) {
      return defaultValue;
    }
    long value = parseLong(field, raw);
    if (value < min || value > max) {
      throw invalid(field, OUT_OF_RANGE, min, max);
    }
    return (int) value;
  }

  /** An optional whole number of any size; null when not sent. */
  public Long longParam(String field, String raw) {
    if (raw == null || raw.isBlank()) {
      return null;
    }
    return parseLong(field, raw);
  }

  /** An optional ISO date ({@code YYYY-MM-DD}); null when not sent. */
  public LocalDate dateParam(String field, String raw) {
    if (raw == null || raw.isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(raw.strip());
    } catch (DateTimeParseException e) {
      throw invalid(field, NOT_A_DATE, raw.strip());
    }
  }

  /** An optional {@code true}/{@code false} parameter; null when not sent. */
  public Boolean booleanParam(String field, String raw) {
    if (raw == null || raw.isBlank()) {
      return null;
    }
    String v = raw.strip().toLowerCase(Locale.ROOT);
    if (v.equals("true")) {
      return Boolean.TRUE;
    }
    if (v.equals("false")) {
      return Boolean.FALSE;
    }
    throw invalid(field, NOT_A_BOOLEAN, raw);
  }

  /**
   * An optional enum value, matched by name ignoring case, {@code -} and {@code _} (so {@code
   * review_date}, {@code review-date} and {@code reviewDate} all match {@code REVIEW_DATE}); null
   * when not sent.
   */
  public <E extends Enum<E>> E enumParam(String field, String raw, Class<E> type) {
    if (raw == null || raw.isBlank()) {
      return null;
    }
    String wanted = normalised(raw);
    for (E constant : type.getEnumConstants()) {
      if (normalised(constant.name()).equals(wanted)) {
        return constant;
      }
    }
    throw invalid(field, NOT_ONE_OF, raw, allowed(type));
  }

  /** A required enum value; see {@link #enumParam}. */
  public <E extends Enum<E>> E requireEnum(String field, String raw, Class<E> type) {
    E value = enumParam(field, raw, type);
    if (value == null) {
      throw invalid(field, REQUIRED);
    }
    return value;
  }

  /** The allowed values of an enum, lower case, comma-separated, for messages. */
  static <E extends Enum<E>> String allowed(Class<E> type) {
    return Arrays.stream(type.getEnumConstants())
        .map(c -> c.name().toLowerCase(Locale.ROOT))
        .collect(Collectors.joining(", "));
  }

  private static String normalised(String name) {
    return name.strip().replace("_", "").replace("-", "").toUpperCase(Locale.ROOT);
  }

  private long parseLong(String field, String raw) {
    try {
      return Long.parseLong(raw.strip());
    } catch (NumberFormatException e) {
      throw invalid(field, NOT_A_NUMBER, raw);
    }
  }

  private static String join(String prefix, String field) {
    if (prefix.isEmpty()) {
      return field;
    }
    if (field.isEmpty()) {
      return prefix;
    }
    return field.startsWith("[") ? prefix + field : prefix + "." + field;
  }
}
