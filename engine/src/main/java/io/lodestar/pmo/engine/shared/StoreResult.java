package io.lodestar.pmo.engine.shared;

import java.util.Objects;

/**
 * The result of a versioned write through a store port. A store never throws for a missing row or a
 * lost optimistic-locking race; it returns {@link Missing} or {@link VersionConflict}.
 * Infrastructure failures (database down) remain exceptions.
 *
 * @param <T> the stored value type
 */
public sealed interface StoreResult<T>
    permits StoreResult.Stored, StoreResult.Missing, StoreResult.VersionConflict {

  /** The write happened; {@code value} is what is now stored, with its new version. */
  record Stored<T>(T value) implements StoreResult<T> {
    public Stored {
      Objects.requireNonNull(value, "value");
    }
  }

  /** Nothing to update or delete under that key. */
  record Missing<T>() implements StoreResult<T> {}

  /**
   * The stored version differs from the version the caller read; nothing was written.
   *
   * @param expectedVersion the version the caller sent
   * @param actualVersion the version currently stored
   */
  record VersionConflict<T>(long expectedVersion, long actualVersion) implements StoreResult<T> {}

  static <T> StoreResult<T> stored(T value) {
    return new Stored<>(value);
  }

  static <T> StoreResult<T> missing() {
    return new Missing<>();
  }

  static <T> StoreResult<T> conflict(long expectedVersion, long actualVersion) {
    return new VersionConflict<>(expectedVersion, actualVersion);
  }
}
