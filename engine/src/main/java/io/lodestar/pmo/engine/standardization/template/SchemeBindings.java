package io.lodestar.pmo.engine.standardization.template;

import java.util.Objects;
import java.util.Optional;

/**
 * Shared schemes a template assigns as they are (Jira permission and notification schemes are
 * shared, not copied per project). Empty: the template leaves the project's scheme alone.
 *
 * @param permissionSchemeId the host's permission scheme id; never null, may be empty
 * @param notificationSchemeId the host's notification scheme id; never null, may be empty
 */
public record SchemeBindings(
    Optional<String> permissionSchemeId, Optional<String> notificationSchemeId) {

  public static final SchemeBindings NONE = new SchemeBindings(Optional.empty(), Optional.empty());

  public SchemeBindings {
    Objects.requireNonNull(permissionSchemeId, "permissionSchemeId");
    Objects.requireNonNull(notificationSchemeId, "notificationSchemeId");
  }
}
