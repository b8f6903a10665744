package io.lodestar.pmo.jira.risk.index;

import io.lodestar.pmo.app.shared.security.SettingRows;
import java.util.Objects;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The {@link RiskIndexState} of each project, stored cluster-wide as one row of Lodestar's settings
 * table per project ({@link SettingRows}, Active Objects): every node reads the same state, so
 * consistency and progress never depend on which node asks or which node runs the rebuild. A change
 * is a read-modify-write under the row's cluster lock, in one transaction.
 */
public final class RiskIndexStates {

  private static final Logger LOG = LoggerFactory.getLogger(RiskIndexStates.class);

  private final SettingRows rows;

  public RiskIndexStates(SettingRows rows) {
    this.rows = Objects.requireNonNull(rows, "rows");
  }

  /**
   * The state of a project; {@link RiskIndexState#NONE} when none was stored or it is unreadable.
   */
  public RiskIndexState get(long projectId) {
    return read(rows.find(key(projectId)));
  }

  /** Applies {@code change} to the project's stored state atomically; returns the new state. */
  public RiskIndexState update(long projectId, UnaryOperator<RiskIndexState> change) {
    String key = key(projectId);
    return rows.inLockedTransaction(
        "io.lodestar.pmo.risk.index." + projectId,
        () -> {
          Optional<SettingRows.Row> row = rows.find(key);
          RiskIndexState next = change.apply(read(row));
          long version = row.map(SettingRows.Row::version).orElse(0L);
          if (!rows.write(key, next.encode(), version, version + 1)) {
            throw new IllegalStateException(
                "risk index state of " + projectId + " changed meanwhile");
          }
          return next;
        });
  }

  static String key(long projectId) {
    return "io.lodestar.pmo.risk.index." + projectId;
  }

  private static RiskIndexState read(Optional<SettingRows.Row> row) {
    if (row.isEmpty()) {
      return RiskIndexState.NONE;
    }
    try {
      return RiskIndexState.decode(row.get().value());
    } catch (IllegalArgumentException unreadable) {
      // An unreadable state is treated as never built: the index rebuilds, it never answers stale.
      LOG.warn("Lodestar: unreadable risk index state {}", row.get().value(), unreadable);
      return RiskIndexState.NONE;
    }
  }
}
