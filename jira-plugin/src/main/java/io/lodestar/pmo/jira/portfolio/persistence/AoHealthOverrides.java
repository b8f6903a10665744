package io.lodestar.pmo.jira.portfolio.persistence;

import com.atlassian.activeobjects.external.ActiveObjects;
import io.lodestar.pmo.app.portfolio.port.HealthOverrideStore;
import io.lodestar.pmo.app.portfolio.port.StoredOverride;
import io.lodestar.pmo.app.shared.persistence.StoredDataException;
import io.lodestar.pmo.engine.health.HealthOverride;
import io.lodestar.pmo.engine.health.Rag;
import io.lodestar.pmo.jira.shared.persistence.AoTransactions;
import io.lodestar.pmo.jira.shared.persistence.ClusterWriteLocks;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
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
 * {@link HealthOverrideStore} on {@link HealthOverrideEntity}, history kept: clearing marks the
 * current rows, nothing is deleted. Writes take the cluster lock {@code
 * lodestar.internal.lock.health-override.<KIND>.<key>} until the outermost transaction ends, so
 * that an add and a clear of the same target on two nodes are serialised and "the latest row not
 * cleared" stays well defined. {@link #current} is one query with one IN list of at most {@value
 * #MAX_TARGETS} keys.
 */
public final class AoHealthOverrides implements HealthOverrideStore {

  /** The most targets {@link #current} reads at once. */
  static final int MAX_TARGETS = 500;

  private final ActiveObjects ao;
  private final AoTransactions transactions;
  private final ClusterWriteLocks locks;

  public AoHealthOverrides(ActiveObjects ao, AoTransactions transactions, ClusterWriteLocks locks) {
    this.ao = Objects.requireNonNull(ao, "ao");
    this.transactions = Objects.requireNonNull(transactions, "transactions");
    this.locks = Objects.requireNonNull(locks, "locks");
  }

  /**
   * Suffix of the lock name of one target's overrides: the key is hex-encoded so that any project
   * or node key gives simple ASCII (what {@link ClusterWriteLocks} accepts).
   */
  static String lockSuffix(String targetKind, String targetKey) {
    StringBuilder hex = new StringBuilder();
    for (byte b : targetKey.getBytes(java.nio.charset.StandardCharsets.UTF_8)) {
      hex.append(String.format("%02x", b));
    }
    String suffix = "health-override." + targetKind + "." + hex;
    return suffix.length() > 200 ? suffix.substring(0, 200) : suffix;
  }

  @Override
  public Map<String, StoredOverride> current(String targetKind, Collection<String> targetKeys) {
    List<String> keys = List.copyOf(targetKeys);
    if (keys.size() > MAX_TARGETS) {
      throw new IllegalArgumentException("at most " + MAX_TARGETS + " targets at once");
    }
    Map<String, StoredOverride> found = new LinkedHashMap<>();
    if (keys.isEmpty()) {
      return found;
    }
    List<Object> parameters = new ArrayList<>(keys.size() + 1);
    parameters.add(targetKind);
    parameters.addAll(keys);
    HealthOverrideEntity[] rows =
        ao.find(
            HealthOverrideEntity.class,
            Query.select()
                .where(
                    HealthOverrideEntity.TARGET_KIND
                        + " = ? AND "
                        + HealthOverrideEntity.CLEARED_AT
                        + " IS NULL AND "
                        + HealthOverrideEntity.TARGET_KEY
                        + " IN ("
                        + String.join(", ", Collections.nCopies(keys.size(), "?"))
                        + ")",
                    parameters.toArray())
                .order("ID ASC"));
    for (HealthOverrideEntity row : rows) { // ascending: the latest wins
      found.put(row.getTargetKey(), toStored(row));
    }
    return found;
  }

  @Override
  public StoredOverride add(String targetKind, String targetKey, HealthOverride override) {
    Objects.requireNonNull(targetKind, "targetKind");
    Objects.requireNonNull(targetKey, "targetKey");
    Objects.requireNonNull(override, "override");
    return transactions.inTransaction(
        () -> {
          locks.lockUntilTransactionEnds(lockSuffix(targetKind, targetKey));
          HealthOverrideEntity row =
              ao.create(
                  HealthOverrideEntity.class,
                  new DBParam(HealthOverrideEntity.TARGET_KIND, targetKind),
                  new DBParam(HealthOverrideEntity.TARGET_KEY, targetKey),
                  new DBParam(HealthOverrideEntity.RAG, override.rag().name()),
                  new DBParam(HealthOverrideEntity.REASON, override.reason()),
                  new DBParam(HealthOverrideEntity.EXPIRES_ON, override.expiresOn().toString()),
                  new DBParam(HealthOverrideEntity.SET_BY, override.setBy()),
                  new DBParam(HealthOverrideEntity.SET_AT, override.setAt().toString()));
          return new StoredOverride(row.getID(), targetKind, targetKey, override);
        });
  }

  @Override
  public Optional<StoredOverride> clear(
      String targetKind, String targetKey, String byKey, Instant at) {
    Objects.requireNonNull(byKey, "byKey");
    Objects.requireNonNull(at, "at");
    return transactions.inTransaction(
        () -> {
          locks.lockUntilTransactionEnds(lockSuffix(targetKind, targetKey));
          HealthOverrideEntity[] rows =
              ao.find(
                  HealthOverrideEntity.class,
                  Query.select()
                      .where(
                          HealthOverrideEntity.TARGET_KIND
                              + " = ? AND "
                              + HealthOverrideEntity.TARGET_KEY
                              + " = ? AND "
                              + HealthOverrideEntity.CLEARED_AT
                              + " IS NULL",
                          targetKind,
                          targetKey)
                      .order("ID ASC"));
          if (rows.length == 0) {
            return Optional.<StoredOverride>empty();
          }
          StoredOverride current = toStored(rows[rows.length - 1]);
          for (HealthOverrideEntity row : rows) {
            row.setClearedBy(byKey);
            row.setClearedAt(at.toString());
            row.save();
          }
          return Optional.of(current);
        });
  }

  private static StoredOverride toStored(HealthOverrideEntity row) {
    try {
      return new StoredOverride(
          row.getID(),
          row.getTargetKind(),
          row.getTargetKey(),
          new HealthOverride(
              Rag.valueOf(row.getRag()),
              row.getReason(),
              LocalDate.parse(row.getExpiresOn()),
              row.getSetBy(),
              Instant.parse(row.getSetAt())));
    } catch (RuntimeException e) {
      throw new StoredDataException(
          HealthOverrideEntity.TABLE + " row " + row.getID() + ": " + e.getMessage(), e);
    }
  }
}
