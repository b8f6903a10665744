package io.lodestar.pmo.sandbox.importer;

import io.lodestar.pmo.sandbox.importer.ImportedIssue.CustomValue;
import io.lodestar.pmo.sandbox.importer.ImportedIssue.UserRef;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads Jira's CSV export ("all fields"). Columns are matched by header text, and a header may
 * repeat (one "Sprint", "Labels" or "Watchers" column per value), so the header row is read as a
 * plain record and values are gathered per name. Quoted values may hold newlines. Custom fields
 * come as {@code Custom field (Name)}; links as {@code Outward issue link (Type)} / {@code Inward
 * issue link (Type)}; worklogs as {@code Log Work} ({@code comment;started;author;seconds}). Dates
 * are in Jira's default export format {@code dd/MMM/yy h:mm a} (English month names), taken as UTC,
 * or ISO.
 */
final class CsvReader {

  private static final Pattern CUSTOM =
      Pattern.compile("Custom field \\((.+)\\)", Pattern.CASE_INSENSITIVE);
  private static final Pattern OUT_LINK =
      Pattern.compile("Outward issue link \\((.+)\\)", Pattern.CASE_INSENSITIVE);
  private static final Pattern IN_LINK =
      Pattern.compile("Inward issue link \\((.+)\\)", Pattern.CASE_INSENSITIVE);

  private static final DateTimeFormatter JIRA_DATE_TIME =
      new DateTimeFormatterBuilder()
          .parseCaseInsensitive()
          .appendPattern("dd/MMM/yy h:mm a")
          .toFormatter(Locale.ENGLISH);
  private static final DateTimeFormatter JIRA_DATE =
      new DateTimeFormatterBuilder()
          .parseCaseInsensitive()
          .appendPattern("dd/MMM/yy")
          .toFormatter(Locale.ENGLISH);

  private final String file;

  CsvReader(String file) {
    this.file = file;
  }

  /** Reads every row of {@code path} into {@code sink}; returns how many. */
  int read(Path path, JsonSearchReader.Sink sink) throws Exception {
    try (Reader reader = Files.newBufferedReader(path, StandardCharsets.UTF_8);
        CSVParser parser = CSVFormat.DEFAULT.builder().get().parse(reader)) {
      List<String> header = null;
      int count = 0;
      for (CSVRecord row : parser) {
        if (header == null) {
          header = new ArrayList<>();
          for (String h : row) {
            header.add(h.replace("\uFEFF", "").strip());
          }
          if (header.stream().noneMatch("Issue key"::equalsIgnoreCase)
              || header.stream().noneMatch("Issue id"::equalsIgnoreCase)) {
            throw new ImportException(
                file, "line 1", "Issue key", "not a Jira CSV export: no 'Issue key'/'Issue id'");
          }
          continue;
        }
        count++;
        // Headers are matched ignoring case: Jira Cloud writes "Due date", Server "Due Date".
        Map<String, List<String>> values = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        for (int i = 0; i < row.size() && i < header.size(); i++) {
          String v = row.get(i);
          if (v != null && !v.isBlank()) {
            values.computeIfAbsent(header.get(i), k -> new ArrayList<>()).add(v);
          }
        }
        String key = first(values, "Issue key");
        String record =
            (key == null ? "row " + count : "issue " + key + " (row " + count + ")")
                + ", line "
                + row.getParser().getCurrentLineNumber();
        sink.accept(toIssue(values, record), record);
      }
      if (header == null) {
        throw new ImportException(file, null, null, "empty file");
      }
      return count;
    } catch (java.io.UncheckedIOException e) {
      // commons-csv reports quoting errors as an UncheckedIOException around an IOException whose
      // message names the line; the wrapper's message would start with the class name.
      Throwable cause = e.getCause() == null ? e : e.getCause();
      String problem = cause.getMessage() == null ? "unreadable" : cause.getMessage();
      throw new ImportException(file, null, null, "malformed CSV: " + problem, e);
    }
  }

