package io.lodestar.pmo.sandbox.importer;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Status categories and sprint names where an export does not spell them out. */
final class Statuses {

  private static final Pattern SPRINT_NAME = Pattern.compile("name=([^,\\]]*)");

  private Statuses() {}

  /** Whether {@code key} is a Jira status category key. */
  static boolean isCategory(String key) {
    return "new".equals(key) || "indeterminate".equals(key) || "done".equals(key);
  }

  /**
   * The category of a status or status-category name: Jira's category names ("To Do", "In
   * Progress", "Done") and its default workflow's statuses; anything else is in progress.
   */
  static String category(String name) {
    if (name == null) {
      return "new";
    }
    switch (name.strip().toLowerCase(Locale.ROOT)) {
      case "to do":
      case "open":
      case "backlog":
      case "new":
      case "reopened":
      case "selected for development":
        return "new";
      case "done":
      case "closed":
      case "resolved":
      case "complete":
        return "done";
      default:
        return "indeterminate";
    }
  }

  /**
   * The name of a sprint written the way Jira Server serialises it ({@code
   * com.atlassian.greenhopper.service.sprint.Sprint@1f[id=1,name=Sprint 1,...]}), or the text.
   */
  static String sprintName(String text) {
    Matcher m = SPRINT_NAME.matcher(text);
    return m.find() ? m.group(1) : text;
  }
}
