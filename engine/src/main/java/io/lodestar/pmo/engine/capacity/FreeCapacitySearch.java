package io.lodestar.pmo.engine.capacity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.PriorityQueue;
import java.util.function.Predicate;

/**
 * "Who is free for H hours in weeks A–B (with skill X)": the people whose free time in the weeks
 * adds up to at least the asked seconds, most free first (then by key), at most {@code limit}. Free
 * time of a week is {@code max(0, capacity − load)}: an over-allocated week gives none and takes
 * none from the others. The skill condition is a predicate on the person's key (see {@code
 * training.SkillFilter}). O(people × weeks) with a bounded heap.
 */
public final class FreeCapacitySearch {

  /** The most results one search returns. */
  public static final int MAX_RESULTS = 200;

  /** A person with their free seconds in the weeks searched. */
  public record Candidate(int person, String personKey, long freeSeconds) {}

  /**
   * Searches {@code view}.
   *
   * @param seconds free time needed, at least 1
   * @param fromWeek first week index
   * @param toWeek last week index, not before {@code fromWeek}
   * @param eligible which person keys may be proposed (skills, role, team); never null
   * @param limit 1 to {@link #MAX_RESULTS}
   * @throws IllegalArgumentException for arguments out of range
   */
  public List<Candidate> search(
      LoadView view,
      long seconds,
      int fromWeek,
      int toWeek,
      Predicate<String> eligible,
      int limit) {
    Objects.requireNonNull(view, "view");
    Objects.requireNonNull(eligible, "eligible");
    if (seconds < 1) {
      throw new IllegalArgumentException("seconds must be positive: " + seconds);
    }
    if (fromWeek < 0 || toWeek >= view.weeks() || toWeek < fromWeek) {
      throw new IllegalArgumentException("weeks " + fromWeek + ".." + toWeek);
    }
    if (limit < 1 || limit > MAX_RESULTS) {
      throw new IllegalArgumentException("limit must be within [1, " + MAX_RESULTS + "]");
    }
    Comparator<Candidate> best =
        Comparator.comparingLong(Candidate::freeSeconds)
            .reversed()
            .thenComparing(Candidate::personKey);
    PriorityQueue<Candidate> top = new PriorityQueue<>(limit + 1, best.reversed());
    int people = view.people();
    for (int p = 0; p < people; p++) {
      long free = 0;
      for (int w = fromWeek; w <= toWeek; w++) {
        free += Math.max(0, view.remaining(p, w));
      }
      if (free < seconds) {
        continue;
      }
      String key = view.personKey(p);
      if (!eligible.test(key)) {
        continue;
      }
      top.add(new Candidate(p, key, free));
      if (top.size() > limit) {
        top.poll();
      }
    }
    List<Candidate> result = new ArrayList<>(top);
    result.sort(best);
    return List.copyOf(result);
  }
}
