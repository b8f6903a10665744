package io.lodestar.pmo.app.risk.web;

import java.util.List;

/**
 * The admin page: scoring models, the projects whose mappings and appetite can be edited, and the
 * PMO admin group. Editing happens in the page's script through the REST API.
 *
 * @param models the stored scoring models, by name
 * @param projects the projects the admin can configure, by key
 * @param pmoAdminGroup the configured PMO admin group; empty when none
 * @param restRoot the REST API root the script calls, e.g. {@code /jira/rest/lodestar/1.0}
 * @param projectKey the one project whose settings a project admin edits on this page; empty on the
 *     PMO admin page
 * @param projectTitle the heading of a project's settings page; empty on the PMO admin page
 * @param registerUrl the project's register, to go back to; empty on the PMO admin page
 */
public record AdminPageView(
    List<ModelRowView> models,
    List<OptionView> projects,
    String pmoAdminGroup,
    String restRoot,
    String projectKey,
    String projectTitle,
    String registerUrl) {

  public AdminPageView {
    models = List.copyOf(models);
    projects = List.copyOf(projects);
  }

  /**
   * @return whether this is one project's settings page (a project admin's), not the PMO admin page
   */
  public boolean projectScope() {
    return !projectKey.isEmpty();
  }

  /**
   * @return whether any model is stored
   */
  public boolean hasModels() {
    return !models.isEmpty();
  }

  /**
   * One scoring model in the list.
   *
   * @param id the model id
   * @param name its name
   * @param kind its kind, translated
   * @param size the matrix size, e.g. {@code 5×5}
   * @param version its version, sent back with an update
   */
  public record ModelRowView(long id, String name, String kind, String size, long version) {}
}
