package io.lodestar.pmo.app.shared.host;

import java.util.List;
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

  /** Most users one search returns. */
  int MAX_SEARCH_RESULTS = 50;

  /**
   * The user picker's search: active users whose login name, display name or a word of the display
   * name starts with {@code prefix} (ignoring case), ordered by display name, at most {@code limit}
   * of them. Bounded whatever the number of users: the host searches its own index (Jira: the user
   * search service) and never lists every user.
   *
   * @param prefix what was typed, stripped, 1..255 characters
   * @param limit 1..{@value #MAX_SEARCH_RESULTS}
   * @return the matching users; never null
   * @throws IllegalArgumentException for a blank prefix or a limit out of range
   */
  List<HostUser> search(String prefix, int limit);

  /**
   * @param viewer the signed-in user
   * @return whether {@code viewer} may search users by name (Jira: the "Browse users" permission
   *     its own user picker checks)
   */
  boolean maySearch(HostUser viewer);

  /** The bounds every {@link #search} enforces. */
  static void checkSearch(String prefix, int limit) {
    if (prefix == null || prefix.isBlank() || prefix.length() > 255) {
      throw new IllegalArgumentException("bad search prefix");
    }
    if (limit < 1 || limit > MAX_SEARCH_RESULTS) {
      throw new IllegalArgumentException("bad search limit " + limit);
    }
  }
}
