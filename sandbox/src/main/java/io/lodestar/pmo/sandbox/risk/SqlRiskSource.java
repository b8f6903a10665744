package io.lodestar.pmo.sandbox.risk;

import static io.lodestar.pmo.app.shared.host.SystemFields.ASSIGNEE;
import static io.lodestar.pmo.app.shared.host.SystemFields.DUE_DATE;
import static io.lodestar.pmo.app.shared.host.SystemFields.REPORTER;

import io.lodestar.pmo.app.shared.host.SystemFields;
import io.lodestar.pmo.engine.risk.mapping.RawRiskRecord;
import io.lodestar.pmo.engine.risk.mapping.RawValue;
import io.lodestar.pmo.engine.risk.mapping.RiskFieldMapping;
import io.lodestar.pmo.engine.risk.port.RiskRecordPage;
import io.lodestar.pmo.engine.risk.port.RiskSource;
import io.lodestar.pmo.sandbox.shared.host.ProjectAccess;
import io.lodestar.pmo.sandbox.shared.store.SandboxStore;
import io.lodestar.pmo.sandbox.shared.store.Sql;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The engine's {@link RiskSource} on the sandbox database, mirroring the plugin's Jira adapter:
 *
 * <ul>
 *   <li>risk issues are the project's issues whose type id is in the mapping's risk issue types,
 *       exactly as the plugin's Jira adapter: a mapping naming none (saved settings always name
 *       one) yields empty pages without reading issues;
 *   <li>one bounded page (at most {@value #MAX_PAGE_SIZE}) in issue-number order, read with {@code
 *       LIMIT/OFFSET} on an index; only the page's field values and links are read;
 *   <li>the viewer's browse permission ({@link ProjectAccess}) filters: the sandbox has no issue
 *       security, so a viewer sees all of a project's risks or none, and the hidden count is the
 *       project's risk count minus the visible count; a viewer key the sandbox does not know sees
 *       nothing (totals 0); a null viewer (system) sees all, hidden 0;
 *   <li>fields: custom field values by type (option → position and label, number, date, user, text)
 *       and the system fields {@code assignee}, {@code reporter} (users) and {@code duedate};
 *   <li>mitigation keys: issues linked either way that are not of a risk type and that the viewer
 *       may browse; none in the system context (no viewer to read links as), as in the plugin.
 * </ul>
 */
public final class SqlRiskSource implements RiskSource {

  /** Largest page returned, whatever the caller asks for (the port allows 1..1000). */
  public static final int MAX_PAGE_SIZE = 1000;

  /**
   * Custom field values of a page are read by id range when the range is at most this many times
   * the page's size, otherwise id by id.
   */
  static final int RANGE_SPREAD = 40;

  private final SandboxStore store;

  public SqlRiskSource(SandboxStore store) {
    this.store = Objects.requireNonNull(store, "store");
  }

  @Override
  public RiskRecordPage page(
      String viewerKey, String projectKey, RiskFieldMapping mapping, int startAt, int maxResults) {
    RiskSource.checkPageArguments(projectKey, mapping, startAt, maxResults);
    int limit = Math.min(maxResults, MAX_PAGE_SIZE);
    return store.inTransaction(c -> page(c, viewerKey, projectKey, mapping, startAt, limit));
  }

  private RiskRecordPage page(
      Connection c,
      String viewerKey,
      String projectKey,
      RiskFieldMapping mapping,
      int startAt,
      int limit)
      throws SQLException {
    boolean system = viewerKey == null;
    Project project = project(c, projectKey);
    if (project == null || (!system && !userExists(c, viewerKey))) {
      return new RiskRecordPage(List.of(), startAt, 0, 0);
    }
    List<String> types = riskTypeIds(mapping);
    if (types.isEmpty()) {
      return new RiskRecordPage(List.of(), startAt, 0, 0);
    }
    // One designated type (the usual case) is an equality, so that the index (project_id,
    // issue_type_id, issue_number) yields the rows in order and OFFSET skips index entries only;
    // ordering by anything more (issue_key, id) would read and sort every risk of the project on
    // every page (seconds per register walk at 1,000,000 issues). Index order is deterministic.
    String typeIn =
        types.size() == 1
            ? " AND issue_type_id = ?"
            : " AND issue_type_id IN (" + Sql.marks(types.size()) + ")";
    boolean visible =
        system || ProjectAccess.holds(c, viewerKey, project.id(), ProjectAccess.BROWSE);
    if (!visible) {
      return new RiskRecordPage(List.of(), startAt, 0, count(c, project, typeIn, types));
    }
    List<Row> rows = new ArrayList<>();
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT id, issue_key, summary, status_category, assignee_key, reporter_key, due_date"
                + " FROM issue WHERE project_id = ?"
                + typeIn
                + (types.size() == 1
                    ? " ORDER BY issue_number"
                    : " ORDER BY issue_number, issue_key")
                + " LIMIT ? OFFSET ?")) {
      ps.setLong(1, project.id());
      int i = bindAll(ps, 2, types);
      ps.setInt(i++, limit);
      ps.setInt(i, startAt);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          rows.add(
              new Row(
                  rs.getLong("id"),
                  rs.getString("issue_key"),
                  rs.getString("summary"),
                  rs.getString("status_category"),
                  rs.getString("assignee_key"),
                  rs.getString("reporter_key"),
                  Sql.date(rs, "due_date")));
        }
      }
    }
    // A page that is not full is the last one: its end is the total, no count needed (the last
    // page of every register walk, and the whole walk of a register smaller than a page).
    int total =
        rows.size() < limit && (!rows.isEmpty() || startAt == 0)
            ? startAt + rows.size()
            : count(c, project, typeIn, types);
    List<RawRiskRecord> records = records(c, project, rows, mapping, types, viewerKey, true);
    return new RiskRecordPage(records, startAt, total, 0);
  }

  /**
   * The records of {@code issueKeys} by key: one indexed look-up per key (the unique key index),
   * the page's field values and links, nothing else of the project. The same visibility as {@link
   * #page}: none when the viewer may not browse the project.
   */
  @Override
  public List<RawRiskRecord> records(
      String viewerKey, String projectKey, RiskFieldMapping mapping, List<String> issueKeys) {
    Objects.requireNonNull(projectKey, "projectKey");
    Objects.requireNonNull(mapping, "mapping");
    if (issueKeys.isEmpty()) {
      return List.of();
    }
    if (issueKeys.size() > MAX_PAGE_SIZE) {
      throw new IllegalArgumentException("at most " + MAX_PAGE_SIZE + " keys: " + issueKeys.size());
    }
    return store.inTransaction(c -> records(c, viewerKey, projectKey, mapping, issueKeys));
  }

  private List<RawRiskRecord> records(
      Connection c,
      String viewerKey,
      String projectKey,
      RiskFieldMapping mapping,
      List<String> issueKeys)
      throws SQLException {
    boolean system = viewerKey == null;
    Project project = project(c, projectKey);
    if (project == null || (!system && !userExists(c, viewerKey))) {
      return List.of();
    }
    List<String> types = riskTypeIds(mapping);
    if (types.isEmpty()
        || !(system || ProjectAccess.holds(c, viewerKey, project.id(), ProjectAccess.BROWSE))) {
      return List.of();
    }
    List<String> keys = issueKeys.stream().distinct().toList();
    List<Row> rows = new ArrayList<>(keys.size());
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT id, issue_key, summary, status_category, assignee_key, reporter_key, due_date"
                + " FROM issue WHERE issue_key IN ("
                + Sql.marks(keys.size())
                + ") AND project_id = ? AND issue_type_id IN ("
                + Sql.marks(types.size())
                + ")")) {
      int i = bindAll(ps, 1, keys);
      ps.setLong(i++, project.id());
      bindAll(ps, i, types);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          rows.add(
              new Row(
                  rs.getLong("id"),
                  rs.getString("issue_key"),
                  rs.getString("summary"),
                  rs.getString("status_category"),
                  rs.getString("assignee_key"),
                  rs.getString("reporter_key"),
                  Sql.date(rs, "due_date")));
        }
      }
    }
    return records(c, project, rows, mapping, types, viewerKey, false);
  }

  /** The records of {@code rows}: their mapped field values and (for a viewer) mitigation keys. */
  private static List<RawRiskRecord> records(
      Connection c,
      Project project,
      List<Row> rows,
      RiskFieldMapping mapping,
      List<String> types,
      String viewerKey,
      boolean ranges)
      throws SQLException {
    boolean system = viewerKey == null;
    Set<String> fieldIds = mapping.fieldIds();
    Map<Long, Map<String, RawValue>> values = customValues(c, rows, fieldIds, ranges);
    // As the port says: a system context has no viewer to read links as, so no mitigation keys.
    Map<String, List<String>> mitigations =
        system ? Map.of() : mitigations(c, rows.stream().map(Row::key).toList(), types, viewerKey);
    List<RawRiskRecord> records = new ArrayList<>(rows.size());
    for (Row row : rows) {
      Map<String, RawValue> fields = new LinkedHashMap<>();
      putSystem(fields, fieldIds, ASSIGNEE, row.assignee() == null ? null : user(row.assignee()));
      putSystem(fields, fieldIds, REPORTER, row.reporter() == null ? null : user(row.reporter()));
      putSystem(
          fields, fieldIds, DUE_DATE, row.dueDate() == null ? null : RawValue.date(row.dueDate()));
      fields.putAll(values.getOrDefault(row.id(), Map.of()));
      records.add(
          new RawRiskRecord(
              row.key(),
              project.key(),
              row.summary(),
              row.statusCategory(),
              fields,
              mitigations.getOrDefault(row.key(), List.of())));
    }
    return records;
  }

  private record Project(long id, String key) {}

  private static int count(Connection c, Project project, String typeIn, List<String> types)
      throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement("SELECT COUNT(*) FROM issue WHERE project_id = ?" + typeIn)) {
      ps.setLong(1, project.id());
      bindAll(ps, 2, types);
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        return rs.getInt(1);
      }
    }
  }

  private record Row(
      long id,
      String key,
      String summary,
      String statusCategory,
      String assignee,
      String reporter,
      LocalDate dueDate) {}

  private static Project project(Connection c, String key) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement("SELECT id, project_key FROM project WHERE UPPER(project_key) = ?")) {
      ps.setString(1, key.strip().toUpperCase());
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? new Project(rs.getLong(1), rs.getString(2)) : null;
      }
    }
  }

  private static boolean userExists(Connection c, String key) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM app_user WHERE user_key = ?")) {
      ps.setString(1, key);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next();
      }
    }
  }

  private static List<String> riskTypeIds(RiskFieldMapping mapping) {
    return mapping.riskIssueTypeIds().stream().sorted().toList();
  }

  /**
   * The mapped custom field values of {@code rows}; {@code ranges}: whether a page of neighbouring
   * ids may be read as an id range (a page in issue order; a page by key, sorted by score, lies
   * scattered over the project and is read id by id).
   */
  private static Map<Long, Map<String, RawValue>> customValues(
      Connection c, List<Row> rows, Set<String> fieldIds, boolean ranges) throws SQLException {
    Map<Long, Map<String, RawValue>> values = new HashMap<>();
    List<String> custom = fieldIds.stream().filter(f -> !SystemFields.isSystemField(f)).toList();
    if (rows.isEmpty() || custom.isEmpty()) {
      return values;
    }
    // H2 looks each id of an IN list (or = ANY array) up in the primary key, but then re-checks
    // the list linearly on every row it reads: 200 ids x ~15 values per risk, per page. A project's
    // issues have neighbouring ids (demo data, and mostly imports too), so the page's id range is
    // read instead and filtered here; when the ids lie far apart, the array lookup is used. The
    // page's issues hold few unmapped fields, so the mapped ones are picked here too.
    Set<Long> ids = new HashSet<>();
    long min = Long.MAX_VALUE;
    long max = Long.MIN_VALUE;
    for (Row row : rows) {
      ids.add(row.id());
      min = Math.min(min, row.id());
      max = Math.max(max, row.id());
    }
    boolean range = ranges && max - min < (long) RANGE_SPREAD * rows.size();
    Map<String, String> types = fieldTypes(c, custom);
    // issue_field_value alone: joined with custom_field, H2 plans from the small table and reads
    // every value of each field.
    // Scattered ids are joined from an array: with "issue_id = ANY(?)" H2 looked each id up in
    // the index but then tested every row read against the whole array again (two fifths of the
    // query's CPU for a page of 50 by score); the join tests only its own id.
    try (PreparedStatement ps =
        c.prepareStatement(
            range
                ? "SELECT issue_id, field_id, text_value, number_value, date_value,"
                    + " option_position FROM issue_field_value WHERE issue_id >= ? AND issue_id <= ?"
                : "SELECT v.issue_id, v.field_id, v.text_value, v.number_value, v.date_value,"
                    + " v.option_position FROM UNNEST(CAST(? AS BIGINT ARRAY)) u(id) JOIN"
                    + " issue_field_value v ON v.issue_id = u.id")) {
      if (range) {
        ps.setLong(1, min);
        ps.setLong(2, max);
      } else {
        ps.setObject(1, ids.toArray(Long[]::new));
      }
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          String type = types.get(rs.getString("field_id"));
          if (type == null || !ids.contains(rs.getLong("issue_id"))) {
            continue;
          }
          RawValue value = value(type, rs);
          if (value != null) {
            values
                .computeIfAbsent(rs.getLong("issue_id"), k -> new HashMap<>())
                .put(rs.getString("field_id"), value);
          }
        }
      }
    }
    return values;
  }

  /** The read type of a select field whose option order is not known. */
  static final String UNORDERED_OPTION = "OPTION_UNORDERED";

  /** The type of each of {@code fieldIds} that exists, by id. */
  private static Map<String, String> fieldTypes(Connection c, List<String> fieldIds)
      throws SQLException {
    Map<String, String> types = new HashMap<>();
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT id, field_type, options_ordered FROM custom_field WHERE id IN ("
                + Sql.marks(fieldIds.size())
                + ")")) {
      bindAll(ps, 1, fieldIds);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          String type = rs.getString(2);
          // An imported select field whose configured order was never given: positions are only
          // the order the import met the options in, so its values carry no position.
          types.put(
              rs.getString(1),
              "OPTION".equals(type) && !rs.getBoolean(3) ? UNORDERED_OPTION : type);
        }
      }
    }
    return types;
  }

  /**
   * The raw value of one {@code issue_field_value} row of a field of {@code fieldType}; null when
   * the typed column is empty.
   */
  static RawValue value(String fieldType, ResultSet rs) throws SQLException {
    String text = rs.getString("text_value");
    switch (fieldType) {
      case UNORDERED_OPTION:
        return text == null ? null : RawValue.unorderedOption(text);
      case "OPTION":
        int position = rs.getInt("option_position");
        return rs.wasNull() || position < 1 || text == null
            ? null
            : RawValue.option(position, text);
      case "NUMBER":
        BigDecimal number = rs.getBigDecimal("number_value");
        return number == null ? null : RawValue.number(plain(number));
      case "DATE":
        LocalDate date = Sql.date(rs, "date_value");
        return date == null ? null : RawValue.date(date);
      case "USER":
        return text == null ? null : RawValue.user(text);
      default:
        return text == null ? null : RawValue.text(text);
    }
  }

  /**
   * The mitigation keys of the risks {@code riskKeys} as {@link #records} reads them for {@code
   * viewerKey} (none for the system, null), by risk key: for {@link SqlAssessedRiskIndex}, which
   * keeps the rest of each record itself.
   */
  static Map<String, List<String>> mitigationKeys(
      Connection c, List<String> riskKeys, RiskFieldMapping mapping, String viewerKey)
      throws SQLException {
    List<String> types = riskTypeIds(mapping);
    if (viewerKey == null || types.isEmpty()) {
      return Map.of();
    }
    return mitigations(c, riskKeys, types, viewerKey);
  }

  private static Map<String, List<String>> mitigations(
      Connection c, List<String> rows, List<String> riskTypes, String viewerKey)
      throws SQLException {
    Map<String, Set<String>> found = new HashMap<>();
    if (rows.isEmpty()) {
      return Map.of();
    }
    // The viewer's browsable projects once per page (tens of projects), instead of the permission
    // sub-queries once per linked issue.
    Set<Long> browsable = browsableProjectIds(c, viewerKey);
    // Two statements, not one UNION ALL: H2 keeps no parsed UNION in a connection's statement
    // cache, so the union was parsed and planned again on every page (a fifth of its CPU).
    List<LinkRow> links = new ArrayList<>();
    linkedIssues(c, "source_key", "destination_key", rows, riskTypes, links);
    linkedIssues(c, "destination_key", "source_key", rows, riskTypes, links);
    links.sort(java.util.Comparator.comparingLong(LinkRow::id));
    for (LinkRow link : links) {
      if (browsable.contains(link.otherProjectId())) {
        found.computeIfAbsent(link.riskKey(), k -> new LinkedHashSet<>()).add(link.otherKey());
      }
    }
    Map<String, List<String>> result = new HashMap<>();
    found.forEach((k, v) -> result.put(k, List.copyOf(v)));
    return result;
  }

  /** One link of a risk to a non-risk issue, with the other issue's project. */
  private record LinkRow(long id, String riskKey, String otherKey, long otherProjectId) {}

  /**
   * The links whose {@code riskEnd} column names one of {@code rows}' keys and whose other end is
   * an issue of no risk type, added to {@code into}. The two column names are constants of this
   * class, never input.
   */
  private static void linkedIssues(
      Connection c,
      String riskEnd,
      String otherEnd,
      List<String> rows,
      List<String> riskTypes,
      List<LinkRow> into)
      throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT l.id, l."
                + riskEnd
                + ", o.issue_key, o.project_id FROM issue_link l JOIN issue o ON o.issue_key = l."
                + otherEnd
                + " WHERE l."
                + riskEnd
                + " IN ("
                + Sql.marks(rows.size())
                + ") AND o.issue_type_id NOT IN ("
                + Sql.marks(riskTypes.size())
                + ")")) {
      int i = 1;
      for (String key : rows) {
        ps.setString(i++, key);
      }
      bindAll(ps, i, riskTypes);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          into.add(new LinkRow(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getLong(4)));
        }
      }
    }
  }

  static Set<Long> browsableProjectIds(Connection c, String viewerKey) throws SQLException {
    Set<Long> ids = new HashSet<>();
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT p.id FROM project p WHERE "
                + ProjectAccess.condition("p", ProjectAccess.BROWSE))) {
      ProjectAccess.bind(ps, 1, viewerKey);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          ids.add(rs.getLong(1));
        }
      }
    }
    return ids;
  }

  private static void putSystem(
      Map<String, RawValue> fields, Set<String> wanted, String id, RawValue value) {
    if (value != null && wanted.contains(id)) {
      fields.put(id, value);
    }
  }

  /** Without the column's trailing zeros, never in exponent form ({@code 1500}, not 1.5E+3). */
  private static BigDecimal plain(BigDecimal n) {
    BigDecimal stripped = n.stripTrailingZeros();
    return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
  }

  private static RawValue user(String key) {
    return RawValue.user(key);
  }

  private static int bindAll(PreparedStatement ps, int index, List<String> values)
      throws SQLException {
    int i = index;
    for (String v : values) {
      ps.setString(i++, v);
    }
    return i;
  }
}
