package io.lodestar.pmo.app.shared.host;

import java.util.Objects;

/**
 * A project of the host, as far as Lodestar needs to know it.
 *
 * @param id the host's numeric project id; never null
 * @param key the current project key, e.g. {@code "ALPHA"}; never null
 * @param name the project name; never null
 */
public record ProjectRef(Long id, String key, String name) {
  public ProjectRef {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(name, "name");
  }
}
