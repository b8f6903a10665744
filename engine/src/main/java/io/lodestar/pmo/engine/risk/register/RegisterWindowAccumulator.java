package io.lodestar.pmo.engine.risk.register;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * Streams register rows through a filter and keeps one sorted page ({@code startAt}, {@code
 * maxResults}). Because the source is not sorted by our computed score, every row must be seen:
 * time O(n log(startAt + maxResults)), memory O(startAt + maxResults) — bounded by the window,
 * never by the register. Deep pages therefore cost more memory; callers cap {@code startAt +
 * maxResults}.
 */
public final class RegisterWindowAccumulator {

  private final RegisterFilter filter;
  private final int startAt;
  private final BoundedBest<RegisterRow> best;
  private long matched;
  private long scanned;

  /**
   * @param filter which rows to keep
   * @param sort their order
   * @param startAt 0-based first position, ≥ 0
   * @param maxResults page size, ≥ 0
   */
  public RegisterWindowAccumulator(
      RegisterFilter filter, RegisterSort sort, int startAt, int maxResults) {
    this.filter = Objects.requireNonNull(filter, "filter");
    if (startAt < 0 || maxResults < 0) {
      throw new IllegalArgumentException("startAt and maxResults must be >= 0");
    }
    this.startAt = startAt;
    Comparator<RegisterRow> order = Comparator.comparing(RegisterRow::risk, sort.comparator());
    this.best = new BoundedBest<>(Math.addExact(startAt, maxResults), order);
  }

  /** Feeds one row. */
  public void accept(RegisterRow row) {
    scanned++;
    if (filter.test(row.risk())) {
      matched++;
      best.offer(row);
    }
  }

  /** The page of the rows fed so far. */
  public RegisterWindow result() {
    List<RegisterRow> sorted = best.sorted();
    List<RegisterRow> page =
        startAt >= sorted.size() ? List.of() : sorted.subList(startAt, sorted.size());
    return new RegisterWindow(page, startAt, matched, scanned);
  }
}