  private ImportedIssue toIssue(Map<String, List<String>> v, String record) {
    ImportedIssue issue = new ImportedIssue();
    issue.key = required(v, "Issue key", record);
    issue.id = longValue(required(v, "Issue id", record), record, "Issue id");
    issue.summary = first(v, "Summary");
    issue.description = first(v, "Description");
    issue.projectKey = first(v, "Project key");
    if (issue.projectKey == null) {
      issue.projectKey = issue.key.substring(0, Math.max(0, issue.key.lastIndexOf('-')));
      if (issue.projectKey.isEmpty()) {
        throw new ImportException(file, record, "Project key", "missing");
      }
    }
    issue.projectName = first(v, "Project name");
    issue.projectCategory = first(v, "Project category");
    issue.typeName = required(v, "Issue Type", record);
    issue.subtask = issue.typeName.toLowerCase(Locale.ROOT).replace("-", "").equals("subtask");
    issue.statusName = first(v, "Status");
    String category = first(v, "Status Category");
    issue.statusCategory = Statuses.category(category != null ? category : issue.statusName);
    issue.priority = first(v, "Priority");
    issue.resolution = first(v, "Resolution");
    issue.assignee = user(first(v, "Assignee Id"), first(v, "Assignee"));
    issue.reporter = user(first(v, "Reporter Id"), first(v, "Reporter"));
    issue.created = instant(first(v, "Created"), record, "Created");
    issue.updated = instant(first(v, "Updated"), record, "Updated");
    issue.resolutionDate = instant(first(v, "Resolved"), record, "Resolved");
    issue.dueDate = date(first(v, "Due Date"), record, "Due Date");
    issue.originalEstimate =
        optionalLong(first(v, "Original Estimate"), record, "Original Estimate");
    issue.remainingEstimate =
        optionalLong(first(v, "Remaining Estimate"), record, "Remaining Estimate");
    issue.timeSpent = optionalLong(first(v, "Time Spent"), record, "Time Spent");
    List<String> labels = v.get("Labels");
    issue.labels = labels == null ? null : String.join(" ", labels);
    issue.parentKey = first(v, "Parent key");
    if (issue.parentKey == null && first(v, "Parent") != null) {
      String parent = first(v, "Parent");
      if (parent.matches("\\d+")) {
        issue.parentId = Long.parseLong(parent);
      } else {
        issue.parentKey = parent;
      }
    }
    String parentId = first(v, "Parent id");
    if (issue.parentKey == null && parentId != null) {
      issue.parentId = longValue(parentId, record, "Parent id");
    }
    List<String> sprints = v.get("Sprint");
    issue.sprint = sprints == null ? null : String.join(", ", sprints);
    for (Map.Entry<String, List<String>> e : v.entrySet()) {
      String column = e.getKey();
      Matcher custom = CUSTOM.matcher(column);
      Matcher out = OUT_LINK.matcher(column);
      Matcher in = IN_LINK.matcher(column);
      if (custom.matches()) {
        custom(issue, custom.group(1), e.getValue(), record, column);
      } else if (out.matches()) {
        for (String target : e.getValue()) {
          issue.links.add(new ImportedIssue.Link(out.group(1), issue.key, target.strip()));
        }
      } else if (in.matches()) {
        for (String source : e.getValue()) {
          issue.links.add(new ImportedIssue.Link(in.group(1), source.strip(), issue.key));
        }
      } else if (column.equalsIgnoreCase("Log Work")) {
        for (String log : e.getValue()) {
          issue.worklogs.add(worklog(log, record));
        }
      } else if (column.equalsIgnoreCase("Watchers")) {
        issue.customValues.add(
            new CustomValue(
                "csv:Watchers", "Watchers", "TEXT", String.join(", ", e.getValue()), null, null));
      }
    }
    return issue;
  }

  private void custom(
      ImportedIssue issue, String name, List<String> values, String record, String column) {
    String value = values.get(0);
    switch (KnownFields.of(name)) {
      case STORY_POINTS -> issue.storyPoints = decimal(value, record, column);
      case EPIC_LINK -> issue.epicKey = value.isBlank() ? null : value.strip();
      case START_DATE -> issue.startDate = date(value, record, column);
      case SPRINT -> issue.sprint = String.join(", ", values);
      default -> {
        String id = "csv:" + name;
        String all = String.join(", ", values);
        if (values.size() == 1 && value.strip().matches("-?\\d+(\\.\\d+)?")) {
          issue.customValues.add(
              new CustomValue(id, name, "NUMBER", null, new BigDecimal(value.strip()), null));
        } else {
          issue.customValues.add(new CustomValue(id, name, "TEXT", all, null, null));
        }
      }
    }
  }

  private ImportedIssue.Worklog worklog(String text, String record) {
    String[] parts = text.split(";", -1);
    if (parts.length < 4) {
      throw new ImportException(file, record, "Log Work", "not comment;started;author;seconds");
    }
    int n = parts.length;
    Instant started = instant(parts[n - 3], record, "Log Work");
    long seconds = optionalLong(parts[n - 1], record, "Log Work");
    String comment = String.join(";", java.util.Arrays.copyOf(parts, n - 3));
    return new ImportedIssue.Worklog(
        null, user(null, parts[n - 2].strip()), started, seconds, comment);
  }

  private static UserRef user(String id, String name) {
    if (id == null && name == null) {
      return null;
    }
    String key = id != null ? id.strip() : name.strip();
    return new UserRef(key, key, name == null ? key : name.strip(), null);
  }

  private static String first(Map<String, List<String>> v, String column) {
    List<String> values = v.get(column);
    return values == null ? null : values.get(0).strip();
  }

  private String required(Map<String, List<String>> v, String column, String record) {
    String value = first(v, column);
    if (value == null) {
      throw new ImportException(file, record, column, "missing");
    }
    return value;
  }

  private long longValue(String s, String record, String column) {
    try {
      return Long.parseLong(s.strip());
    } catch (NumberFormatException e) {
      throw new ImportException(file, record, column, "not a whole number: '" + s + "'");
    }
  }

  private Long optionalLong(String s, String record, String column) {
    return s == null || s.isBlank() ? null : longValue(s, record, column);
  }

  private BigDecimal decimal(String s, String record, String column) {
    try {
      return new BigDecimal(s.strip());
    } catch (NumberFormatException e) {
      throw new ImportException(file, record, column, "not a number: '" + s + "'");
    }
  }

  private Instant instant(String s, String record, String column) {
    if (s == null || s.isBlank()) {
      return null;
    }
    String t = s.strip();
    try {
      return LocalDateTime.parse(t, JIRA_DATE_TIME).toInstant(ZoneOffset.UTC);
    } catch (DateTimeParseException e) {
      try {
        return java.time.OffsetDateTime.parse(t).toInstant();
      } catch (DateTimeParseException e2) {
        try {
          return LocalDateTime.parse(t).toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException e3) {
          throw new ImportException(file, record, column, "not a date-time: '" + s + "'");
        }
      }
    }
  }

  private LocalDate date(String s, String record, String column) {
    if (s == null || s.isBlank()) {
      return null;
    }
    String t = s.strip();
    try {
      return LocalDate.parse(t, JIRA_DATE);
    } catch (DateTimeParseException e) {
      try {
        return LocalDate.parse(t.length() > 10 ? t.substring(0, 10) : t);
      } catch (DateTimeParseException e2) {
        Instant i = instant(t, record, column);
        return i.atOffset(ZoneOffset.UTC).toLocalDate();
      }
    }
  }
}
