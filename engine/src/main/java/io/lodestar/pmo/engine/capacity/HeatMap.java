package io.lodestar.pmo.engine.capacity;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * Capacity and load of some people over some weeks, row by row (person-major), in seconds.
 *
 * @param people the rows' person keys
 * @param firstWeek the first column's week index
 * @param weeks number of columns
 */
public record HeatMap(List<String> people, int firstWeek, int weeks, long[] capacity, long[] load) {

  /** The most people (rows) one heat map holds: one page. */
  public static final int MAX_PEOPLE = 500;

  /** The most cells one heat map holds (a page of 500 people × 52 weeks). */
  public static final int MAX_CELLS = MAX_PEOPLE * 52;

  public HeatMap {
    people = List.copyOf(people);
    Objects.requireNonNull(capacity, "capacity");
    Objects.requireNonNull(load, "load");
    if (capacity.length != people.size() * weeks || load.length != capacity.length) {
      throw new IllegalArgumentException("cells do not match " + people.size() + " × " + weeks);
    }
    capacity = capacity.clone();
    load = load.clone();
  }

  public long capacity(int row, int column) {
    return capacity[row * weeks + column];
  }

  public long load(int row, int column) {
    return load[row * weeks + column];
  }

  public boolean overAllocated(int row, int column) {
    return load(row, column) > capacity(row, column);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof HeatMap h
        && people.equals(h.people)
        && firstWeek == h.firstWeek
        && weeks == h.weeks
        && Arrays.equals(capacity, h.capacity)
        && Arrays.equals(load, h.load);
  }

  @Override
  public int hashCode() {
    return Objects.hash(people, firstWeek, weeks, Arrays.hashCode(capacity), Arrays.hashCode(load));
  }

  @Override
  public String toString() {
    return "HeatMap" + people + " weeks " + firstWeek + "+" + weeks;
  }
}
