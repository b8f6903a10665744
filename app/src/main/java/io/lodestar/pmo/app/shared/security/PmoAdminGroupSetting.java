package io.lodestar.pmo.app.shared.security;

import java.util.Optional;

/** Where the name of the group whose members are PMO admins is kept. */
public interface PmoAdminGroupSetting {

  /**
   * @return the configured PMO admin group; empty when none is configured
   */
  Optional<String> pmoAdminGroup();
}
