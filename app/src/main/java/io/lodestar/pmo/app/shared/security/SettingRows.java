package io.lodestar.pmo.app.shared.security;

import java.util.Optional;
import java.util.function.Supplier;

/**
 * Port: a host's rows of small, versioned application settings (one row per key, a nullable text
 * value and a version). Jira keeps them in an Active Objects table, the sandbox in its SQL store.
 * The rules about what a setting may hold, its version check and its audit entry live in app (e.g.
 * {@link PmoAdminGroupService}); a host only stores and locks.
 */
public interface SettingRows {

  /** A stored setting: its value (null when cleared) and version (1 or more). */
  record Row(String value, long version) {}

  /**
   * @param key the setting's key
   * @return the stored row; empty when the setting was never written
   */
  Optional<Row> find(String key);

  /**
   * Writes a setting inside the current transaction, creating its row when {@code expectedVersion}
   * is {@code 0} (never written).
   *
   * @param key the setting's key
   * @param value the new value; null clears it
   * @param expectedVersion the version the row must still have (0: the row must not exist)
   * @param nextVersion the version to store
   * @return false, with nothing written, when the row no longer has {@code expectedVersion}
   */
  boolean write(String key, String value, long expectedVersion, long nextVersion);

  /**
   * Runs {@code work} in one transaction while holding the host's exclusive write lock of that name
   * (in Jira a cluster lock, taken before the first read and held until the transaction ends), so
   * that the row's read, its write and the audit entry commit or roll back together and two writers
   * of the same version cannot both win.
   *
   * @param lockName the lock's name (unique per setting)
   * @param work the read-check-write-audit sequence
   * @return what {@code work} returned
   */
  <T> T inLockedTransaction(String lockName, Supplier<T> work);
}
