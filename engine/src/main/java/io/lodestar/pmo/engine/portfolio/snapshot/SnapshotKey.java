package io.lodestar.pmo.engine.portfolio.snapshot;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Objects;

/**
 * The idempotency key of a snapshot: one node, one calendar date. A store keeps at most one
 * snapshot per key (a unique column), so a job that is retried, or run on two nodes at once by
 * mistake, never writes a day twice: the second write finds the key taken and is skipped.
 *
 * @param node the node
 * @param date the status date the snapshot describes (the day the nightly job ran for), in the
 *     instance's time zone
 */
public record SnapshotKey(SnapshotNode node, LocalDate date) {

  /** The longest {@link #canonical()} form: kind, colon, key, at sign, ISO date. */
  public static final int MAX_CANONICAL = "PORTFOLIO".length() + 1 + SnapshotNode.MAX_KEY + 1 + 10;

  public SnapshotKey {
    Objects.requireNonNull(node, "node");
    Objects.requireNonNull(date, "date");
  }

  /** The canonical text form {@code KIND:KEY@yyyy-MM-dd}, e.g. {@code PROJECT:MOB@2026-12-03}. */
  public String canonical() {
    return node.canonical() + "@" + date;
  }

  /**
   * Parses {@link #canonical()}.
   *
   * @throws IllegalArgumentException when the text is not of that form
   */
  public static SnapshotKey parse(String canonical) {
    Objects.requireNonNull(canonical, "canonical");
    int at = canonical.lastIndexOf('@');
    if (at < 0) {
      throw new IllegalArgumentException("not KIND:KEY@date: " + canonical);
    }
    try {
      return new SnapshotKey(
          SnapshotNode.parse(canonical.substring(0, at)),
          LocalDate.parse(canonical.substring(at + 1)));
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException("not an ISO date in " + canonical, e);
    }
  }
}
