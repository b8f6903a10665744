package io.lodestar.pmo.engine.capacity;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.TreeMap;

/**
 * One person's capacity and allocation on each day of the window, with the contributions that make
 * the allocation, and views per ISO week and month.
 */
public final class PersonLoad {

  private final String personKey;
  private final NavigableMap<LocalDate, LoadCell> days;
  private final List<Contribution> contributions;

  PersonLoad(String personKey, Map<LocalDate, LoadCell> days, List<Contribution> contributions) {
    this.personKey = Objects.requireNonNull(personKey, "personKey");
    this.days = Collections.unmodifiableNavigableMap(new TreeMap<>(days));
    this.contributions = List.copyOf(contributions);
  }

  public String personKey() {
    return personKey;
  }

  /** The cell of {@code day}; {@link LoadCell#EMPTY} outside the window. */
  public LoadCell day(LocalDate day) {
    return days.getOrDefault(day, LoadCell.EMPTY);
  }

  /** Cells per bucket of {@code period}, keyed by the bucket's first day, in date order. */
  public NavigableMap<LocalDate, LoadCell> cells(Period period) {
    TreeMap<LocalDate, LoadCell> cells = new TreeMap<>();
    days.forEach((day, cell) -> cells.merge(period.bucketOf(day), cell, LoadCell::plus));
    return Collections.unmodifiableNavigableMap(cells);
  }

  /** The cell of the bucket of {@code period} that holds {@code day}. */
  public LoadCell cell(Period period, LocalDate day) {
    LocalDate bucket = period.bucketOf(day);
    LoadCell sum = LoadCell.EMPTY;
    for (Map.Entry<LocalDate, LoadCell> e : days.entrySet()) {
      if (period.bucketOf(e.getKey()).equals(bucket)) {
        sum = sum.plus(e.getValue());
      }
    }
    return sum;
  }

  /**
   * Drill-down: the contributions in the bucket of {@code period} holding {@code day}, summed per
   * source, largest first (then by source).
   */
  public List<Contribution> contributions(Period period, LocalDate day) {
    LocalDate bucket = period.bucketOf(day);
    Map<String, Contribution> bySource = new TreeMap<>();
    for (Contribution c : contributions) {
      if (period.bucketOf(c.day()).equals(bucket)) {
        bySource.merge(
            c.source(),
            new Contribution(personKey, bucket, c.source(), c.projectKey(), c.seconds()),
            (a, b) ->
                new Contribution(
                    personKey, bucket, a.source(), a.projectKey(), a.seconds() + b.seconds()));
      }
    }
    List<Contribution> list = new ArrayList<>(bySource.values());
    list.sort((a, b) -> Long.compare(b.seconds(), a.seconds()));
    return List.copyOf(list);
  }

  /** Every contribution in the window, in the order they were made. */
  public List<Contribution> contributions() {
    return contributions;
  }

  /** Allocated seconds in the window. */
  public long allocatedSeconds() {
    long sum = 0;
    for (LoadCell c : days.values()) {
      sum += c.allocatedSeconds();
    }
    return sum;
  }
}
