package io.lodestar.pmo.sandbox.demo;

import java.util.List;
import java.util.Set;

/**
 * The demo log-ins, one per role, all with the password {@value #PASSWORD}. The landing page and
 * README list them; the browser tests log in with them.
 */
public final class DemoAccounts {

  /** The password of every demo account (published: these are demo accounts). */
  public static final String PASSWORD = "demo";

  /** Jira administrator (host admin): always a PMO admin too. */
  public static final String ADMIN = "admin";

  /** PMO admin through the PMO admin group; browses every project. */
  public static final String PMO = "pmo";

  /** Project manager: administers the Mobile program's projects, browses every project. */
  public static final String MANAGER = "manager";

  /** Team member: browses every project, administers none. */
  public static final String MEMBER = "member";

  /** Restricted user: browses only the Web program's projects (and the public one). */
  public static final String RESTRICTED = "restricted";

  /** The one project anonymous visitors may browse. */
  public static final String PUBLIC_PROJECT = "SECA";

  /**
   * One demo account.
   *
   * @param username login name and user key
   * @param displayName full name
   * @param hostAdmin whether a host (Jira) administrator
   * @param groups groups it is in
   * @param browses programs whose projects it may browse by a user grant (besides group grants)
   * @param administers programs whose projects it may administer
   */
  public record Account(
      String username,
      String displayName,
      boolean hostAdmin,
      Set<String> groups,
      Set<String> browses,
      Set<String> administers) {

    boolean browsesProgram(String program) {
      return browses.contains(program);
    }

    boolean administersProgram(String program) {
      return administers.contains(program);
    }
  }

  /** Every demo account. */
  public static final List<Account> ALL =
      List.of(
          new Account(
              ADMIN,
              "Avery Admin",
              true,
              Set.of(DemoData.STAFF_GROUP, "jira-administrators"),
              Set.of(),
              Set.of()),
          new Account(
              PMO,
              "Pat PMO",
              false,
              Set.of(DemoData.STAFF_GROUP, DemoData.PMO_GROUP),
              Set.of(),
              Set.of()),
          new Account(
              MANAGER,
              "Morgan Manager",
              false,
              Set.of(DemoData.STAFF_GROUP),
              Set.of(),
              Set.of("Mobile")),
          new Account(
              MEMBER, "Taylor Member", false, Set.of(DemoData.STAFF_GROUP), Set.of(), Set.of()),
          new Account(RESTRICTED, "Robin Restricted", false, Set.of(), Set.of("Web"), Set.of()));

  private DemoAccounts() {}
}
