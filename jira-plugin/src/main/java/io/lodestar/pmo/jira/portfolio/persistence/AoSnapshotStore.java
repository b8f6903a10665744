package io.lodestar.pmo.jira.portfolio.persistence;

import com.atlassian.activeobjects.external.ActiveObjects;
import io.lodestar.pmo.app.shared.persistence.StoredDataException;
import io.lodestar.pmo.engine.health.HealthDimension;
import io.lodestar.pmo.engine.health.Rag;
import io.lodestar.pmo.engine.portfolio.snapshot.MetricSnapshot;
import io.lodestar.pmo.engine.portfolio.snapshot.SnapshotKey;
import io.lodestar.pmo.engine.portfolio.snapshot.SnapshotNode;
import io.lodestar.pmo.engine.portfolio.snapshot.SnapshotSeries;
import io.lodestar.pmo.engine.portfolio.snapshot.SnapshotStore;
import io.lodestar.pmo.engine.portfolio.snapshot.SnapshotText;
import io.lodestar.pmo.engine.portfolio.snapshot.StatusCounts;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import net.java.ao.Query;

/**
 * {@link SnapshotStore} on the {@link SnapshotEntity} table. Reads are bounded: a series at most
 * {@link SnapshotSeries#MAX_POINTS} rows, {@link #existing} at most {@link
 * SnapshotStore#MAX_KEYS_PER_QUERY} keys in one IN list, deletes in chunks of the same size. Writes
 * join the caller's transaction ({@link ActiveObjects#executeInTransaction} nests).
 *
 * <p>The unique {@code SNAPSHOT_KEY} is the last guard against a double write; the nightly job also
 * runs under a cluster lock and checks {@link #existing} first, so the constraint is not what
 * normally answers "already stored".
 */
public final class AoSnapshotStore implements SnapshotStore {

  private final ActiveObjects ao;

  public AoSnapshotStore(ActiveObjects ao) {
    this.ao = Objects.requireNonNull(ao, "ao");
  }

  @Override
  public boolean putIfAbsent(MetricSnapshot snapshot) {
    Objects.requireNonNull(snapshot, "snapshot");
    String key = snapshot.key().canonical();
    return ao.executeInTransaction(
        () -> {
          if (ao.count(SnapshotEntity.class, SnapshotEntity.SNAPSHOT_KEY + " = ?", key) > 0) {
            return false;
          }
          ao.create(SnapshotEntity.class, columns(snapshot));
          return true;
        });
  }

  @Override
  public Set<SnapshotKey> existing(Collection<SnapshotKey> keys) {
    Objects.requireNonNull(keys, "keys");
    if (keys.size() > MAX_KEYS_PER_QUERY) {
      throw new IllegalArgumentException(
          "at most " + MAX_KEYS_PER_QUERY + " keys at once, not " + keys.size());
    }
    if (keys.isEmpty()) {
      return Set.of();
    }
    Map<String, SnapshotKey> byText = new HashMap<>();
    keys.forEach(k -> byText.put(k.canonical(), k));
    String in = String.join(", ", Collections.nCopies(byText.size(), "?"));
    SnapshotEntity[] rows =
        ao.find(
            SnapshotEntity.class,
            Query.select()
                .where(
                    SnapshotEntity.SNAPSHOT_KEY + " IN (" + in + ")", byText.keySet().toArray()));
    Set<SnapshotKey> found = new HashSet<>();
    for (SnapshotEntity row : rows) {
      found.add(byText.get(row.getSnapshotKey()));
    }
    return found;
  }

  @Override
  public SnapshotSeries series(SnapshotNode node, String currency, LocalDate from, LocalDate to) {
    Objects.requireNonNull(node, "node");
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    SnapshotEntity[] rows =
        ao.find(
            SnapshotEntity.class,
            Query.select()
                .where(
                    SnapshotEntity.NODE
                        + " = ? AND "
                        + SnapshotEntity.CURRENCY
                        + " = ? AND "
                        + SnapshotEntity.SNAPSHOT_DATE
                        + " >= ? AND "
                        + SnapshotEntity.SNAPSHOT_DATE
                        + " <= ?",
                    node.canonical(),
                    currency,
                    from.toString(),
                    to.toString())
                .order(SnapshotEntity.SNAPSHOT_DATE + " DESC")
                .limit(SnapshotSeries.MAX_POINTS));
    List<MetricSnapshot> snapshots = new ArrayList<>(rows.length);
    for (SnapshotEntity row : rows) {
      snapshots.add(toSnapshot(row));
    }
    return SnapshotSeries.of(node, currency, snapshots);
  }

  @Override
  public List<LocalDate> dates(SnapshotNode node) {
    Objects.requireNonNull(node, "node");
    SnapshotEntity[] rows =
        ao.find(
            SnapshotEntity.class,
            Query.select()
                .where(SnapshotEntity.NODE + " = ?", node.canonical())
                .order(SnapshotEntity.SNAPSHOT_DATE + " ASC"));
    List<LocalDate> dates = new ArrayList<>(rows.length);
    for (SnapshotEntity row : rows) {
      dates.add(date(row));
    }
    return dates;
  }

