package io.lodestar.pmo.app.shared.host;

import java.util.Locale;

/**
 * The one rule for comparing group names, on every host: Jira's group names are case-insensitive
 * (its user directories store and look them up lower-cased), so "Lodestar-PMO" and "lodestar-pmo"
 * are the same group, for the PMO admin group as for a project grant. Surrounding blanks are not
 * part of a name.
 */
public final class GroupNames {

  private GroupNames() {}

  /**
   * @param name a group name; may be null
   * @return the name's canonical form (stripped, lower-case in {@link Locale#ROOT}); null for a
   *     null or blank name, which names no group
   */
  public static String canonical(String name) {
    if (name == null || name.isBlank()) {
      return null;
    }
    return name.strip().toLowerCase(Locale.ROOT);
  }

  /**
   * @return whether both name the same group; false when either names none
   */
  public static boolean same(String a, String b) {
    String x = canonical(a);
    return x != null && x.equals(canonical(b));
  }
}
