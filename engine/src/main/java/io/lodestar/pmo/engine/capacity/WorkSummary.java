package io.lodestar.pmo.engine.capacity;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * How many work items ended in each {@link WorkStatus}, the seconds of remaining estimate that use
 * no capacity in the window (overdue, unschedulable, unassigned), the seconds that fall outside the
 * window, and the first issue keys of each status for "unestimated / unscheduled" lists.
 *
 * @param counts status → number of items; every status present
 * @param seconds status → remaining-estimate seconds of those items (0 for unestimated)
 * @param outsideWindowSeconds scheduled seconds that fall before or after the window
 * @param examples status → up to {@link #MAX_EXAMPLES} issue keys, in input order
 */
public record WorkSummary(
    Map<WorkStatus, Integer> counts,
    Map<WorkStatus, Long> seconds,
    long outsideWindowSeconds,
    Map<WorkStatus, List<String>> examples) {

  public static final int MAX_EXAMPLES = 100;

  public WorkSummary {
    Objects.requireNonNull(counts, "counts");
    counts = Map.copyOf(new EnumMap<>(counts));
    seconds = Map.copyOf(new EnumMap<>(seconds));
    examples = Map.copyOf(new EnumMap<>(examples));
  }

  public int count(WorkStatus status) {
    return counts.getOrDefault(status, 0);
  }

  public long seconds(WorkStatus status) {
    return seconds.getOrDefault(status, 0L);
  }

  public List<String> examples(WorkStatus status) {
    return examples.getOrDefault(status, List.of());
  }
}
