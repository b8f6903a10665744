package io.lodestar.pmo.jira.checks;

import java.util.List;
import java.util.Map;

/**
 * What each kind of class a descriptor names must be: the one table of module element → the
 * supertypes (any one of them) its class must have. Sources: PLATFORM.md §2.4-2.6 and §3, and the
 * Atlassian module pages linked there.
 *
 * @param classAttribute element owning a {@code class="…"} attribute → acceptable supertypes; an
 *     element not listed only needs its class to exist
 * @param aoEntity supertypes of an {@code <ao><entity>}
 * @param aoEntityAnnotation annotation every entity carries, its {@code value()} the table name
 * @param aoUpgradeTask supertypes of an {@code <ao><upgradeTask>}
 * @param webworkAction supertypes of a {@code <webwork1><actions><action name="…">}
 * @param restClassAnnotations class annotations that make a class part of a {@code <rest>} module
 */
record ModuleTypes(
    Map<String, List<String>> classAttribute,
    List<String> aoEntity,
    String aoEntityAnnotation,
    List<String> aoUpgradeTask,
    List<String> webworkAction,
    List<String> restClassAnnotations) {

  /** Jira Data Center 11.3 (Platform 8, Jakarta EE 10). */
  static final ModuleTypes JIRA_11 =
      new ModuleTypes(
          Map.ofEntries(
              Map.entry(
                  "customfield-type",
                  List.of(
                      "com.atlassian.jira.issue.customfields.CustomFieldType",
                      "com.atlassian.jira.issue.customfields.impl.CalculatedCFType")),
              Map.entry(
                  "customfield-searcher",
                  List.of("com.atlassian.jira.issue.customfields.CustomFieldSearcher")),
              Map.entry("context-provider", List.of("com.atlassian.plugin.web.ContextProvider")),
              Map.entry("condition", List.of("com.atlassian.plugin.web.Condition")),
              Map.entry("web-panel", List.of("com.atlassian.plugin.web.model.WebPanel")),
              Map.entry("servlet", List.of("jakarta.servlet.http.HttpServlet")),
              Map.entry("servlet-filter", List.of("jakarta.servlet.Filter")),
              Map.entry(
                  "servlet-context-listener", List.of("jakarta.servlet.ServletContextListener")),
              Map.entry(
                  "issue-tabpanel",
                  List.of(
                      "com.atlassian.jira.plugin.issuetabpanel.IssueTabPanel",
                      "com.atlassian.jira.plugin.issuetabpanel.IssueTabPanel3")),
              Map.entry(
                  "project-tabpanel",
                  List.of("com.atlassian.jira.plugin.projectpanel.ProjectTabPanel")),
              Map.entry(
                  "jql-function", List.of("com.atlassian.jira.plugin.jql.function.JqlFunction")),
              Map.entry(
                  "data", List.of("com.atlassian.webresource.api.data.WebResourceDataProvider")),
              Map.entry("webwork1", List.of("java.lang.Object"))),
          List.of("net.java.ao.RawEntity"),
          "net.java.ao.schema.Table",
          List.of("com.atlassian.activeobjects.external.ActiveObjectsUpgradeTask"),
          List.of("com.atlassian.jira.web.action.JiraWebActionSupport"),
          List.of("jakarta.ws.rs.Path", "jakarta.ws.rs.ext.Provider"));
}
