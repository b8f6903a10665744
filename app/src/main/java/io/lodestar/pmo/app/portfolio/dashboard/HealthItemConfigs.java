package io.lodestar.pmo.app.portfolio.dashboard;

import io.lodestar.pmo.app.portfolio.PortfolioOverviews;
import io.lodestar.pmo.app.shared.error.AccessDeniedException;
import io.lodestar.pmo.app.shared.error.NotFoundException;
import io.lodestar.pmo.app.shared.host.HostUser;
import io.lodestar.pmo.app.shared.host.ProjectRef;
import io.lodestar.pmo.app.shared.host.Texts;
import io.lodestar.pmo.app.shared.security.AccessGuard;
import io.lodestar.pmo.engine.portfolio.PortfolioNode;
import io.lodestar.pmo.engine.shared.Outcome;
import io.lodestar.pmo.engine.shared.StoreResult;
import io.lodestar.pmo.engine.shared.Violation;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Reads and saves the configuration of "Lodestar portfolio health" items. Only the owner of the
 * item's dashboard may read or change it (a signed-in user who is not the owner: 403; an unknown
 * item: 404). A configuration names a portfolio or program the owner may see, else it is refused
 * naming {@code portfolio}; a stale version is a conflict; a save equal to what is stored writes
 * nothing and answers the stored configuration.
 */
public final class HealthItemConfigs {

  static final String NOT_FOUND = "lodestar.dashboard.item.notFound";
  static final String NOT_OWNER = "lodestar.dashboard.item.notOwner";
  static final String UNKNOWN_PORTFOLIO = "lodestar.dashboard.config.error.portfolio";

  private final AccessGuard guard;
  private final DashboardItemStore items;
  private final PortfolioOverviews overviews;
  private final Texts texts;

  public HealthItemConfigs(
      AccessGuard guard, DashboardItemStore items, PortfolioOverviews overviews, Texts texts) {
    this.guard = Objects.requireNonNull(guard, "guard");
    this.items = Objects.requireNonNull(items, "items");
    this.overviews = Objects.requireNonNull(overviews, "overviews");
    this.texts = Objects.requireNonNull(texts, "texts");
  }

  /**
   * The item, for any signed-in viewer of its dashboard.
   *
   * @throws NotFoundException when there is no such item
   */
  public DashboardItem item(long itemId) {
    guard.requireUser();
    return items
        .find(itemId)
        .orElseThrow(() -> new NotFoundException(texts.text(NOT_FOUND, itemId)));
  }

  /** Whether {@code user} owns the item's dashboard. */
  public boolean isOwner(HostUser user, DashboardItem item) {
    return item.ownerKey().equals(user.key());
  }

  /**
   * The item, for its owner.
   *
   * @throws NotFoundException when there is no such item
   * @throws AccessDeniedException when the caller does not own its dashboard
   */
  public DashboardItem ownedItem(long itemId) {
    HostUser user = guard.requireUser();
    DashboardItem item = item(itemId);
    if (!isOwner(user, item)) {
      throw new AccessDeniedException(texts.text(NOT_OWNER));
    }
    return item;
  }

  /**
   * Saves an item's configuration for its owner.
   *
   * @return the stored configuration; Invalid naming the field; Conflict when {@code
   *     config.version()} is stale; NotFound when the item went away
   * @throws NotFoundException when there is no such item
   * @throws AccessDeniedException when the caller does not own its dashboard
   */
  public Outcome<HealthItemConfig> save(long itemId, HealthItemConfig config) {
    DashboardItem item = ownedItem(itemId);
    List<Violation> violations = new java.util.ArrayList<>(config.check());
    if (violations.stream().noneMatch(v -> v.field().equals("portfolio"))
        && visibleNode(config.portfolioKey()) == null) {
      violations.add(Violation.of("portfolio", UNKNOWN_PORTFOLIO, config.portfolioKey()));
    }
    if (!violations.isEmpty()) {
      return Outcome.invalid(violations);
    }
    HealthItemConfig stored = item.config();
    if (stored.version() == config.version() && stored.sameContent(config)) {
      return Outcome.ok(stored);
    }
    StoreResult<HealthItemConfig> result = items.saveConfig(itemId, config);
    if (result instanceof StoreResult.Stored<HealthItemConfig> s) {
      return Outcome.ok(s.value());
    }
    if (result instanceof StoreResult.VersionConflict<HealthItemConfig> c) {
      return new Outcome.Conflict<>(c.expectedVersion(), c.actualVersion());
    }
    return Outcome.notFound(NOT_FOUND, itemId);
  }

  /** The portfolios and programs the caller may see, by key (for the form's choice). */
  public List<PortfolioNode> choices() {
    HostUser user = guard.requireUser();
    return overviews.portfolios(browsable(), guard.isPmoAdmin(user));
  }

  /** The node if the caller may see it, else null. */
  PortfolioNode visibleNode(String key) {
    HostUser user = guard.requireUser();
    Outcome<PortfolioNode> found = overviews.visibleNode(key, browsable(), guard.isPmoAdmin(user));
    return found instanceof Outcome.Ok<PortfolioNode> ok ? ok.value() : null;
  }

  Map<String, ProjectRef> browsable() {
    Map<String, ProjectRef> byKey = new LinkedHashMap<>();
    for (ProjectRef p : guard.browsableProjects()) {
      byKey.put(p.key(), p);
    }
    return byKey;
  }
}
