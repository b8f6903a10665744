package io.lodestar.pmo.engine.shared;

import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * The result of an application-service call: success, refused input, a missing target or a lost
 * optimistic-locking race. Services never throw for these cases and never speak HTTP; an adapter
 * maps {@link Ok} to 200/201, {@link Invalid} to 400, {@link NotFound} to 404 and {@link Conflict}
 * to 409.
 *
 * @param <T> the success value type
 */
public sealed interface Outcome<T>
    permits Outcome.Ok, Outcome.Invalid, Outcome.NotFound, Outcome.Conflict {

  /**
   * Success carrying a value; the value is never null (use {@link Void}-less types or a marker).
   */
  record Ok<T>(T value) implements Outcome<T> {
    public Ok {
      Objects.requireNonNull(value, "value");
    }
  }

  /** The input was refused; at least one violation. */
  record Invalid<T>(List<Violation> violations) implements Outcome<T> {
    public Invalid {
      violations = List.copyOf(violations);
      if (violations.isEmpty()) {
        throw new IllegalArgumentException("Invalid needs at least one violation");
      }
    }
  }

  /**
   * The target does not exist (or is not visible).
   *
   * @param messageKey e.g. {@code lodestar.risk.model.error.notFound}
   * @param args message arguments, e.g. the id that was looked up
   */
  record NotFound<T>(String messageKey, List<Object> args) implements Outcome<T> {
    public NotFound {
      Objects.requireNonNull(messageKey, "messageKey");
      args = List.copyOf(args);
    }
  }

  /**
   * Optimistic locking failed: the caller edited {@code expectedVersion} but the stored version is
   * {@code actualVersion}.
   */
  record Conflict<T>(long expectedVersion, long actualVersion) implements Outcome<T> {}

  static <T> Outcome<T> ok(T value) {
    return new Ok<>(value);
  }

  static <T> Outcome<T> invalid(List<Violation> violations) {
    return new Invalid<>(violations);
  }

  static <T> Outcome<T> invalid(Violation violation) {
    return new Invalid<>(List.of(violation));
  }

  static <T> Outcome<T> notFound(String messageKey, Object... args) {
    return new NotFound<>(messageKey, List.of(args));
  }

  static <T> Outcome<T> conflict(long expectedVersion, long actualVersion) {
    return new Conflict<>(expectedVersion, actualVersion);
  }

  /** True for {@link Ok}. */
  default boolean isOk() {
    return this instanceof Ok;
  }

  /**
   * The success value.
   *
   * @throws IllegalStateException when this is not {@link Ok} (a bug in the caller)
   */
  default T orElseThrow() {
    if (this instanceof Ok<T> ok) {
      return ok.value();
    }
    throw new IllegalStateException("Not ok: " + this);
  }

  /** Transforms the success value; other outcomes pass through unchanged. */
  @SuppressWarnings("unchecked")
  default <U> Outcome<U> map(Function<? super T, ? extends U> mapper) {
    if (this instanceof Ok<T> ok) {
      return new Ok<>(mapper.apply(ok.value()));
    }
    return (Outcome<U>) this;
  }
}
