package io.lodestar.pmo.sandbox.importer;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.lodestar.pmo.sandbox.importer.ImportedIssue.CustomValue;
import io.lodestar.pmo.sandbox.importer.ImportedIssue.UserRef;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads one page of Jira's issue search as JSON ({@code /rest/api/2/search}, {@code
 * /rest/api/3/search} and {@code /rest/api/3/search/jql}): {@code names} (custom field id → name,
 * wherever it sits in the document), the {@code issues} array one issue at a time (Jackson
 * streaming; a tree per issue only), the {@code changelog} and {@code worklog} expansions when
 * present. Version 3 descriptions are Atlassian Document Format; their text is kept.
 */
final class JsonSearchReader {

  /** Receives each issue as it is read. */
  interface Sink {
    void accept(ImportedIssue issue, String record) throws Exception;
  }

  private static final DateTimeFormatter JIRA_DATE_TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSZ", Locale.ROOT);

  /** Deepest nesting of arrays and objects read; Jira's search pages stay far below it. */
  static final int MAX_NESTING_DEPTH = 200;

  private final JsonFactory factory =
      JsonFactory.builder()
          .streamReadConstraints(
              StreamReadConstraints.builder().maxNestingDepth(MAX_NESTING_DEPTH).build())
          .build();
  private final ObjectMapper mapper = new ObjectMapper(factory);
  private final String file;

  /**
   * Field id → its schema type ({@code string}, {@code date}, …) when the page has expand=schema.
   */
  private final Map<String, String> schemaTypes = new HashMap<>();

  JsonSearchReader(String file) {
    this.file = file;
  }

