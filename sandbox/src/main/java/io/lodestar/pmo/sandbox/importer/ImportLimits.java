package io.lodestar.pmo.sandbox.importer;

import io.lodestar.pmo.sandbox.importer.ImportedIssue.CustomValue;
import io.lodestar.pmo.sandbox.importer.ImportedIssue.UserRef;
import java.math.BigDecimal;

/**
 * The sizes the sandbox's tables hold, checked on each imported issue before anything of it is
 * written, so that a value too long or too large fails the import with the file, record and field
 * instead of the database's message. Texts the importer shortens on purpose (summary, sprint,
 * labels, comments, change values, custom text values) are not checked here.
 */
final class ImportLimits {

  /** Longest key, name, status, priority, user or link value: the tables' {@code VARCHAR(255)}. */
  static final int MAX_NAME = 255;

  /** Longest issue type id: {@code issue_type.id VARCHAR(64)}. */
  static final int MAX_TYPE_ID = 64;

  /** Most digits before the point of story points: {@code DECIMAL(12, 2)}. */
  static final int STORY_POINT_DIGITS = 10;

  /** Most digits before the point of a custom number: {@code DECIMAL(30, 10)}. */
  static final int CUSTOM_NUMBER_DIGITS = 20;

  /** Field names of one export format. */
  enum Format {
    JSON,
    CSV
  }

  private final String file;
  private final Format format;

  ImportLimits(String file, Format format) {
    this.file = file;
    this.format = format;
  }

  /**
   * @throws ImportException naming the first field out of bounds
   */
  void check(ImportedIssue issue, String record) {
    if (issue.id == null || issue.id <= 0) {
      throw new ImportException(file, record, name("id", "Issue id"), "not a positive number");
    }
    text(issue.key, record, "key", "Issue key");
    text(issue.projectKey, record, "fields.project.key", "Project key");
    text(issue.projectName, record, "fields.project.name", "Project name");
    text(issue.projectCategory, record, "fields.project.projectCategory", "Project category");
    if (issue.typeId != null && issue.typeId.length() > MAX_TYPE_ID) {
      throw tooLong(record, name("fields.issuetype.id", "Issue Type"), MAX_TYPE_ID);
    }
    text(issue.typeName, record, "fields.issuetype.name", "Issue Type");
    text(issue.statusName, record, "fields.status.name", "Status");
    text(issue.priority, record, "fields.priority", "Priority");
    text(issue.resolution, record, "fields.resolution", "Resolution");
    text(issue.parentKey, record, "fields.parent", "Parent");
    text(issue.epicKey, record, "Epic Link", "Custom field (Epic Link)");
    user(issue.assignee, record, "fields.assignee", "Assignee");
    user(issue.reporter, record, "fields.reporter", "Reporter");
    number(
        issue.storyPoints,
        STORY_POINT_DIGITS,
        record,
        name("Story Points", "Custom field (Story Points)"));
    for (CustomValue v : issue.customValues) {
      String field = format == Format.JSON ? v.fieldId() : "Custom field (" + v.fieldName() + ")";
      if (v.fieldId().length() > MAX_NAME) {
        throw tooLong(record, shorten(field), MAX_NAME);
      }
      if (v.fieldName() != null && v.fieldName().length() > MAX_NAME) {
        throw tooLong(record, shorten(field), MAX_NAME);
      }
      if ("OPTION".equals(v.type()) && v.text() != null && v.text().length() > 1000) {
        throw tooLong(record, field, 1000);
      }
      number(v.number(), CUSTOM_NUMBER_DIGITS, record, field);
    }
    for (ImportedIssue.Link l : issue.links) {
      String field = name("fields.issuelinks", "issue link (" + shorten(l.type()) + ")");
      for (String value : new String[] {l.type(), l.sourceKey(), l.destinationKey()}) {
        if (value != null && value.length() > MAX_NAME) {
          throw tooLong(record, field, MAX_NAME);
        }
      }
    }
    for (ImportedIssue.Worklog w : issue.worklogs) {
      user(w.author(), record, "fields.worklog.author", "Log Work");
      if (w.id() != null && w.id() <= 0) {
        throw new ImportException(
            file, record, name("worklog.id", "Log Work"), "not a positive number");
      }
    }
    for (ImportedIssue.Change ch : issue.changes) {
      user(ch.author(), record, "changelog.author", "changelog");
      if (ch.field() != null && ch.field().length() > MAX_NAME) {
        throw tooLong(record, name("changelog.items.field", "changelog"), MAX_NAME);
      }
    }
  }

  private void user(UserRef user, String record, String json, String csv) {
    if (user == null) {
      return;
    }
    String field = name(json, csv);
    for (String value :
        new String[] {user.key(), user.username(), user.displayName(), user.email()}) {
      if (value != null && value.length() > MAX_NAME) {
        throw tooLong(record, field, MAX_NAME);
      }
    }
  }

  private void text(String value, String record, String json, String csv) {
    if (value != null && value.length() > MAX_NAME) {
      throw tooLong(record, name(json, csv), MAX_NAME);
    }
  }

  private void number(BigDecimal value, int digits, String record, String field) {
    if (value != null && value.precision() - value.scale() > digits) {
      throw new ImportException(
          file,
          record,
          field,
          "too large: more than " + digits + " digits before the decimal point");
    }
  }

  private ImportException tooLong(String record, String field, int max) {
    return new ImportException(file, record, field, "longer than " + max + " characters");
  }

  private String name(String json, String csv) {
    return format == Format.JSON ? json : csv;
  }

  private static String shorten(String s) {
    return s == null || s.length() <= 60 ? s : s.substring(0, 60) + "…";
  }
}
