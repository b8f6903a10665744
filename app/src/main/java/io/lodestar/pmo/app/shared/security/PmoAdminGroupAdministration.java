package io.lodestar.pmo.app.shared.security;

import io.lodestar.pmo.engine.shared.Outcome;
import io.lodestar.pmo.engine.shared.Versioned;
import java.util.Optional;

/**
 * Reading and changing the PMO admin group with a version, audited (what {@code
 * PmoAdminGroupResource} needs). Implemented once, by {@link PmoAdminGroupService}, for every host.
 */
public interface PmoAdminGroupAdministration {

  /**
   * @return the configured group (empty when none) and its version; {@link Versioned#NEW} when it
   *     was never set
   */
  Versioned<Optional<String>> current();

  /**
   * Sets or clears the group.
   *
   * @param group the group name; null or blank clears it
   * @param expectedVersion the version the admin saw
   * @param actorKey user key of the admin, for the audit
   * @return Ok with the new value and version; Invalid (fields {@code group}, {@code version});
   *     Conflict when the stored version differs. Nothing is changed unless Ok.
   */
  Outcome<Versioned<Optional<String>>> update(String group, long expectedVersion, String actorKey);
}
