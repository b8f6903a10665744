package io.lodestar.pmo.jira.shared.persistence;

import com.atlassian.activeobjects.external.ActiveObjects;
import io.lodestar.pmo.app.shared.security.SettingRows;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import net.java.ao.DBParam;
import net.java.ao.Query;

/**
 * {@link SettingRows} on the Active Objects table of {@link SettingEntity}. The lock of {@link
 * #inLockedTransaction} is the cluster lock {@code lodestar.internal.lock.<name>} ({@link
 * ClusterWriteLocks}), taken inside the transaction before the first read and held until it ends,
 * so of two admins on two nodes sending the same version exactly one wins.
 */
public final class AoSettingRows implements SettingRows {

  private final ActiveObjects ao;
  private final AoTransactions transactions;
  private final ClusterWriteLocks locks;

  public AoSettingRows(ActiveObjects ao, AoTransactions transactions, ClusterWriteLocks locks) {
    this.ao = Objects.requireNonNull(ao, "ao");
    this.transactions = Objects.requireNonNull(transactions, "transactions");
    this.locks = Objects.requireNonNull(locks, "locks");
  }

  @Override
  public Optional<Row> find(String key) {
    return entity(key).map(e -> new Row(e.getSettingValue(), e.getVersion()));
  }

  @Override
  public boolean write(String key, String value, long expectedVersion, long nextVersion) {
    Optional<SettingEntity> found = entity(key);
    if (found.map(SettingEntity::getVersion).orElse(0L) != expectedVersion) {
      return false;
    }
    if (found.isPresent()) {
      SettingEntity row = found.get();
      row.setSettingValue(value);
      row.setVersion(nextVersion);
      row.save();
    } else {
      ao.create(
          SettingEntity.class,
          new DBParam(SettingEntity.SETTING_KEY, key),
          new DBParam(SettingEntity.SETTING_VALUE, value),
          new DBParam(SettingEntity.VERSION, nextVersion));
    }
    return true;
  }

  /**
   * {@inheritDoc}
   *
   * @throws WriteLockUnavailableException when another change holds the lock for too long
   */
  @Override
  public <T> T inLockedTransaction(String lockName, Supplier<T> work) {
    return transactions.inTransaction(
        () -> {
          locks.lockUntilTransactionEnds(lockName);
          return work.get();
        });
  }

  private Optional<SettingEntity> entity(String key) {
    SettingEntity[] rows =
        ao.find(
            SettingEntity.class,
            Query.select().where(SettingEntity.SETTING_KEY + " = ?", key).limit(1));
    return rows.length == 0 ? Optional.empty() : Optional.of(rows[0]);
  }
}
