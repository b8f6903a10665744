package io.lodestar.pmo.sandbox.standardization;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.lodestar.pmo.app.standardization.port.ScanRecords;
import io.lodestar.pmo.engine.standardization.Severity;
import io.lodestar.pmo.engine.standardization.compliance.ComplianceResult;
import io.lodestar.pmo.engine.standardization.compliance.ComplianceScore;
import io.lodestar.pmo.engine.standardization.compliance.RuleResult;
import io.lodestar.pmo.engine.standardization.compliance.RuleStatus;
import io.lodestar.pmo.engine.standardization.compliance.ScanPlan;
import io.lodestar.pmo.engine.standardization.template.RuleKind;
import io.lodestar.pmo.engine.standardization.template.TemplateAssignment;
import io.lodestar.pmo.sandbox.shared.store.SandboxStore;
import io.lodestar.pmo.sandbox.shared.store.Sql;
import io.lodestar.pmo.sandbox.shared.store.StoreException;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Scans and results on tables {@code std_scan} and {@code std_result} (schema V14). A plan's
 * projects are kept as {@code key|template|version} lines; a result's rule results as JSON (their
 * message arguments as text). Saving a plan or a (scan, project) result replaces the stored one.
 */
public final class SqlScanRecords implements ScanRecords {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final TypeReference<List<Map<String, Object>>> RULES = new TypeReference<>() {};

  private final SandboxStore store;

  public SqlScanRecords(SandboxStore store) {
    this.store = Objects.requireNonNull(store, "store");
  }

  @Override
  public void start(ScanPlan plan, String startedBy, Instant at) {
    store.inTransaction(
        c -> {
          try (PreparedStatement ps =
              c.prepareStatement(
                  "INSERT INTO std_scan (scan_id, started_by, started_at, projects, done, skipped,"
                      + " state) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            ps.setString(1, plan.scanId());
            ps.setString(2, startedBy);
            Sql.instant(ps, 3, at);
            ps.setString(4, lines(plan.projects()));
            ps.setInt(5, plan.done());
            ps.setInt(6, plan.skipped());
            ps.setString(7, plan.state().name());
            return ps.executeUpdate();
          }
        });
  }

  @Override
  public void saveProgress(ScanPlan plan) {
    store.inTransaction(
        c -> {
          try (PreparedStatement ps =
              c.prepareStatement(
                  "UPDATE std_scan SET done = ?, skipped = ?, state = ? WHERE scan_id = ?")) {
            ps.setInt(1, plan.done());
            ps.setInt(2, plan.skipped());
            ps.setString(3, plan.state().name());
            ps.setString(4, plan.scanId());
            return ps.executeUpdate();
          }
        });
  }

  @Override
  public void saveResult(String scanId, ComplianceResult r) {
    store.inTransaction(
        c -> {
          try (PreparedStatement ps =
              c.prepareStatement(
                  "MERGE INTO std_result (scan_id, project_key, template_id, template_version,"
                      + " evaluated_at, complies, rules) KEY (scan_id, project_key) VALUES (?, ?,"
                      + " ?, ?, ?, ?, ?)")) {
            ps.setString(1, scanId);
            ps.setString(2, r.projectKey());
            ps.setString(3, r.templateId());
            ps.setInt(4, r.templateVersion());
            Sql.instant(ps, 5, r.evaluatedAt());
            ps.setBoolean(6, r.complies());
            ps.setString(7, rulesJson(r.rules()));
            return ps.executeUpdate();
          }
        });
  }

  @Override
  public Optional<ScanPlan> plan(String scanId) {
    return store.inTransaction(
        c -> {
          try (PreparedStatement ps =
              c.prepareStatement(
                  "SELECT scan_id, projects, done, skipped, state FROM std_scan WHERE scan_id ="
                      + " ?")) {
            ps.setString(1, scanId);
            try (ResultSet rs = ps.executeQuery()) {
              if (!rs.next()) {
                return Optional.<ScanPlan>empty();
              }
              return Optional.of(
                  new ScanPlan(
                      rs.getString(1),
                      assignments(rs.getString(2)),
                      rs.getInt(3),
                      ScanPlan.State.valueOf(rs.getString(5)),
                      rs.getInt(4)));
            }
          }
        });
  }

  @Override
  public Optional<String> latestScanId() {
    return store.inTransaction(
        c -> {
          try (PreparedStatement ps =
                  c.prepareStatement(
                      "SELECT scan_id FROM std_scan ORDER BY started_at DESC, scan_id FETCH FIRST"
                          + " 1 ROWS ONLY");
              ResultSet rs = ps.executeQuery()) {
            return rs.next() ? Optional.of(rs.getString(1)) : Optional.<String>empty();
          }
        });
  }

  @Override
  public void requestCancel(String scanId) {
    store.inTransaction(
        c -> {
          try (PreparedStatement ps =
              c.prepareStatement("UPDATE std_scan SET cancel_requested = TRUE WHERE scan_id = ?")) {
            ps.setString(1, scanId);
            return ps.executeUpdate();
          }
        });
  }

  @Override
  public boolean cancelRequested(String scanId) {
    return store.inTransaction(
        c -> {
          try (PreparedStatement ps =
              c.prepareStatement("SELECT cancel_requested FROM std_scan WHERE scan_id = ?")) {
            ps.setString(1, scanId);
            try (ResultSet rs = ps.executeQuery()) {
              return rs.next() && rs.getBoolean(1);
            }
          }
        });
  }

  @Override
  public List<ComplianceResult> history(String projectKey) {
    return results(
        "SELECT * FROM (SELECT * FROM std_result WHERE project_key = ? ORDER BY evaluated_at DESC"
            + " FETCH FIRST "
            + MAX_HISTORY
            + " ROWS ONLY) ORDER BY evaluated_at",
        projectKey);
  }

  @Override
  public List<ComplianceResult> latestResults() {
    return results(
        "SELECT r.* FROM std_result r WHERE r.evaluated_at = (SELECT MAX(x.evaluated_at) FROM"
            + " std_result x WHERE x.project_key = r.project_key) ORDER BY r.project_key");
  }

  private List<ComplianceResult> results(String sql, String... params) {
    return store.inTransaction(
        c -> {
          Map<String, ComplianceResult> out = new LinkedHashMap<>();
          try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
              ps.setString(i + 1, params[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
              while (rs.next()) {
                ComplianceResult r = result(rs);
                // two results at the same instant (latestResults): keep one per project and scan
                out.putIfAbsent(r.projectKey() + "|" + rs.getString("scan_id"), r);
              }
            }
          }
          if (params.length == 0) {
            Map<String, ComplianceResult> perProject = new LinkedHashMap<>();
            out.values().forEach(r -> perProject.putIfAbsent(r.projectKey(), r));
            return new ArrayList<>(perProject.values());
          }
          return new ArrayList<>(out.values());
        });
  }

  private static ComplianceResult result(ResultSet rs) throws SQLException {
    List<RuleResult> rules = rules(rs.getString("rules"));
    return new ComplianceResult(
        rs.getString("project_key"),
        rs.getString("template_id"),
        rs.getInt("template_version"),
        Sql.instant(rs, "evaluated_at"),
        rules,
        ComplianceScore.of(rules),
        rs.getBoolean("complies"));
  }

  static String rulesJson(List<RuleResult> rules) {
    List<Map<String, Object>> out = new ArrayList<>();
    for (RuleResult r : rules) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("ruleId", r.ruleId());
      m.put("kind", r.kind().name());
      m.put("severity", r.severity().name());
      m.put("status", r.status().name());
      m.put("messageKey", r.messageKey());
      m.put("args", r.args().stream().map(String::valueOf).toList());
      if (r.count().isPresent()) {
        m.put("count", r.count().getAsLong());
      }
      r.navigatorPath().ifPresent(p -> m.put("navigatorPath", p));
      m.put("remediation", r.remediation());
      out.add(m);
    }
    try {
      return JSON.writeValueAsString(out);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write rule results", e);
    }
  }

