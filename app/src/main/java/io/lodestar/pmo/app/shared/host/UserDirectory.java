package io.lodestar.pmo.app.shared.host;

import java.util.Optional;

/**
 * Looks users up for the risk pages: the owner column shows display names, and the owner filter
 * takes the login name people know while the engine filters by user key. A host port of the web
 * layer (Jira: {@code JiraUserDirectory}); the sandbox provides its own. One lookup per displayed
 * row, never per register entry.
 */
public interface UserDirectory {

  /**
   * @param userKey a stable user key; may be null
   * @return the user, or empty for null, blank or unknown keys
   */
  Optional<HostUser> byKey(String userKey);

  /**
   * @param username a login name as typed; may be null
   * @return the user, or empty for null, blank or unknown names
   */
  Optional<HostUser> byUsername(String username);
}
