package io.lodestar.pmo.jira.standardization.persistence;

import com.atlassian.activeobjects.external.ActiveObjects;
import io.lodestar.pmo.app.shared.persistence.StoredDataException;
import io.lodestar.pmo.app.standardization.port.ScanRecords;
import io.lodestar.pmo.engine.standardization.compliance.ComplianceResult;
import io.lodestar.pmo.engine.standardization.compliance.ComplianceScore;
import io.lodestar.pmo.engine.standardization.compliance.RuleResult;
import io.lodestar.pmo.engine.standardization.compliance.ScanPlan;
import io.lodestar.pmo.engine.standardization.template.TemplateAssignment;
import io.lodestar.pmo.jira.shared.persistence.AoTransactions;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Date;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import net.java.ao.DBParam;
import net.java.ao.Query;

/**
 * {@link ScanRecords} on {@link ScanEntity} and {@link ScanResultEntity}. Saving a plan or a (scan,
 * project) result replaces the stored one; each save is one transaction, so a scan interrupted
 * between projects resumes from the stored progress. Reads are bounded: the history by {@link
 * ScanRecords#MAX_HISTORY}, the latest results by the {@code LATEST} flag (one row per project).
 */
public final class AoScanRecords implements ScanRecords {

  private final ActiveObjects ao;
  private final AoTransactions transactions;

  public AoScanRecords(ActiveObjects ao, AoTransactions transactions) {
    this.ao = Objects.requireNonNull(ao, "ao");
    this.transactions = Objects.requireNonNull(transactions, "transactions");
  }

  @Override
  public void start(ScanPlan plan, String startedBy, Instant at) {
    Objects.requireNonNull(plan, "plan");
    transactions.inTransaction(
        () -> {
          if (scan(plan.scanId()).isPresent()) {
            throw new IllegalArgumentException("scan " + plan.scanId() + " exists");
          }
          return ao.create(
              ScanEntity.class,
              new DBParam(ScanEntity.SCAN_ID, plan.scanId()),
              new DBParam(ScanEntity.STARTED_BY, startedBy),
              new DBParam(ScanEntity.STARTED_AT, Date.from(at)),
              new DBParam(ScanEntity.PROJECTS, lines(plan.projects())),
              new DBParam(ScanEntity.DONE, plan.done()),
              new DBParam(ScanEntity.SKIPPED, plan.skipped()),
              new DBParam(ScanEntity.STATE, plan.state().name()),
              new DBParam(ScanEntity.CANCEL_REQUESTED, false));
        });
  }

  @Override
  public void saveProgress(ScanPlan plan) {
    Objects.requireNonNull(plan, "plan");
    transactions.inTransaction(
        () -> {
          ScanEntity row =
              scan(plan.scanId())
                  .orElseThrow(() -> new IllegalArgumentException("no scan " + plan.scanId()));
          row.setDone(plan.done());
          row.setSkipped(plan.skipped());
          row.setState(plan.state().name());
          row.save();
          return null;
        });
  }

  @Override
  public void saveResult(String scanId, ComplianceResult r) {
    Objects.requireNonNull(scanId, "scanId");
    Objects.requireNonNull(r, "result");
    String rules = RuleResultsText.write(r.rules());
    transactions.inTransaction(
        () -> {
          String key = scanId + "|" + r.projectKey();
          ScanResultEntity[] same =
              ao.find(ScanResultEntity.class, ScanResultEntity.RESULT_KEY + " = ?", key);
          if (same.length > 0) {
            ao.delete(same);
          }
          ScanResultEntity[] latest =
              ao.find(
                  ScanResultEntity.class,
                  Query.select()
                      .where(
                          ScanResultEntity.PROJECT_KEY
                              + " = ? AND "
                              + ScanResultEntity.LATEST
                              + " = ?",
                          r.projectKey(),
                          true));
          boolean newest = true;
          for (ScanResultEntity old : latest) {
            if (old.getEvaluatedAt().toInstant().isAfter(r.evaluatedAt())) {
              newest = false;
            }
          }
          if (newest) {
            for (ScanResultEntity old : latest) {
              old.setLatest(false);
              old.save();
            }
          }
          return ao.create(
              ScanResultEntity.class,
              new DBParam(ScanResultEntity.RESULT_KEY, key),
              new DBParam(ScanResultEntity.SCAN_ID, scanId),
              new DBParam(ScanResultEntity.PROJECT_KEY, r.projectKey()),
              new DBParam(ScanResultEntity.TEMPLATE_ID, r.templateId()),
              new DBParam(ScanResultEntity.TEMPLATE_VERSION, r.templateVersion()),
              new DBParam(ScanResultEntity.EVALUATED_AT, Date.from(r.evaluatedAt())),
              new DBParam(ScanResultEntity.COMPLIES, r.complies()),
              new DBParam(ScanResultEntity.LATEST, newest),
              new DBParam(ScanResultEntity.RULES, rules));
        });
  }

