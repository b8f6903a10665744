package io.lodestar.pmo.sandbox.shared.web;

import java.util.List;

/**
 * What the landing page shows.
 *
 * @param accounts the demo log-ins
 * @param projects the projects the viewer may browse, each with its register link
 * @param adminUrl the plugin's admin page
 * @param docsUrl Swagger UI
 * @param openApiUrl the OpenAPI document
 * @param outboxUrl the mail outbox page
 * @param restRoot the REST API's root
 * @param userName the viewer's display name; empty when anonymous
 * @param signedIn whether the viewer is signed in
 * @param pmoAdmin whether the viewer may open the admin page and the outbox (links to pages that
 *     would answer 403 are not shown)
 */
public record LandingView(
    List<Account> accounts,
    List<ProjectLink> projects,
    String adminUrl,
    String docsUrl,
    String openApiUrl,
    String outboxUrl,
    String restRoot,
    String userName,
    boolean signedIn,
    boolean pmoAdmin) {

  public LandingView {
    accounts = List.copyOf(accounts);
    projects = List.copyOf(projects);
  }

  /** Whether the viewer may browse at least one project. */
  public boolean hasProjects() {
    return !projects.isEmpty();
  }

  /**
   * A demo log-in.
   *
   * @param username the login name
   * @param password its password (published: a demo)
   * @param displayName the full name
   * @param role what the account stands for
   * @param sees what it may see and do
   */
  public record Account(
      String username, String password, String displayName, String role, String sees) {}

  /**
   * A project and the URL of its risk register page.
   *
   * @param key project key
   * @param name project name
   * @param registerUrl its register page
   * @param csvUrl its register as CSV (REST)
   * @param restUrl its register as JSON (REST)
   */
  public record ProjectLink(
      String key, String name, String registerUrl, String csvUrl, String restUrl) {}
}
