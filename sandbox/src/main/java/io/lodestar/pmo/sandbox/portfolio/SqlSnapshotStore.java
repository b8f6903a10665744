package io.lodestar.pmo.sandbox.portfolio;

import io.lodestar.pmo.engine.health.HealthDimension;
import io.lodestar.pmo.engine.health.Rag;
import io.lodestar.pmo.engine.portfolio.snapshot.MetricSnapshot;
import io.lodestar.pmo.engine.portfolio.snapshot.SnapshotKey;
import io.lodestar.pmo.engine.portfolio.snapshot.SnapshotNode;
import io.lodestar.pmo.engine.portfolio.snapshot.SnapshotSeries;
import io.lodestar.pmo.engine.portfolio.snapshot.SnapshotStore;
import io.lodestar.pmo.engine.portfolio.snapshot.SnapshotText;
import io.lodestar.pmo.engine.portfolio.snapshot.StatusCounts;
import io.lodestar.pmo.sandbox.shared.store.SandboxStore;
import io.lodestar.pmo.sandbox.shared.store.Sql;
import io.lodestar.pmo.sandbox.shared.store.StoreException;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * {@link SnapshotStore} on table {@code portfolio_snapshot} (schema V7), unique on (node kind, node
 * key, date). Reads are bounded like Jira's store: a series at most {@link
 * SnapshotSeries#MAX_POINTS} rows (the latest), {@link #existing} at most {@link
 * SnapshotStore#MAX_KEYS_PER_QUERY} keys, deletes in chunks of the same size. Amounts are kept as
 * {@link SnapshotText} strings, so a figure reads back with the value it was stored with and n/a
 * stays NULL.
 */
public final class SqlSnapshotStore implements SnapshotStore {

  private static final String COLUMNS =
      "node_kind, node_key, snapshot_date, currency, bac, pv, ev, ac, todo_count,"
          + " in_progress_count, done_count, points_total, points_done, percent_complete, rag,"
          + " overall, exposure_p80";

  private final SandboxStore store;

  public SqlSnapshotStore(SandboxStore store) {
    this.store = Objects.requireNonNull(store, "store");
  }

  @Override
  public boolean putIfAbsent(MetricSnapshot snapshot) {
    Objects.requireNonNull(snapshot, "snapshot");
    return store.inTransaction(
        c -> {
          try (PreparedStatement ps =
              c.prepareStatement(
                  "INSERT INTO portfolio_snapshot ("
                      + COLUMNS
                      + ") SELECT ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ? WHERE NOT EXISTS"
                      + " (SELECT 1 FROM portfolio_snapshot WHERE node_kind = ? AND node_key = ?"
                      + " AND snapshot_date = ?)")) {
            int i = bind(ps, snapshot);
            ps.setString(i++, snapshot.node().kind().name());
            ps.setString(i++, snapshot.node().key());
            Sql.date(ps, i, snapshot.date());
            return ps.executeUpdate() == 1;
          } catch (SQLIntegrityConstraintViolationException e) {
            return false; // written by a concurrent call between the check and the insert
          }
        });
  }

  @Override
  public Set<SnapshotKey> existing(Collection<SnapshotKey> keys) {
    Objects.requireNonNull(keys, "keys");
    if (keys.size() > MAX_KEYS_PER_QUERY) {
      throw new IllegalArgumentException(
          "at most " + MAX_KEYS_PER_QUERY + " keys at once, not " + keys.size());
    }
    Set<SnapshotKey> wanted = new HashSet<>(keys);
    if (wanted.isEmpty()) {
      return Set.of();
    }
    List<SnapshotKey> list = new ArrayList<>(wanted);
    return store.inTransaction(
        c -> {
          Set<SnapshotKey> found = new HashSet<>();
          try (PreparedStatement ps =
              c.prepareStatement(
                  "SELECT node_kind, node_key, snapshot_date FROM portfolio_snapshot WHERE"
                      + " (node_kind, node_key, snapshot_date) IN ("
                      + String.join(", ", java.util.Collections.nCopies(list.size(), "(?, ?, ?)"))
                      + ")")) {
            int i = 1;
            for (SnapshotKey k : list) {
              ps.setString(i++, k.node().kind().name());
              ps.setString(i++, k.node().key());
              Sql.date(ps, i++, k.date());
            }
            try (ResultSet rs = ps.executeQuery()) {
              while (rs.next()) {
                found.add(
                    new SnapshotKey(
                        new SnapshotNode(
                            SnapshotNode.Kind.valueOf(rs.getString(1)), rs.getString(2)),
                        Sql.date(rs, "snapshot_date")));
              }
            }
          }
          found.retainAll(wanted);
          return found;
        });
  }

  @Override
  public SnapshotSeries series(SnapshotNode node, String currency, LocalDate from, LocalDate to) {
    Objects.requireNonNull(node, "node");
    Objects.requireNonNull(currency, "currency");
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    return store.inTransaction(
        c -> {
          List<MetricSnapshot> snapshots = new ArrayList<>();
          try (PreparedStatement ps =
              c.prepareStatement(
                  "SELECT "
                      + COLUMNS
                      + " FROM portfolio_snapshot WHERE node_kind = ? AND node_key = ? AND"
                      + " currency = ? AND snapshot_date >= ? AND snapshot_date <= ? ORDER BY"
                      + " snapshot_date DESC LIMIT ?")) {
            ps.setString(1, node.kind().name());
            ps.setString(2, node.key());
            ps.setString(3, currency);
            Sql.date(ps, 4, from);
            Sql.date(ps, 5, to);
            ps.setInt(6, SnapshotSeries.MAX_POINTS);
            try (ResultSet rs = ps.executeQuery()) {
              while (rs.next()) {
                snapshots.add(read(rs));
              }
            }
          }
          return SnapshotSeries.of(node, currency, snapshots);
        });
  }

