package io.lodestar.pmo.engine.portfolio;

import io.lodestar.pmo.engine.shared.AuditEntry;
import io.lodestar.pmo.engine.shared.AuditLog;
import io.lodestar.pmo.engine.shared.Outcome;
import io.lodestar.pmo.engine.shared.StoreResult;
import io.lodestar.pmo.engine.shared.Transactions;
import io.lodestar.pmo.engine.shared.Violation;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Configuration of portfolios and programs: validate, store with a version check, audit in the same
 * transaction. Who may call it (PMO admins) is the REST layer's check.
 */
public final class PortfolioService {

  public static final String AUDIT_TARGET = "portfolio.node";
  static final String CREATED = "lodestar.portfolio.audit.created";
  static final String UPDATED = "lodestar.portfolio.audit.updated";
  static final String NOT_FOUND = "lodestar.portfolio.node.notFound";

  private final PortfolioStore store;
  private final AuditLog audit;
  private final Transactions transactions;
  private final Clock clock;

  public PortfolioService(
      PortfolioStore store, AuditLog audit, Transactions transactions, Clock clock) {
    this.store = Objects.requireNonNull(store, "store");
    this.audit = Objects.requireNonNull(audit, "audit");
    this.transactions = Objects.requireNonNull(transactions, "transactions");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  public Outcome<PortfolioNode> find(String key) {
    return store
        .find(key)
        .<Outcome<PortfolioNode>>map(Outcome::ok)
        .orElseGet(() -> Outcome.notFound(NOT_FOUND, key));
  }

  /**
   * Creates a node; Invalid (fields, unknown or wrong-kind parent, key taken) or Ok at version 1.
   */
  public Outcome<PortfolioNode> create(String actorKey, PortfolioNode node) {
    List<Violation> violations = node.check();
    if (!violations.isEmpty()) {
      return Outcome.invalid(violations);
    }
    return transactions.inTransaction(
        () -> {
          Optional<Violation> parent = checkParent(node);
          if (parent.isPresent()) {
            return Outcome.invalid(List.of(parent.get()));
          }
          StoreResult<PortfolioNode> result = store.create(node.withVersion(0));
          if (!(result instanceof StoreResult.Stored<PortfolioNode> stored)) {
            return Outcome.invalid(
                List.of(Violation.of("key", "lodestar.portfolio.node.keyTaken", node.key())));
          }
          record(actorKey, CREATED, node.key(), null, stored.value());
          return Outcome.ok(stored.value());
        });
  }

  /**
   * Replaces a node edited at {@code node.version()}: Conflict when another change came first; an
   * unchanged node writes nothing and is returned as stored.
   */
  public Outcome<PortfolioNode> update(String actorKey, PortfolioNode node) {
    List<Violation> violations = node.check();
    if (!violations.isEmpty()) {
      return Outcome.invalid(violations);
    }
    return transactions.inTransaction(
        () -> {
          Optional<PortfolioNode> current = store.find(node.key());
          if (current.isEmpty()) {
            return Outcome.notFound(NOT_FOUND, node.key());
          }
          PortfolioNode before = current.get();
          if (before.kind() != node.kind()) {
            return Outcome.invalid(
                List.of(Violation.of("kind", "lodestar.portfolio.node.kindFixed")));
          }
          if (before.version() != node.version()) {
            return new Outcome.Conflict<>(node.version(), before.version());
          }
          if (before.sameContent(node)) {
            return Outcome.ok(before);
          }
          Optional<Violation> parent = checkParent(node);
          if (parent.isPresent()) {
            return Outcome.invalid(List.of(parent.get()));
          }
          StoreResult<PortfolioNode> result = store.update(node);
          if (result instanceof StoreResult.VersionConflict<PortfolioNode> conflict) {
            return new Outcome.Conflict<>(conflict.expectedVersion(), conflict.actualVersion());
          }
          if (!(result instanceof StoreResult.Stored<PortfolioNode> stored)) {
            return Outcome.notFound(NOT_FOUND, node.key());
          }
          record(actorKey, UPDATED, node.key(), before, stored.value());
          return Outcome.ok(stored.value());
        });
  }

  private Optional<Violation> checkParent(PortfolioNode node) {
    if (node.kind() != PortfolioNodeKind.PROGRAM) {
      return Optional.empty();
    }
    Optional<PortfolioNode> parent = store.find(node.parentKey());
    if (parent.isEmpty() || parent.get().kind() != PortfolioNodeKind.PORTFOLIO) {
      return Optional.of(
          Violation.of("parent", "lodestar.portfolio.node.parentNotAPortfolio", node.parentKey()));
    }
    return Optional.empty();
  }

  private void record(
      String actorKey, String action, String key, PortfolioNode before, PortfolioNode after) {
    audit.record(
        new AuditEntry(
            actorKey,
            action,
            AUDIT_TARGET,
            key,
            before == null ? null : text(before),
            text(after),
            clock.instant()));
  }

  /** Canonical audit text: one field per line, scopes in their canonical form. */
  static String text(PortfolioNode node) {
    StringBuilder text = new StringBuilder();
    text.append("key=").append(node.key()).append('\n');
    text.append("kind=").append(node.kind()).append('\n');
    text.append("name=").append(node.name()).append('\n');
    text.append("parent=").append(node.parentKey() == null ? "" : node.parentKey()).append('\n');
    text.append("owner=").append(node.ownerKey()).append('\n');
    text.append("sponsor=").append(node.sponsorKey()).append('\n');
    text.append("currency=").append(node.currency()).append('\n');
    text.append("progress=").append(node.progressMethod()).append('\n');
    for (ProjectScope scope : node.scopes()) {
      text.append("scope=").append(scope.canonical()).append('\n');
    }
    return text.toString();
  }
}
