package io.lodestar.pmo.app.risk.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The URLs the risk pages link to, relative to the host's context path, in one place: the pages
 * themselves (servlets), the REST resources their scripts call (as declared by the resources in
 * {@code io.lodestar.pmo.app.risk.rest}), and the web-resource modules the pages require. The same
 * paths hold in Jira and in the sandbox, which mounts the same servlets and REST resources. Static
 * resources are never linked by URL: the host's web-resource manager serves them.
 *
 * <p>REST paths used by {@code js/lodestar-risk.js} (relative to {@link #REST_ROOT}): {@code
 * models}, {@code models/{id}}, {@code models/preview}, {@code projects/{key}/risk-settings},
 * {@code risk-settings/default}, {@code admin/pmo-group}, {@code catalog/issue-types}, {@code
 * catalog/fields}; the register page gets its exposure and CSV URLs from here.
 */
public final class RiskWebPaths {

  /**
   * The web-resource module of the register page (CSS and its script), as declared in {@code
   * atlassian-plugin.xml}; required through the {@code WebResources} host port, which adds the
   * plugin key.
   */
  public static final String REGISTER_RESOURCES = "risk-register-resources";

  /**
   * The web-resource module of the issue panel (its CSS); Jira adds it to every issue view by its
   * {@code jira.view.issue} context, a host's own issue view requires it.
   */
  public static final String PANEL_RESOURCES = "risk-panel-resources";

  /** The web-resource module of the admin page (CSS and its script). */
  public static final String ADMIN_RESOURCES = "risk-admin-resources";

  /** The web-resource module of the audit log page (CSS only). */
  public static final String AUDIT_RESOURCES = "risk-audit-resources";

  /**
   * The register page servlet (GET, {@code ?project=KEY}); the servlet module's url-pattern is this
   * path without {@code /plugins/servlet}.
   */
  public static final String REGISTER_PAGE = "/plugins/servlet/lodestar/risk/register";

  /** The admin page servlet (GET). */
  public static final String ADMIN_PAGE = "/plugins/servlet/lodestar/admin";

  /** The audit log page servlet (GET, PMO admins). */
  public static final String AUDIT_PAGE = "/plugins/servlet/lodestar/audit";

  /**
   * @return a project's risk settings page (the admin page limited to that project, for its project
   *     admins)
   */
  public static String projectSettings(String contextPath, String projectKey) {
    return contextPath + ADMIN_PAGE + "?project=" + encode(projectKey);
  }

  /**
   * Jira's create-issue page, documented for links that open it with fields chosen ({@code
   * pid=<project id>&issuetype=<issue type id>}); the sandbox serves its risk form at the same
   * path.
   */
  public static final String CREATE_ISSUE = "/secure/CreateIssueDetails!init.jspa";

  /**
   * @return the create-issue page with the project and the issue type chosen
   */
  public static String createIssue(String contextPath, long projectId, String issueTypeId) {
    return contextPath + CREATE_ISSUE + "?pid=" + projectId + "&issuetype=" + encode(issueTypeId);
  }

  /** Root of Lodestar's REST API. */
  public static final String REST_ROOT = "/rest/lodestar/1.0";

  private RiskWebPaths() {}

  /**
   * @return the URL of an issue
   */
  public static String issue(String contextPath, String issueKey) {
    return contextPath + "/browse/" + encode(issueKey);
  }

  /**
   * @param parameters page parameters besides the project, in order; values unencoded
   * @return the register page of a project with {@code parameters}
   */
  public static String register(
      String contextPath, String projectKey, Map<String, String> parameters) {
    String base = contextPath + REGISTER_PAGE + "?project=" + encode(projectKey);
    String query = query(parameters);
    return query.isEmpty() ? base : base + "&" + query;
  }

  /**
   * @return the REST resource that runs the exposure simulation of a project (POST, JSON body
   *     {@code {trials, seed, distribution}}, all optional)
   */
  public static String exposure(String contextPath, String projectKey) {
    return contextPath + REST_ROOT + "/projects/" + encode(projectKey) + "/risks/exposure";
  }

  /**
   * @return the owner picker's user search for a project's register (GET, {@code &query=} added by
   *     the page's script)
   */
  public static String userPicker(String contextPath, String projectKey) {
    return contextPath + REST_ROOT + "/users/picker?project=" + encode(projectKey);
  }

  /**
   * @param parameters the export's filter ({@code status}, {@code owner}, {@code band}, {@code
   *     overdue}); values unencoded
   * @return the CSV export of a project's register (GET)
   */
  public static String csv(String contextPath, String projectKey, Map<String, String> parameters) {
    String base = contextPath + REST_ROOT + "/projects/" + encode(projectKey) + "/risks.csv";
    String query = query(parameters);
    return query.isEmpty() ? base : base + "?" + query;
  }

  /**
   * @return {@code name=value&…}, URL-encoded, in the map's order; empty for no parameters
   */
  static String query(Map<String, String> parameters) {
    return parameters.entrySet().stream()
        .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
        .collect(Collectors.joining("&"));
  }

  /**
   * @return a query-parameter value, URL-encoded
   */
  public static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
