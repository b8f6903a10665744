package io.lodestar.pmo.app.shared.host;

import java.util.Optional;

/** Who is making the current request. */
public interface CurrentUser {

  /**
   * @return the signed-in user of the current request, or empty for an anonymous request
   */
  Optional<HostUser> get();
}
