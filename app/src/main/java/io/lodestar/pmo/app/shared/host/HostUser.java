package io.lodestar.pmo.app.shared.host;

import java.util.Objects;

/**
 * A signed-in user of the host product.
 *
 * @param key the stable user key (never the changeable user name); never null or blank
 * @param username the login name, shown in forms; never null
 * @param displayName the full name shown to people; never null
 * @param email the e-mail address; may be null when the host hides it or has none
 */
public record HostUser(String key, String username, String displayName, String email) {
  public HostUser {
    Objects.requireNonNull(key, "key");
    if (key.isBlank()) {
      throw new IllegalArgumentException("key must not be blank");
    }
    Objects.requireNonNull(username, "username");
    Objects.requireNonNull(displayName, "displayName");
  }
}
