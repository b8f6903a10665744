package io.lodestar.pmo.engine.risk.register;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Open exposure over time: snapshots in date order with the change from the previous one. Built
 * with {@link #of(Collection)} or streamed through {@link ExposureTrendAccumulator}; one snapshot
 * per date (a later one for the same date replaces the earlier).
 *
 * @param points one per date, oldest first
 */
public record ExposureTrend(List<Point> points) {

  public ExposureTrend {
    points = List.copyOf(points);
  }

  /** Which way exposure moved from the first to the last snapshot. */
  public enum Direction {
    RISING,
    FALLING,
    FLAT
  }

  /**
   * One snapshot and its change from the previous snapshot (zero for the first).
   *
   * @param snapshot the snapshot
   * @param openDelta change of the open count
   * @param emvDelta change of the total (threat) EMV
   */
  public record Point(ExposureSnapshot snapshot, long openDelta, BigDecimal emvDelta) {
    public Point {
      Objects.requireNonNull(snapshot, "snapshot");
      Objects.requireNonNull(emvDelta, "emvDelta");
    }
  }

  /** The trend of {@code snapshots}, in any order. */
  public static ExposureTrend of(Collection<ExposureSnapshot> snapshots) {
    ExposureTrendAccumulator accumulator = new ExposureTrendAccumulator();
    snapshots.forEach(accumulator::accept);
    return accumulator.result();
  }

  static ExposureTrend fromSorted(TreeMap<?, ExposureSnapshot> byDate) {
    List<Point> points = new ArrayList<>();
    ExposureSnapshot previous = null;
    for (Map.Entry<?, ExposureSnapshot> e : byDate.entrySet()) {
      ExposureSnapshot s = e.getValue();
      points.add(
          previous == null
              ? new Point(s, 0, BigDecimal.ZERO)
              : new Point(
                  s,
                  s.openCount() - previous.openCount(),
                  s.totalEmv().subtract(previous.totalEmv())));
      previous = s;
    }
    return new ExposureTrend(points);
  }

  /**
   * Direction of the total (threat) EMV from the first to the last snapshot; when EMV is equal, the
   * direction of the open count; FLAT with fewer than two snapshots.
   */
  public Direction direction() {
    if (points.size() < 2) {
      return Direction.FLAT;
    }
    ExposureSnapshot first = points.get(0).snapshot();
    ExposureSnapshot last = points.get(points.size() - 1).snapshot();
    int byEmv = last.totalEmv().compareTo(first.totalEmv());
    int cmp = byEmv != 0 ? byEmv : Long.compare(last.openCount(), first.openCount());
    return cmp > 0 ? Direction.RISING : cmp < 0 ? Direction.FALLING : Direction.FLAT;
  }
}
