package io.lodestar.pmo.app.portfolio.dashboard;

import io.lodestar.pmo.engine.shared.StoreResult;
import java.util.Optional;

/**
 * Port: the dashboard items of Lodestar and their configuration, stored per item (Jira: the
 * dashboard item's user preferences; the sandbox: its dashboard tables).
 */
public interface DashboardItemStore {

  /** The item with its owner and configuration; empty when there is no such item. */
  Optional<DashboardItem> find(long itemId);

  /**
   * Stores {@code config} for the item if its stored configuration is at {@code config.version()}
   * (0: none stored yet), as version + 1; else {@link StoreResult.VersionConflict}; {@link
   * StoreResult.Missing} when there is no such item. Atomic.
   */
  StoreResult<HealthItemConfig> saveConfig(long itemId, HealthItemConfig config);
}