  /**
   * The currency of the node's latest snapshot (a series is read in one currency; the latest one is
   * the node's current currency).
   */
  public java.util.Optional<String> latestCurrency(SnapshotNode node) {
    Objects.requireNonNull(node, "node");
    return store.inTransaction(
        c -> {
          try (PreparedStatement ps =
              c.prepareStatement(
                  "SELECT currency FROM portfolio_snapshot WHERE node_kind = ? AND node_key = ?"
                      + " ORDER BY snapshot_date DESC LIMIT 1")) {
            ps.setString(1, node.kind().name());
            ps.setString(2, node.key());
            try (ResultSet rs = ps.executeQuery()) {
              return rs.next()
                  ? java.util.Optional.of(rs.getString(1))
                  : java.util.Optional.<String>empty();
            }
          }
        });
  }

  @Override
  public List<LocalDate> dates(SnapshotNode node) {
    Objects.requireNonNull(node, "node");
    return store.inTransaction(
        c -> {
          List<LocalDate> dates = new ArrayList<>();
          try (PreparedStatement ps =
              c.prepareStatement(
                  "SELECT snapshot_date FROM portfolio_snapshot WHERE node_kind = ? AND node_key"
                      + " = ? ORDER BY snapshot_date")) {
            ps.setString(1, node.kind().name());
            ps.setString(2, node.key());
            try (ResultSet rs = ps.executeQuery()) {
              while (rs.next()) {
                dates.add(Sql.date(rs, "snapshot_date"));
              }
            }
          }
          return dates;
        });
  }

  @Override
  public int delete(SnapshotNode node, Collection<LocalDate> dates) {
    Objects.requireNonNull(node, "node");
    List<LocalDate> distinct = dates.stream().distinct().toList();
    return store.inTransaction(
        c -> {
          int deleted = 0;
          for (int from = 0; from < distinct.size(); from += MAX_KEYS_PER_QUERY) {
            List<LocalDate> chunk =
                distinct.subList(from, Math.min(distinct.size(), from + MAX_KEYS_PER_QUERY));
            try (PreparedStatement ps =
                c.prepareStatement(
                    "DELETE FROM portfolio_snapshot WHERE node_kind = ? AND node_key = ? AND"
                        + " snapshot_date IN ("
                        + Sql.marks(chunk.size())
                        + ")")) {
              ps.setString(1, node.kind().name());
              ps.setString(2, node.key());
              for (int i = 0; i < chunk.size(); i++) {
                Sql.date(ps, i + 3, chunk.get(i));
              }
              deleted += ps.executeUpdate();
            }
          }
          return deleted;
        });
  }

  private static int bind(PreparedStatement ps, MetricSnapshot s) throws SQLException {
    int i = 1;
    ps.setString(i++, s.node().kind().name());
    ps.setString(i++, s.node().key());
    Sql.date(ps, i++, s.date());
    ps.setString(i++, s.currency());
    Sql.string(ps, i++, SnapshotText.amount(s.bac()));
    Sql.string(ps, i++, SnapshotText.amount(s.pv()));
    Sql.string(ps, i++, SnapshotText.amount(s.ev()));
    Sql.string(ps, i++, SnapshotText.amount(s.ac()));
    ps.setLong(i++, s.statusCounts().toDo());
    ps.setLong(i++, s.statusCounts().inProgress());
    ps.setLong(i++, s.statusCounts().done());
    ps.setString(i++, SnapshotText.amount(s.pointsTotal()));
    ps.setString(i++, SnapshotText.amount(s.pointsDone()));
    Sql.string(ps, i++, SnapshotText.amount(s.percentComplete()));
    String rag = SnapshotText.rag(s.rag());
    Sql.string(ps, i++, rag.isEmpty() ? null : rag);
    Sql.string(ps, i++, SnapshotText.rag(s.overall()));
    Sql.string(ps, i++, SnapshotText.amount(s.exposureP80()));
    return i;
  }

  private static MetricSnapshot read(ResultSet rs) throws SQLException {
    SnapshotNode node =
        new SnapshotNode(
            SnapshotNode.Kind.valueOf(rs.getString("node_kind")), rs.getString("node_key"));
    SnapshotKey key = new SnapshotKey(node, Sql.date(rs, "snapshot_date"));
    try {
      MetricSnapshot.Builder b =
          MetricSnapshot.builder(key, rs.getString("currency"))
              .earnedValue(
                  SnapshotText.parseAmount(rs.getString("bac")),
                  SnapshotText.parseAmount(rs.getString("pv")),
                  SnapshotText.parseAmount(rs.getString("ev")),
                  SnapshotText.parseAmount(rs.getString("ac")))
              .statusCounts(
                  new StatusCounts(
                      rs.getLong("todo_count"),
                      rs.getLong("in_progress_count"),
                      rs.getLong("done_count")))
              .points(
                  SnapshotText.parseAmount(rs.getString("points_total")),
                  SnapshotText.parseAmount(rs.getString("points_done")))
              .percentComplete(SnapshotText.parseAmount(rs.getString("percent_complete")))
              .exposureP80(SnapshotText.parseAmount(rs.getString("exposure_p80")))
              .overall(SnapshotText.parseOneRag(rs.getString("overall")));
      String rag = rs.getString("rag");
      for (Map.Entry<HealthDimension, Rag> e :
          SnapshotText.parseRag(rag == null ? "" : rag).entrySet()) {
        b.rag(e.getKey(), e.getValue());
      }
      return b.build();
    } catch (IllegalArgumentException e) {
      throw new StoreException(
          "snapshot " + key.canonical() + " is unreadable: " + e.getMessage(), e);
    }
  }
}
