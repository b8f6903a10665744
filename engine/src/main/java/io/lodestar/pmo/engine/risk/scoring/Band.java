package io.lodestar.pmo.engine.risk.scoring;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A risk level shown to people, e.g. low / medium / high / critical. Which cells or scores fall
 * into which band is configuration (see {@link Banding}).
 *
 * @param key stable identifier used in settings, appetite and JQL, e.g. {@code high}: 1..64 of
 *     {@code [A-Za-z0-9_.-]}
 * @param label display label, e.g. {@code High}; never blank
 * @param colour CSS hex colour {@code #rgb} or {@code #rrggbb}
 * @param rank 1-based severity, 1 = least severe; a higher rank is a worse band
 */
public record Band(String key, String label, String colour, int rank) {

  /** Allowed band keys. */
  public static final Pattern KEY = Pattern.compile("[A-Za-z0-9_.-]{1,64}");

  /** Allowed colours. */
  public static final Pattern COLOUR = Pattern.compile("#([0-9A-Fa-f]{3}|[0-9A-Fa-f]{6})");

  public Band {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(label, "label");
    Objects.requireNonNull(colour, "colour");
    if (!KEY.matcher(key).matches()) {
      throw new IllegalArgumentException("bad band key " + key);
    }
    if (label.isBlank()) {
      throw new IllegalArgumentException("label is blank");
    }
    if (!COLOUR.matcher(colour).matches()) {
      throw new IllegalArgumentException("bad colour " + colour);
    }
    if (rank < 1) {
      throw new IllegalArgumentException("rank must be >= 1: " + rank);
    }
  }

  public static Band of(String key, String label, String colour, int rank) {
    return new Band(key, label, colour, rank);
  }

  /** Whether this band is strictly worse than {@code other}. */
  public boolean isAbove(Band other) {
    return rank > other.rank;
  }
}
