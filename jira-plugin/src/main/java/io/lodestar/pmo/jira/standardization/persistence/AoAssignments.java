package io.lodestar.pmo.jira.standardization.persistence;

import com.atlassian.activeobjects.external.ActiveObjects;
import io.lodestar.pmo.app.shared.persistence.StoredDataException;
import io.lodestar.pmo.app.standardization.port.AssignmentStore;
import io.lodestar.pmo.engine.standardization.template.TemplateAssignment;
import io.lodestar.pmo.jira.shared.persistence.AoTransactions;
import io.lodestar.pmo.jira.shared.persistence.ClusterWriteLocks;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import net.java.ao.DBParam;
import net.java.ao.Query;

/**
 * {@link AssignmentStore} on {@link AssignmentEntity}, one row per project. A save takes the
 * project's cluster lock, so two nodes assigning the same project at once cannot both insert.
 */
public final class AoAssignments implements AssignmentStore {

  private final ActiveObjects ao;
  private final AoTransactions transactions;
  private final ClusterWriteLocks locks;

  public AoAssignments(ActiveObjects ao, AoTransactions transactions, ClusterWriteLocks locks) {
    this.ao = Objects.requireNonNull(ao, "ao");
    this.transactions = Objects.requireNonNull(transactions, "transactions");
    this.locks = Objects.requireNonNull(locks, "locks");
  }

  @Override
  public List<TemplateAssignment> all() {
    List<TemplateAssignment> all = new ArrayList<>();
    for (AssignmentEntity row :
        ao.find(
            AssignmentEntity.class, Query.select().order(AssignmentEntity.PROJECT_KEY + " ASC"))) {
      all.add(assignment(row));
    }
    return all;
  }

  @Override
  public Optional<TemplateAssignment> byProject(String projectKey) {
    if (projectKey == null) {
      return Optional.empty();
    }
    return row(projectKey).map(AoAssignments::assignment);
  }

  @Override
  public void save(TemplateAssignment a) {
    Objects.requireNonNull(a, "assignment");
    transactions.inTransaction(
        () -> {
          locks.lockUntilTransactionEnds("std-assignment." + a.projectKey());
          Optional<AssignmentEntity> found = row(a.projectKey());
          if (found.isEmpty()) {
            ao.create(
                AssignmentEntity.class,
                new DBParam(AssignmentEntity.PROJECT_KEY, a.projectKey()),
                new DBParam(AssignmentEntity.TEMPLATE_ID, a.templateId()),
                new DBParam(AssignmentEntity.TEMPLATE_VERSION, a.version()));
          } else {
            AssignmentEntity row = found.get();
            row.setTemplateId(a.templateId());
            row.setTemplateVersion(a.version());
            row.save();
          }
          return null;
        });
  }

  private Optional<AssignmentEntity> row(String projectKey) {
    AssignmentEntity[] rows =
        ao.find(AssignmentEntity.class, AssignmentEntity.PROJECT_KEY + " = ?", projectKey);
    return rows.length == 0 ? Optional.empty() : Optional.of(rows[0]);
  }

  private static TemplateAssignment assignment(AssignmentEntity row) {
    try {
      return new TemplateAssignment(
          row.getProjectKey(), row.getTemplateId(), row.getTemplateVersion());
    } catch (RuntimeException e) {
      throw new StoredDataException(
          AssignmentEntity.TABLE + " row " + row.getID() + ": " + e.getMessage(), e);
    }
  }
}
