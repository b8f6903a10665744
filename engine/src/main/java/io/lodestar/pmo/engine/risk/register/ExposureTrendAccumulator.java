package io.lodestar.pmo.engine.risk.register;

import java.time.LocalDate;
import java.util.TreeMap;

/**
 * Streams dated snapshots (any order) into an {@link ExposureTrend}. Memory: one snapshot per
 * distinct date; a later snapshot for a date already seen replaces the earlier one.
 */
public final class ExposureTrendAccumulator {

  private final TreeMap<LocalDate, ExposureSnapshot> byDate = new TreeMap<>();

  /** Feeds one snapshot; never null. */
  public void accept(ExposureSnapshot snapshot) {
    byDate.put(snapshot.date(), snapshot);
  }

  /** The trend of the snapshots fed so far. */
  public ExposureTrend result() {
    return ExposureTrend.fromSorted(byDate);
  }
}
