package io.lodestar.pmo.engine.capacity;

/**
 * Capacity and load per person-week, as held by an {@link AllocationIndex} or seen through an
 * {@link AllocationScenario}. People and weeks are dense indexes: person {@code 0 .. people() − 1},
 * week {@code 0 .. weeks() − 1} counted from the index's first Monday.
 */
public interface LoadView {

  int people();

  int weeks();

  /** The person's key at {@code person}. */
  String personKey(int person);

  /** Capacity of the person-week in seconds. */
  long capacity(int person, int week);

  /** Allocated seconds in the person-week. */
  long load(int person, int week);

  /** Capacity − load; negative when over-allocated. */
  default long remaining(int person, int week) {
    return capacity(person, week) - load(person, week);
  }

  /** DOMAIN.md: load &gt; capacity, strictly. */
  default boolean overAllocated(int person, int week) {
    return load(person, week) > capacity(person, week);
  }

  /**
   * The heat map of {@code persons} over weeks {@code fromWeek .. toWeek} (both included).
   *
   * @throws IllegalArgumentException beyond {@link HeatMap#MAX_PEOPLE} people or {@link
   *     HeatMap#MAX_CELLS} cells, or out of range
   */
  default HeatMap heatMap(int[] persons, int fromWeek, int toWeek) {
    if (fromWeek < 0 || toWeek >= weeks() || toWeek < fromWeek) {
      throw new IllegalArgumentException("weeks " + fromWeek + ".." + toWeek + " of " + weeks());
    }
    int span = toWeek - fromWeek + 1;
    if (persons.length > HeatMap.MAX_PEOPLE || (long) persons.length * span > HeatMap.MAX_CELLS) {
      throw new IllegalArgumentException(
          "a heat map holds at most "
              + HeatMap.MAX_PEOPLE
              + " people, "
              + HeatMap.MAX_CELLS
              + " cells");
    }
    long[] capacity = new long[persons.length * span];
    long[] load = new long[persons.length * span];
    String[] keys = new String[persons.length];
    for (int i = 0; i < persons.length; i++) {
      keys[i] = personKey(persons[i]);
      for (int w = 0; w < span; w++) {
        capacity[i * span + w] = capacity(persons[i], fromWeek + w);
        load[i * span + w] = load(persons[i], fromWeek + w);
      }
    }
    return new HeatMap(java.util.List.of(keys), fromWeek, span, capacity, load);
  }
}