  static List<RuleResult> rules(String json) {
    List<Map<String, Object>> list;
    try {
      list = JSON.readValue(json, RULES);
    } catch (JsonProcessingException e) {
      throw new StoreException("unreadable rule results", e);
    }
    List<RuleResult> rules = new ArrayList<>();
    for (Map<String, Object> m : list) {
      Object count = m.get("count");
      rules.add(
          new RuleResult(
              (String) m.get("ruleId"),
              RuleKind.valueOf((String) m.get("kind")),
              Severity.valueOf((String) m.get("severity")),
              RuleStatus.valueOf((String) m.get("status")),
              (String) m.get("messageKey"),
              new ArrayList<Object>((List<?>) m.get("args")),
              count == null ? OptionalLong.empty() : OptionalLong.of(((Number) count).longValue()),
              Optional.ofNullable((String) m.get("navigatorPath")),
              String.valueOf(m.getOrDefault("remediation", ""))));
    }
    return rules;
  }

  private static String lines(List<TemplateAssignment> projects) {
    StringBuilder b = new StringBuilder();
    for (TemplateAssignment a : projects) {
      b.append(a.projectKey()).append('|').append(a.templateId()).append('|');
      b.append(a.version()).append('\n');
    }
    return b.toString();
  }

  private static List<TemplateAssignment> assignments(String text) {
    List<TemplateAssignment> out = new ArrayList<>();
    for (String line : text.split("\n")) {
      if (line.isBlank()) {
        continue;
      }
      String[] parts = line.split("\\|");
      out.add(new TemplateAssignment(parts[0], parts[1], Integer.parseInt(parts[2])));
    }
    return out;
  }
}
