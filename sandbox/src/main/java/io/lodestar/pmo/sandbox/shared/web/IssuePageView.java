package io.lodestar.pmo.sandbox.shared.web;

import java.util.List;

/**
 * What the sandbox's issue view ({@code sandbox-templates/issue.vm}) shows: the issue's own fields,
 * the fields its project's risk mapping names, the plugin's two calculated fields and the plugin's
 * risk panel, each rendered by the plugin's own template ({@code panelHtml}, {@code levelHtml},
 * {@code scoreHtml}: HTML escaped by those templates, inserted as it is).
 *
 * @param risk whether the issue is a risk of its project
 * @param fields the mapped fields with their values; empty for a non-risk
 * @param levelHtml "Lodestar risk level" as its field view renders it; empty for a non-risk
 * @param scoreHtml "Lodestar risk score" as its field view renders it; empty for a non-risk
 * @param panelHtml the risk panel; empty when the panel does not show (as its Jira condition)
 * @param editUrl the risk form for this issue; empty when the viewer may not edit it
 * @param registerUrl the project's register; empty when the project has no risk settings
 * @param links the viewer's visible links
 * @param hiddenLinks how many linked issues the viewer may not see
 * @param notice a confirmation to show (e.g. after a save); empty for none
 * @param qualificationHtml the plugin's "Qualification" panel (issue 10); empty when it does not
 *     show
 */
public record IssuePageView(
    String key,
    String summary,
    String projectKey,
    String projectName,
    String typeName,
    String statusName,
    String description,
    String assignee,
    String reporter,
    String created,
    String updated,
    String dueDate,
    boolean risk,
    List<FieldRow> fields,
    String levelHtml,
    String scoreHtml,
    String panelHtml,
    String editUrl,
    String registerUrl,
    List<LinkRow> links,
    int hiddenLinks,
    String notice,
    String qualificationHtml) {

  public IssuePageView {
    fields = List.copyOf(fields);
    links = List.copyOf(links);
  }

  /** Whether the plugin's panel shows. */
  public boolean hasPanel() {
    return !panelHtml.isEmpty();
  }

  /** Whether the viewer may edit the risk. */
  public boolean editable() {
    return !editUrl.isEmpty();
  }

  /** Whether the "Qualification" panel shows. */
  public boolean hasQualification() {
    return !qualificationHtml.isEmpty();
  }

  /** Whether there is a notice. */
  public boolean hasNotice() {
    return !notice.isEmpty();
  }

  /**
   * A mapped field.
   *
   * @param role what the mapping uses it for
   * @param name the field's name
   * @param fieldId its id
   * @param value its value as text; empty when not set
   */
  public record FieldRow(String role, String name, String fieldId, String value) {
    /** Whether it has a value. */
    public boolean hasValue() {
      return !value.isEmpty();
    }
  }

  /**
   * A link.
   *
   * @param type the link type, e.g. Mitigates
   * @param key the other issue's key
   * @param url its issue view
   * @param summary its summary
   * @param done whether it is done
   */
  public record LinkRow(String type, String key, String url, String summary, boolean done) {}
}