  @Override
  public int delete(SnapshotNode node, Collection<LocalDate> dates) {
    Objects.requireNonNull(node, "node");
    List<String> texts = dates.stream().map(LocalDate::toString).distinct().toList();
    return ao.executeInTransaction(
        () -> {
          int deleted = 0;
          for (int from = 0; from < texts.size(); from += MAX_KEYS_PER_QUERY) {
            List<String> chunk =
                texts.subList(from, Math.min(texts.size(), from + MAX_KEYS_PER_QUERY));
            Object[] parameters = new Object[chunk.size() + 1];
            parameters[0] = node.canonical();
            for (int i = 0; i < chunk.size(); i++) {
              parameters[i + 1] = chunk.get(i);
            }
            deleted +=
                ao.deleteWithSQL(
                    SnapshotEntity.class,
                    SnapshotEntity.NODE
                        + " = ? AND "
                        + SnapshotEntity.SNAPSHOT_DATE
                        + " IN ("
                        + String.join(", ", Collections.nCopies(chunk.size(), "?"))
                        + ")",
                    parameters);
          }
          return deleted;
        });
  }

  /** The row's columns of a snapshot. */
  static Map<String, Object> columns(MetricSnapshot s) {
    Map<String, Object> c = new HashMap<>();
    c.put(SnapshotEntity.SNAPSHOT_KEY, s.key().canonical());
    c.put(SnapshotEntity.NODE, s.node().canonical());
    c.put(SnapshotEntity.SNAPSHOT_DATE, s.date().toString());
    c.put(SnapshotEntity.CURRENCY, s.currency());
    c.put(SnapshotEntity.BAC, SnapshotText.amount(s.bac()));
    c.put(SnapshotEntity.PV, SnapshotText.amount(s.pv()));
    c.put(SnapshotEntity.EV, SnapshotText.amount(s.ev()));
    c.put(SnapshotEntity.AC, SnapshotText.amount(s.ac()));
    c.put(SnapshotEntity.TODO_COUNT, s.statusCounts().toDo());
    c.put(SnapshotEntity.IN_PROGRESS_COUNT, s.statusCounts().inProgress());
    c.put(SnapshotEntity.DONE_COUNT, s.statusCounts().done());
    c.put(SnapshotEntity.POINTS_TOTAL, SnapshotText.amount(s.pointsTotal()));
    c.put(SnapshotEntity.POINTS_DONE, SnapshotText.amount(s.pointsDone()));
    c.put(SnapshotEntity.PERCENT_COMPLETE, SnapshotText.amount(s.percentComplete()));
    String rag = SnapshotText.rag(s.rag());
    c.put(SnapshotEntity.RAG, rag.isEmpty() ? null : rag);
    c.put(SnapshotEntity.OVERALL, SnapshotText.rag(s.overall()));
    c.put(SnapshotEntity.EXPOSURE_P80, SnapshotText.amount(s.exposureP80()));
    c.put(SnapshotEntity.FORMAT_VERSION, SnapshotEntity.FORMAT_1);
    return c;
  }

  /**
   * The snapshot of a row.
   *
   * @throws StoredDataException when the row cannot be read (a broken tool or a newer format)
   */
  static MetricSnapshot toSnapshot(SnapshotEntity row) {
    try {
      if (row.getFormatVersion() != SnapshotEntity.FORMAT_1) {
        throw new IllegalArgumentException("unknown format " + row.getFormatVersion());
      }
      SnapshotKey key = SnapshotKey.parse(row.getSnapshotKey());
      MetricSnapshot.Builder b =
          MetricSnapshot.builder(key, row.getCurrency())
              .earnedValue(
                  SnapshotText.parseAmount(row.getBac()),
                  SnapshotText.parseAmount(row.getPv()),
                  SnapshotText.parseAmount(row.getEv()),
                  SnapshotText.parseAmount(row.getAc()))
              .statusCounts(
                  new StatusCounts(
                      row.getTodoCount(), row.getInProgressCount(), row.getDoneCount()))
              .points(
                  SnapshotText.parseAmount(row.getPointsTotal()),
                  SnapshotText.parseAmount(row.getPointsDone()))
              .percentComplete(SnapshotText.parseAmount(row.getPercentComplete()))
              .exposureP80(SnapshotText.parseAmount(row.getExposureP80()))
              .overall(SnapshotText.parseOneRag(row.getOverall()));
      for (Map.Entry<HealthDimension, Rag> e : SnapshotText.parseRag(row.getRag()).entrySet()) {
        b.rag(e.getKey(), e.getValue());
      }
      return b.build();
    } catch (IllegalArgumentException | NullPointerException e) {
      throw new StoredDataException(
          "Lodestar: snapshot row "
              + row.getID()
              + " ("
              + row.getSnapshotKey()
              + ") is unreadable: "
              + e.getMessage(),
          e);
    }
  }

  private static LocalDate date(SnapshotEntity row) {
    try {
      return LocalDate.parse(row.getSnapshotDate());
    } catch (RuntimeException e) {
      throw new StoredDataException(
          "Lodestar: snapshot row " + row.getID() + " has no ISO date: " + row.getSnapshotDate(),
          e);
    }
  }
}
