package io.lodestar.pmo.jira.portfolio.persistence;

import com.atlassian.activeobjects.external.ActiveObjects;
import io.lodestar.pmo.app.portfolio.port.ProjectProfile;
import io.lodestar.pmo.app.portfolio.port.ProjectProfileStore;
import io.lodestar.pmo.app.shared.persistence.StoredDataException;
import io.lodestar.pmo.engine.shared.StoreResult;
import io.lodestar.pmo.jira.shared.persistence.AoTransactions;
import io.lodestar.pmo.jira.shared.persistence.ClusterWriteLocks;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import net.java.ao.DBParam;
import net.java.ao.Query;

/**
 * {@link ProjectProfileStore} on {@link ProjectProfileEntity}: one row per project key. A save
 * takes the cluster lock {@code lodestar.internal.lock.project-profile.<hex key>} until the
 * outermost transaction ends and checks the version inside it, so two writers holding the same
 * version cannot both win. The baseline's budget and date columns of the table are not part of the
 * port yet and are left as stored. {@link #findAll} is one IN query of at most {@value #MAX_KEYS}
 * keys.
 */
public final class AoProjectProfileStore implements ProjectProfileStore {

  static final int MAX_KEYS = 500;

  private final ActiveObjects ao;
  private final AoTransactions transactions;
  private final ClusterWriteLocks locks;

  public AoProjectProfileStore(
      ActiveObjects ao, AoTransactions transactions, ClusterWriteLocks locks) {
    this.ao = Objects.requireNonNull(ao, "ao");
    this.transactions = Objects.requireNonNull(transactions, "transactions");
    this.locks = Objects.requireNonNull(locks, "locks");
  }

  static String lockSuffix(String projectKey) {
    StringBuilder hex = new StringBuilder("project-profile.");
    for (byte b : projectKey.getBytes(StandardCharsets.UTF_8)) {
      hex.append(String.format("%02x", b));
    }
    return hex.length() > 200 ? hex.substring(0, 200) : hex.toString();
  }

  @Override
  public Optional<ProjectProfile> find(String projectKey) {
    return projectKey == null ? Optional.empty() : row(projectKey).map(AoProjectProfileStore::read);
  }

  @Override
  public Map<String, ProjectProfile> findAll(Collection<String> projectKeys) {
    List<String> keys = List.copyOf(projectKeys);
    if (keys.size() > MAX_KEYS) {
      throw new IllegalArgumentException("at most " + MAX_KEYS + " projects at once");
    }
    Map<String, ProjectProfile> found = new LinkedHashMap<>();
    if (keys.isEmpty()) {
      return found;
    }
    ProjectProfileEntity[] rows =
        ao.find(
            ProjectProfileEntity.class,
            Query.select()
                .where(
                    ProjectProfileEntity.PROJECT_KEY
                        + " IN ("
                        + String.join(", ", Collections.nCopies(keys.size(), "?"))
                        + ")",
                    keys.toArray()));
    for (ProjectProfileEntity row : rows) {
      found.put(row.getProjectKey(), read(row));
    }
    return found;
  }

  @Override
  public StoreResult<ProjectProfile> save(ProjectProfile profile) {
    Objects.requireNonNull(profile, "profile");
    return transactions.inTransaction(
        () -> {
          locks.lockUntilTransactionEnds(lockSuffix(profile.projectKey()));
          Optional<ProjectProfileEntity> found = row(profile.projectKey());
          long stored = found.map(ProjectProfileEntity::getVersion).orElse(0L);
          if (stored != profile.version()) {
            return StoreResult.<ProjectProfile>conflict(profile.version(), stored);
          }
          ProjectProfile next = profile.withVersion(stored + 1);
          if (found.isEmpty()) {
            ao.create(
                ProjectProfileEntity.class,
                new DBParam(ProjectProfileEntity.PROJECT_KEY, next.projectKey()),
                new DBParam(ProjectProfileEntity.SPONSOR_KEY, next.sponsorKey()),
                new DBParam(ProjectProfileEntity.MANAGER_KEY, next.managerKey()),
                new DBParam(ProjectProfileEntity.BUDGET, text(next.budget())),
                new DBParam(ProjectProfileEntity.CURRENCY, next.currency()),
                new DBParam(ProjectProfileEntity.START_DATE, text(next.start())),
                new DBParam(ProjectProfileEntity.END_DATE, text(next.end())),
                new DBParam(ProjectProfileEntity.PHASE, next.phase()),
                new DBParam(ProjectProfileEntity.BASELINE_START, text(next.baselineStart())),
                new DBParam(ProjectProfileEntity.BASELINE_END, text(next.baselineEnd())),
                new DBParam(ProjectProfileEntity.VERSION, next.version()));
          } else {
            ProjectProfileEntity row = found.get();
            row.setSponsorKey(next.sponsorKey());
            row.setManagerKey(next.managerKey());
            row.setBudget(text(next.budget()));
            row.setCurrency(next.currency());
            row.setStartDate(text(next.start()));
            row.setEndDate(text(next.end()));
            row.setPhase(next.phase());
            row.setBaselineStart(text(next.baselineStart()));
            row.setBaselineEnd(text(next.baselineEnd()));
            row.setVersion(next.version());
            row.save();
          }
          return StoreResult.stored(next);
        });
  }

  private Optional<ProjectProfileEntity> row(String projectKey) {
    ProjectProfileEntity[] rows =
        ao.find(
            ProjectProfileEntity.class,
            Query.select().where(ProjectProfileEntity.PROJECT_KEY + " = ?", projectKey).limit(2));
    if (rows.length > 1) {
      throw new StoredDataException(
          ProjectProfileEntity.TABLE + ": two rows for project " + projectKey);
    }
    return rows.length == 0 ? Optional.empty() : Optional.of(rows[0]);
  }

  private static String text(Object value) {
    return value == null
        ? null
        : value instanceof BigDecimal d ? d.toPlainString() : value.toString();
  }

  private static LocalDate date(String text) {
    return text == null ? null : LocalDate.parse(text);
  }

  private static ProjectProfile read(ProjectProfileEntity row) {
    try {
      return new ProjectProfile(
          row.getProjectKey(),
          row.getSponsorKey(),
          row.getManagerKey(),
          row.getBudget() == null ? null : new BigDecimal(row.getBudget()),
          row.getCurrency(),
          date(row.getStartDate()),
          date(row.getEndDate()),
          row.getPhase(),
          date(row.getBaselineStart()),
          date(row.getBaselineEnd()),
          row.getVersion());
    } catch (RuntimeException e) {
      throw new StoredDataException(
          ProjectProfileEntity.TABLE + " row " + row.getID() + ": " + e.getMessage(), e);
    }
  }
}
