package io.lodestar.pmo.sandbox.importer;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** One issue as read from an export, before it is written; filled by the format readers. */
final class ImportedIssue {

  /** A user reference: key (Jira DC key, or Cloud account id), login name, display name, e-mail. */
  record UserRef(String key, String username, String displayName, String email) {}

  /**
   * A custom field value kept by field. Exactly one of the value parts is set, per {@code type}.
   */
  record CustomValue(
      String fieldId,
      String fieldName,
      String type,
      String text,
      BigDecimal number,
      LocalDate date) {}

  record Link(String type, String sourceKey, String destinationKey) {}

  record Worklog(Long id, UserRef author, Instant started, long seconds, String comment) {}

  record Change(UserRef author, Instant at, String field, String from, String to) {}

  Long id;
  String key;

  /** The issue's REST URL ({@code self}), naming the instance; null in CSV exports. */
  String self;

  /**
   * How many worklogs the issue has ({@code worklog.total}) when the export says so; Jira embeds at
   * most 20 of them in a search page.
   */
  Integer worklogTotal;

  Long projectId;
  String projectKey;
  String projectName;
  String projectCategory;
  String typeId;
  String typeName;
  boolean subtask;
  String statusName;
  String statusCategory;
  String summary;
  String description;
  String priority;
  String resolution;
  UserRef assignee;
  UserRef reporter;
  BigDecimal storyPoints;
  Long originalEstimate;
  Long remainingEstimate;
  Long timeSpent;
  LocalDate startDate;
  LocalDate dueDate;
  Instant created;
  Instant updated;
  Instant resolutionDate;
  String parentKey;
  Long parentId;
  String epicKey;
  String sprint;
  String labels;
  final List<CustomValue> customValues = new ArrayList<>();
  final List<Link> links = new ArrayList<>();
  final List<Worklog> worklogs = new ArrayList<>();
  final List<Change> changes = new ArrayList<>();
}
