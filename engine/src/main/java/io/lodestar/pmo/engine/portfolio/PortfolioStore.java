package io.lodestar.pmo.engine.portfolio;

import io.lodestar.pmo.engine.shared.StoreResult;
import java.util.List;
import java.util.Optional;

/**
 * Port: the stored portfolios and programs. Implemented on Active Objects in Jira and on the
 * sandbox's database; writes join the caller's transaction.
 */
public interface PortfolioStore {

  /** The most nodes {@link #list} returns. */
  int MAX_LIST = 1_000;

  Optional<PortfolioNode> find(String key);

  /** Nodes ordered by key, at most {@code limit} (≤ {@link #MAX_LIST}) from {@code startAt}. */
  List<PortfolioNode> list(int startAt, int limit);

  /** The programs of a portfolio, ordered by key, at most {@link #MAX_LIST}. */
  List<PortfolioNode> programsOf(String portfolioKey);

  /**
   * Stores a new node at version 1; {@link StoreResult.VersionConflict} (0 → 1) if the key exists.
   */
  StoreResult<PortfolioNode> create(PortfolioNode node);

  /** Replaces the node if it is stored at {@code node.version()}; stores version + 1. */
  StoreResult<PortfolioNode> update(PortfolioNode node);
}
