package io.lodestar.pmo.app.shared.host;

import java.util.List;
import java.util.Optional;

/** Looks projects up. Does no permission check of its own: combine with {@link HostPermissions}. */
public interface ProjectDirectory {

  /**
   * @param key a project key, compared as the host does (Jira: current or previous key, case
   *     insensitive); may be null
   * @return the project, or empty when there is none with that key
   */
  Optional<ProjectRef> byKey(String key);

  /**
   * The projects a user may browse, ordered by key. Bounded by the number of projects in the host
   * (hundreds), never by issues.
   *
   * @param user the user; null for anonymous
   * @return the browsable projects; never null
   */
  List<ProjectRef> browsableBy(HostUser user);
}
