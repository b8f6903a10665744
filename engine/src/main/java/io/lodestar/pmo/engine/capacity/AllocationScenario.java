package io.lodestar.pmo.engine.capacity;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A what-if on top of an {@link AllocationIndex}: moved dates and re-assignments held as a delta
 * per person-week, never written to the index. Its heat map is the index's plus the delta; what it
 * would save is {@link #changes()}. O(weeks spanned) per change, memory O(cells touched).
 *
 * <p>A scenario is computed against one version of the index; once the index changes under it,
 * {@link #stale()} says so and the caller starts a new one (the changes can be replayed). Not
 * thread-safe: one scenario belongs to one user's session.
 */
public final class AllocationScenario implements LoadView {

  /** The most items one scenario may change. */
  public static final int MAX_CHANGES = 1_000;

  /**
   * What the scenario would save for one item.
   *
   * @param itemId the item
   * @param personKey the assignee
   * @param start first day
   * @param due the due date
   */
  public record Change(long itemId, String personKey, LocalDate start, LocalDate due) {}

  private final AllocationIndex base;
  private final long baseVersion;
  private final Map<Long, long[]> overrides = new LinkedHashMap<>();
  private final Map<Long, Long> delta = new HashMap<>();
  private long scheduledInHorizonDelta;
  private long beyondDelta;
  private long unplacedDelta;

  private AllocationScenario(AllocationIndex base) {
    this.base = base;
    this.baseVersion = base.snapshotVersion();
  }

  /** An empty scenario on {@code base}. */
  public static AllocationScenario on(AllocationIndex base) {
    return new AllocationScenario(Objects.requireNonNull(base, "base"));
  }

  /**
   * Moves item {@code itemId} to {@code start .. due} in this scenario.
   *
   * @throws IllegalArgumentException for an unknown item or beyond {@link #MAX_CHANGES}
   */
  public void move(long itemId, LocalDate start, LocalDate due) {
    long[] current = current(itemId);
    change(itemId, current, (int) current[0], base.relative(start), base.relative(due));
  }

  /** Re-assigns item {@code itemId} to {@code person} in this scenario. */
  public void reassign(long itemId, int person) {
    long[] current = current(itemId);
    if (person < 0 || person >= base.people()) {
      throw new IllegalArgumentException("unknown person " + person);
    }
    change(itemId, current, person, (int) current[1], (int) current[2]);
  }

  /** True when the index changed since this scenario began. */
  public boolean stale() {
    return base.snapshotVersion() != baseVersion;
  }

  /** The changes in the order they were first made. */
  public List<Change> changes() {
    List<Change> changes = new ArrayList<>();
    LocalDate first = base.firstMonday();
    overrides.forEach(
        (id, item) ->
            changes.add(
                new Change(
                    id,
                    base.personKey((int) item[0]),
                    first.plusDays(item[1]),
                    first.plusDays(item[2]))));
    return List.copyOf(changes);
  }

  /** Change of Σ load in the horizon (0 when work only moved within it). */
  public long scheduledInHorizonDelta() {
    return scheduledInHorizonDelta;
  }

  /** Change of the seconds after the horizon. */
  public long beyondHorizonDelta() {
    return beyondDelta;
  }

  /** Change of the seconds that cannot be placed (overdue or unschedulable). */
  public long unplacedDelta() {
    return unplacedDelta;
  }

  @Override
  public int people() {
    return base.people();
  }

  @Override
  public int weeks() {
    return base.weeks();
  }

  @Override
  public String personKey(int person) {
    return base.personKey(person);
  }

  @Override
  public long capacity(int person, int week) {
    return base.capacity(person, week);
  }

  @Override
  public long load(int person, int week) {
    return base.load(person, week) + delta.getOrDefault(cell(person, week), 0L);
  }

  /** The person-weeks whose load differs from the index: cell → seconds of difference. */
  public Map<Long, Long> delta() {
    return Map.copyOf(delta);
  }

  /** The key of a cell in {@link #delta()}. */
  public long cell(int person, int week) {
    return (long) person * base.weeks() + week;
  }

  private long[] current(long itemId) {
    long[] item = overrides.get(itemId);
    if (item == null) {
      item = base.item(itemId);
    }
    if (item == null) {
      throw new IllegalArgumentException("unknown item " + itemId);
    }
    return item;
  }

  private void change(long itemId, long[] current, int person, int start, int due) {
    if (!overrides.containsKey(itemId) && overrides.size() >= MAX_CHANGES) {
      throw new IllegalArgumentException("a scenario changes at most " + MAX_CHANGES + " items");
    }
    long seconds = current[3];
    int beyond = base.beyondDaysLocked(person, start, due);
    add((int) current[0], (int) current[1], (int) current[2], seconds, (int) current[4], -1);
    add(person, start, due, seconds, beyond, +1);
    overrides.put(itemId, new long[] {person, start, due, seconds, beyond});
  }

  private void add(int person, int start, int due, long seconds, int beyondDays, int sign) {
    long[] weeks = new long[base.weeks()];
    long beyond = base.spreadLocked(person, start, due, seconds, beyondDays, weeks, sign);
    if (beyond >= 0) {
      scheduledInHorizonDelta += sign * (seconds - beyond);
      beyondDelta += sign * beyond;
    } else {
      unplacedDelta += sign * seconds;
    }
    for (int w = 0; w < weeks.length; w++) {
      if (weeks[w] != 0) {
        delta.merge(cell(person, w), weeks[w], (a, b) -> a + b == 0 ? null : a + b);
      }
    }
  }
}