  @Override
  public Optional<ScanPlan> plan(String scanId) {
    if (scanId == null) {
      return Optional.empty();
    }
    return scan(scanId).map(AoScanRecords::toPlan);
  }

  @Override
  public Optional<String> latestScanId() {
    ScanEntity[] rows =
        ao.find(
            ScanEntity.class,
            Query.select()
                .order(ScanEntity.STARTED_AT + " DESC, " + ScanEntity.SCAN_ID + " ASC")
                .limit(1));
    return rows.length == 0 ? Optional.empty() : Optional.of(rows[0].getScanId());
  }

  @Override
  public void requestCancel(String scanId) {
    Objects.requireNonNull(scanId, "scanId");
    transactions.inTransaction(
        () -> {
          scan(scanId)
              .ifPresent(
                  row -> {
                    row.setCancelRequested(true);
                    row.save();
                  });
          return null;
        });
  }

  @Override
  public boolean cancelRequested(String scanId) {
    return scanId != null && scan(scanId).map(ScanEntity::isCancelRequested).orElse(false);
  }

  @Override
  public List<ComplianceResult> history(String projectKey) {
    if (projectKey == null) {
      return List.of();
    }
    List<ComplianceResult> out = new ArrayList<>();
    for (ScanResultEntity row :
        ao.find(
            ScanResultEntity.class,
            Query.select()
                .where(ScanResultEntity.PROJECT_KEY + " = ?", projectKey)
                .order(ScanResultEntity.EVALUATED_AT + " DESC, " + "ID DESC")
                .limit(MAX_HISTORY))) {
      out.add(result(row));
    }
    Collections.reverse(out);
    return out;
  }

  @Override
  public List<ComplianceResult> latestResults() {
    List<ComplianceResult> out = new ArrayList<>();
    for (ScanResultEntity row :
        ao.find(
            ScanResultEntity.class,
            Query.select()
                .where(ScanResultEntity.LATEST + " = ?", true)
                .order(ScanResultEntity.PROJECT_KEY + " ASC"))) {
      out.add(result(row));
    }
    return out;
  }

  /** One indexed read: the project's row flagged {@code LATEST}. */
  @Override
  public Optional<ComplianceResult> latestResult(String projectKey) {
    Objects.requireNonNull(projectKey, "projectKey");
    ScanResultEntity[] rows =
        ao.find(
            ScanResultEntity.class,
            Query.select()
                .where(
                    ScanResultEntity.PROJECT_KEY + " = ? AND " + ScanResultEntity.LATEST + " = ?",
                    projectKey,
                    true)
                .limit(1));
    return rows.length == 0 ? Optional.empty() : Optional.of(result(rows[0]));
  }

  private Optional<ScanEntity> scan(String scanId) {
    ScanEntity[] rows = ao.find(ScanEntity.class, ScanEntity.SCAN_ID + " = ?", scanId);
    return rows.length == 0 ? Optional.empty() : Optional.of(rows[0]);
  }

  private static ScanPlan toPlan(ScanEntity row) {
    try {
      return new ScanPlan(
          row.getScanId(),
          assignments(row.getProjects()),
          row.getDone(),
          ScanPlan.State.valueOf(row.getState()),
          row.getSkipped());
    } catch (RuntimeException e) {
      throw new StoredDataException(
          ScanEntity.TABLE + " row " + row.getID() + ": " + e.getMessage(), e);
    }
  }

  private static ComplianceResult result(ScanResultEntity row) {
    try {
      List<RuleResult> rules = RuleResultsText.read(row.getRules());
      return new ComplianceResult(
          row.getProjectKey(),
          row.getTemplateId(),
          row.getTemplateVersion(),
          row.getEvaluatedAt().toInstant(),
          rules,
          ComplianceScore.of(rules),
          row.isComplies());
    } catch (RuntimeException e) {
      throw new StoredDataException(
          ScanResultEntity.TABLE + " row " + row.getID() + ": " + e.getMessage(), e);
    }
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
    if (text == null) {
      return out; // an empty text is stored as NULL on Oracle
    }
    for (String line : text.split("\n")) {
      if (line.isBlank()) {
        continue;
      }
      String[] parts = line.split("\\|");
      if (parts.length != 3) {
        throw new StoredDataException("malformed planned project: " + line);
      }
      out.add(new TemplateAssignment(parts[0], parts[1], Integer.parseInt(parts[2])));
    }
    return out;
  }
}
