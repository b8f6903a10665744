package io.lodestar.pmo.engine.standardization.apply;

import java.util.Objects;

/**
 * The admin's choice of where the issues of an old status go.
 *
 * @param issueType never null
 * @param from the old status; never null
 * @param to a status of the template's workflow for the issue type; never null
 * @param confirmCategoryChange the admin confirms the move into another status category (e.g.
 *     issues In Progress becoming Done)
 */
public record StatusMapping(
    String issueType, String from, String to, boolean confirmCategoryChange) {

  public StatusMapping {
    Objects.requireNonNull(issueType, "issueType");
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
  }

  public static StatusMapping of(String issueType, String from, String to) {
    return new StatusMapping(issueType, from, to, false);
  }

  public static StatusMapping confirmed(String issueType, String from, String to) {
    return new StatusMapping(issueType, from, to, true);
  }
}
