package io.lodestar.pmo.app.portfolio.dashboard;

import java.util.Objects;

/**
 * A stored "Lodestar portfolio health" item on a dashboard.
 *
 * @param id the item's id
 * @param dashboardId the dashboard holding it
 * @param ownerKey the dashboard owner's user key: the only one who may configure it
 * @param config its configuration ({@link HealthItemConfig#unconfigured()} at version 0 until
 *     saved)
 */
public record DashboardItem(long id, long dashboardId, String ownerKey, HealthItemConfig config) {
  public DashboardItem {
    Objects.requireNonNull(ownerKey, "ownerKey");
    Objects.requireNonNull(config, "config");
  }
}
