package io.lodestar.pmo.engine.shared;

import java.util.Objects;

/**
 * A stored value together with its optimistic-locking version. Versions start at 1 for a newly
 * stored value and increase by one on each successful update; 0 means "never stored" and is the
 * expected version to send when creating.
 *
 * @param value the value; never null
 * @param version the version, at least 0
 * @param <T> the value type
 */
public record Versioned<T>(T value, long version) {

  /** The expected version to send when a value is created rather than updated. */
  public static final long NEW = 0L;

  public Versioned {
    Objects.requireNonNull(value, "value");
    if (version < 0) {
      throw new IllegalArgumentException("version < 0: " + version);
    }
  }

  public static <T> Versioned<T> of(T value, long version) {
    return new Versioned<>(value, version);
  }
}