  /**
   * The {@code self} URL of the first issue of a search page, or null when the file has none or
   * cannot be read (the import itself then reports why).
   */
  static String firstSelf(Path path) {
    JsonFactory factory =
        JsonFactory.builder()
            .streamReadConstraints(
                StreamReadConstraints.builder().maxNestingDepth(MAX_NESTING_DEPTH).build())
            .build();
    ObjectMapper mapper = new ObjectMapper(factory);
    try (InputStream in = Files.newInputStream(path);
        JsonParser p = factory.createParser(in)) {
      if (p.nextToken() != JsonToken.START_OBJECT) {
        return null;
      }
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String name = p.currentName();
        JsonToken value = p.nextToken();
        if (!"issues".equals(name) || value != JsonToken.START_ARRAY) {
          p.skipChildren();
          continue;
        }
        if (p.nextToken() != JsonToken.START_OBJECT) {
          return null;
        }
        return text(mapper.readTree(p), "self");
      }
    } catch (IOException | RuntimeException e) {
      return null;
    }
    return null;
  }

  /** Reads every issue of {@code path} into {@code sink}; returns how many. */
  int read(Path path, Sink sink) throws Exception {
    Map<String, String> names = names(path);
    int index = 0;
    try (InputStream in = Files.newInputStream(path);
        JsonParser p = factory.createParser(in)) {
      if (p.nextToken() != JsonToken.START_OBJECT) {
        throw new ImportException(file, null, null, "not a Jira search result (no JSON object)");
      }
      boolean sawIssues = false;
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String name = p.currentName();
        JsonToken value = p.nextToken();
        if (!"issues".equals(name)) {
          p.skipChildren();
          continue;
        }
        if (value != JsonToken.START_ARRAY) {
          throw new ImportException(file, null, "issues", "is not an array");
        }
        sawIssues = true;
        JsonToken element;
        while ((element = p.nextToken()) != JsonToken.END_ARRAY) {
          if (element != JsonToken.START_OBJECT) {
            throw new ImportException(
                file,
                "record " + (index + 1),
                "issues[" + index + "]",
                "is not an issue object but " + describe(p, element));
          }
          index++;
          JsonNode node = mapper.readTree(p);
          String record = record(node, index);
          sink.accept(toIssue(node, names, record), record);
        }
      }
      if (p.currentToken() != JsonToken.END_OBJECT) {
        throw new ImportException(file, null, null, "malformed JSON: the document is incomplete");
      }
      if (!atEnd(p)) {
        throw new ImportException(
            file,
            null,
            null,
            "malformed JSON at line "
                + p.currentLocation().getLineNr()
                + ": text after the end of the document");
      }
      if (!sawIssues) {
        throw new ImportException(file, null, "issues", "missing: not a Jira search result");
      }
    } catch (StreamConstraintsException e) {
      throw new ImportException(
          file,
          "record " + (index + 1),
          null,
          "malformed JSON: nested deeper than " + MAX_NESTING_DEPTH + " levels",
          e);
    } catch (JsonProcessingException e) {
      JsonLocation at = e.getLocation();
      throw new ImportException(
          file,
          "record " + (index + 1),
          null,
          "malformed JSON"
              + (at == null ? "" : " at line " + at.getLineNr())
              + ": "
              + e.getOriginalMessage(),
          e);
    }
    return index;
  }

  /**
   * Whether nothing but white space follows the document (FAIL_ON_TRAILING_TOKENS for a stream).
   */
  private static boolean atEnd(JsonParser p) throws IOException {
    try {
      return p.nextToken() == null;
    } catch (JsonProcessingException e) {
      return false;
    }
  }

  private static String describe(JsonParser p, JsonToken token) throws IOException {
    return switch (token) {
      case VALUE_NULL -> "null";
      case START_ARRAY -> "an array";
      case VALUE_STRING -> "a string";
      case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "the number " + shorten(p.getText());
      case VALUE_TRUE, VALUE_FALSE -> p.getText();
      default -> String.valueOf(token);
    };
  }

  private static String shorten(String s) {
    return s.length() <= 30 ? s : s.substring(0, 30) + "…";
  }

  private Map<String, String> names(Path path) throws IOException {
    Map<String, String> names = new HashMap<>();
    try (InputStream in = Files.newInputStream(path);
        JsonParser p = factory.createParser(in)) {
      if (p.nextToken() != JsonToken.START_OBJECT) {
        return names;
      }
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String name = p.currentName();
        p.nextToken();
        if ("names".equals(name)) {
          JsonNode node = mapper.readTree(p);
          node.fields().forEachRemaining(e -> names.put(e.getKey(), e.getValue().asText()));
        } else if ("schema".equals(name)) {
          JsonNode node = mapper.readTree(p);
          node.fields()
              .forEachRemaining(
                  e -> schemaTypes.put(e.getKey(), e.getValue().path("type").asText("")));
        } else {
          p.skipChildren();
        }
      }
    } catch (JsonProcessingException e) {
      // reported with its record by the second pass
    }
    return names;
  }

  private static String record(JsonNode node, int index) {
    JsonNode key = node.get("key");
    return key != null && key.isTextual()
        ? "issue " + key.asText() + " (record " + index + ")"
        : "record " + index;
  }

  private ImportedIssue toIssue(JsonNode node, Map<String, String> names, String record) {
    ImportedIssue issue = new ImportedIssue();
    issue.key = requiredText(node, "key", record);
    issue.id = requiredLong(node, "id", record);
    issue.self = text(node, "self");
    JsonNode fields = node.get("fields");
    if (fields == null || !fields.isObject()) {
      throw new ImportException(file, record, "fields", "missing");
    }
    issue.summary = text(fields, "summary");
    issue.description = description(fields.get("description"));
    JsonNode project = fields.get("project");
    if (project != null && project.isObject()) {
      issue.projectKey = text(project, "key");
      issue.projectName = text(project, "name");
      issue.projectId = optionalLong(project, "id", record, "project");
      JsonNode category = project.get("projectCategory");
      issue.projectCategory = category == null ? null : text(category, "name");
    }
    if (issue.projectKey == null) {
      int dash = issue.key.lastIndexOf('-');
      if (dash <= 0) {
        throw new ImportException(file, record, "project", "missing, and the key names none");
      }
      issue.projectKey = issue.key.substring(0, dash);
    }
    JsonNode type = fields.get("issuetype");
    if (type == null || !type.isObject() || text(type, "name") == null) {
      throw new ImportException(file, record, "issuetype", "missing");
    }
    issue.typeId = text(type, "id");
    issue.typeName = text(type, "name");
    issue.subtask = type.path("subtask").asBoolean(false);
    JsonNode status = fields.get("status");
    if (status != null && status.isObject()) {
      issue.statusName = text(status, "name");
      String category = status.path("statusCategory").path("key").asText(null);
      issue.statusCategory = category == null ? Statuses.category(issue.statusName) : category;
      if (!Statuses.isCategory(issue.statusCategory)) {
        throw new ImportException(
            file, record, "status", "unknown status category '" + issue.statusCategory + "'");
      }
    }
    issue.priority = fields.path("priority").path("name").asText(null);
    issue.resolution = fields.path("resolution").path("name").asText(null);
    issue.assignee = user(fields.get("assignee"));
    issue.reporter = user(fields.get("reporter"));
    issue.created = instant(fields, "created", record);
    issue.updated = instant(fields, "updated", record);
    issue.resolutionDate = instant(fields, "resolutiondate", record);
    issue.dueDate = date(fields, "duedate", record);
    issue.originalEstimate = optionalLong(fields, "timeoriginalestimate", record, null);
    issue.remainingEstimate = optionalLong(fields, "timeestimate", record, null);
    issue.timeSpent = optionalLong(fields, "timespent", record, null);
    JsonNode labels = fields.get("labels");
    if (labels != null && labels.isArray() && !labels.isEmpty()) {
      List<String> all = new ArrayList<>();
      labels.forEach(l -> all.add(l.asText()));
      issue.labels = String.join(" ", all);
    }
    JsonNode parent = fields.get("parent");
    if (parent != null && parent.isObject()) {
      issue.parentKey = text(parent, "key");
    }
    links(fields.get("issuelinks"), issue);
    // A search page embeds worklogs under fields.worklog; an issue merged with the output of
    // /issue/{key}/worklog has them beside the fields.
    JsonNode worklog = fields.get("worklog");
    if (worklog == null || worklog.isNull()) {
      worklog = node.get("worklog");
    }
    if ((worklog == null || worklog.isNull()) && node.path("worklogs").isArray()) {
      worklog = node;
    }
    worklogs(worklog, issue, record);
    changelog(node.get("changelog"), issue, record);
    Iterator<Map.Entry<String, JsonNode>> it = fields.fields();
    while (it.hasNext()) {
      Map.Entry<String, JsonNode> e = it.next();
      if (e.getKey().startsWith("customfield_")) {
        custom(issue, e.getKey(), names.getOrDefault(e.getKey(), e.getKey()), e.getValue(), record);
      }
    }
    return issue;
  }

  private void custom(ImportedIssue issue, String id, String name, JsonNode value, String record) {
    if (value == null || value.isNull() || (value.isArray() && value.isEmpty())) {
      return;
    }
    switch (KnownFields.of(name)) {
      case STORY_POINTS -> {
        if (!value.isNumber()) {
          throw new ImportException(file, record, name, "not a number: " + value);
        }
        issue.storyPoints = value.decimalValue();
        return;
      }
      case EPIC_LINK -> {
        String epic = value.isObject() ? text(value, "key") : value.asText();
        issue.epicKey = epic == null || epic.isBlank() ? null : epic.strip();
        return;
      }
      case START_DATE -> {
        issue.startDate = parseDate(value.asText(), record, name);
        return;
      }
      case SPRINT -> {
        issue.sprint = sprints(value);
        return;
      }
      default -> {
        // kept by name below
      }
    }
    issue.customValues.add(customValue(id, name, value));
  }

  private CustomValue customValue(String id, String name, JsonNode value) {
    if (value.isNumber()) {
      return new CustomValue(id, name, "NUMBER", null, value.decimalValue(), null);
    }
    if (value.isTextual()) {
      String s = value.asText();
      String schema = schemaTypes.get(id);
      boolean mayBeDate = schema == null || schema.equals("date") || schema.equals("datetime");
      if (mayBeDate && s.matches("\\d{4}-\\d{2}-\\d{2}")) {
        try {
          return new CustomValue(id, name, "DATE", null, null, LocalDate.parse(s));
        } catch (DateTimeParseException e) {
          // not a date after all: text
        }
      }
      return new CustomValue(id, name, "TEXT", s, null, null);
    }
    if (value.isObject() && value.has("value")) {
      return new CustomValue(id, name, "OPTION", value.get("value").asText(), null, null);
    }
    if (value.isObject() && (value.has("accountId") || value.has("displayName"))) {
      UserRef u = user(value);
      return new CustomValue(id, name, "USER", u == null ? null : u.key(), null, null);
    }
    if (value.isObject() && "doc".equals(value.path("type").asText())) {
      return new CustomValue(id, name, "TEXT", description(value), null, null);
    }
    if (value.isArray()) {
      List<String> parts = new ArrayList<>();
      for (JsonNode v : value) {
        parts.add(
            v.has("value")
                ? v.get("value").asText()
                : v.has("name") ? v.get("name").asText() : v.asText());
      }
      return new CustomValue(id, name, "TEXT", String.join(", ", parts), null, null);
    }
    return new CustomValue(id, name, "TEXT", value.toString(), null, null);
  }

  private static String sprints(JsonNode value) {
    List<String> names = new ArrayList<>();
    for (JsonNode s : value.isArray() ? value : List.of(value)) {
      if (s.isObject()) {
        names.add(s.path("name").asText());
      } else {
        names.add(Statuses.sprintName(s.asText()));
      }
    }
    return String.join(", ", names);
  }

  private void links(JsonNode links, ImportedIssue issue) {
    if (links == null || !links.isArray()) {
      return;
    }
    for (JsonNode link : links) {
      String type = link.path("type").path("name").asText(null);
      if (type == null) {
        continue;
      }
      String out = link.path("outwardIssue").path("key").asText(null);
      String in = link.path("inwardIssue").path("key").asText(null);
      if (out != null) {
        issue.links.add(new ImportedIssue.Link(type, issue.key, out));
      }
      if (in != null) {
        issue.links.add(new ImportedIssue.Link(type, in, issue.key));
      }
    }
  }

  private void worklogs(JsonNode worklog, ImportedIssue issue, String record) {
    if (worklog == null || !worklog.path("worklogs").isArray()) {
      return;
    }
    Long total = optionalLong(worklog, "total", record, "worklog.total");
    if (total != null) {
      issue.worklogTotal = (int) Math.min(Integer.MAX_VALUE, Math.max(0, total));
    }
    for (JsonNode w : worklog.get("worklogs")) {
      Long id = optionalLong(w, "id", record, "worklog.id");
      Instant started = instant(w, "started", record);
      if (started == null) {
        throw new ImportException(file, record, "worklog.started", "missing");
      }
      Long seconds = optionalLong(w, "timeSpentSeconds", record, "worklog.timeSpentSeconds");
      issue.worklogs.add(
          new ImportedIssue.Worklog(
              id,
              user(w.get("author")),
              started,
              seconds == null ? 0 : seconds,
              description(w.get("comment"))));
    }
  }

  private void changelog(JsonNode changelog, ImportedIssue issue, String record) {
    if (changelog == null || !changelog.path("histories").isArray()) {
      return;
    }
    for (JsonNode h : changelog.get("histories")) {
      Instant at = instant(h, "created", record);
      UserRef author = user(h.get("author"));
      for (JsonNode item : h.path("items")) {
        issue.changes.add(
            new ImportedIssue.Change(
                author,
                at == null ? Instant.EPOCH : at,
                item.path("field").asText("?"),
                item.path("fromString").asText(null),
                item.path("toString").asText(null)));
      }
    }
  }

  private static UserRef user(JsonNode u) {
    if (u == null || !u.isObject()) {
      return null;
    }
    String key = u.path("key").asText(null);
    String accountId = u.path("accountId").asText(null);
    String name = u.path("name").asText(null);
    String id = key != null ? key : accountId != null ? accountId : name;
    if (id == null) {
      return null;
    }
    return new UserRef(
        id,
        name != null ? name : id,
        u.path("displayName").asText(null),
        u.path("emailAddress").asText(null));
  }

  /** Plain text of a v2 string or a v3 ADF document. */
  static String description(JsonNode d) {
    if (d == null || d.isNull()) {
      return null;
    }
    if (d.isTextual()) {
      return d.asText();
    }
    StringBuilder out = new StringBuilder();
    adf(d, out);
    return out.toString().strip();
  }

  private static void adf(JsonNode node, StringBuilder out) {
    if (node.has("text")) {
      out.append(node.get("text").asText());
    }
    for (JsonNode child : node.path("content")) {
      adf(child, out);
    }
    String type = node.path("type").asText();
    if (type.equals("paragraph") || type.equals("heading") || type.equals("listItem")) {
      out.append('\n');
    }
  }

  private String requiredText(JsonNode node, String field, String record) {
    String value = text(node, field);
    if (value == null || value.isBlank()) {
      throw new ImportException(file, record, field, "missing");
    }
    return value;
  }

  private Long requiredLong(JsonNode node, String field, String record) {
    Long value = optionalLong(node, field, record, field);
    if (value == null) {
      throw new ImportException(file, record, field, "missing");
    }
    return value;
  }

  private Long optionalLong(JsonNode node, String field, String record, String label) {
    JsonNode v = node.get(field);
    if (v == null || v.isNull()) {
      return null;
    }
    String name = label == null ? field : label;
    if (v.isIntegralNumber()) {
      if (!v.canConvertToLong()) {
        throw new ImportException(
            file,
            record,
            name,
            "out of range: more than " + Long.MAX_VALUE + " or less than " + Long.MIN_VALUE);
      }
      return v.asLong();
    }
    String text = v.asText().strip();
    try {
      return Long.parseLong(text);
    } catch (NumberFormatException e) {
      boolean digits = text.matches("-?\\d+");
      throw new ImportException(
          file,
          record,
          name,
          digits
              ? "out of range: more than " + Long.MAX_VALUE + " or less than " + Long.MIN_VALUE
              : "not a whole number: " + shorten(v.toString()));
    }
  }

  private static String text(JsonNode node, String field) {
    JsonNode v = node.get(field);
    return v == null || v.isNull() ? null : v.asText();
  }

  private Instant instant(JsonNode node, String field, String record) {
    String s = text(node, field);
    if (s == null || s.isBlank()) {
      return null;
    }
    try {
      return OffsetDateTime.parse(s, JIRA_DATE_TIME).toInstant();
    } catch (DateTimeParseException e) {
      try {
        return OffsetDateTime.parse(s).toInstant();
      } catch (DateTimeParseException e2) {
        throw new ImportException(file, record, field, "not a date-time: '" + s + "'");
      }
    }
  }

  private LocalDate date(JsonNode node, String field, String record) {
    String s = text(node, field);
    return s == null || s.isBlank() ? null : parseDate(s, record, field);
  }

  private LocalDate parseDate(String s, String record, String field) {
    try {
      return LocalDate.parse(s.length() > 10 ? s.substring(0, 10) : s);
    } catch (DateTimeParseException e) {
      throw new ImportException(file, record, field, "not a date: '" + s + "'");
    }
  }

  /** Used for numbers held as text. */
  static BigDecimal decimal(String s) {
    return new BigDecimal(s.strip());
  }
}
