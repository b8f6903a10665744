package io.lodestar.pmo.engine.risk.scoring;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The ordered bands of a model, least severe first. Invariants: 1..10 bands, ranks 1..N in list
 * order, unique keys.
 *
 * @param bands the bands, least severe first
 */
public record Bands(List<Band> bands) {

  /** Most bands a model may have. */
  public static final int MAX_BANDS = 10;

  public Bands {
    bands = List.copyOf(bands);
    if (bands.isEmpty() || bands.size() > MAX_BANDS) {
      throw new IllegalArgumentException("a model has 1..10 bands, not " + bands.size());
    }
    Set<String> keys = new HashSet<>();
    for (int i = 0; i < bands.size(); i++) {
      Band band = bands.get(i);
      if (band.rank() != i + 1) {
        throw new IllegalArgumentException("band rank " + band.rank() + " at position " + i);
      }
      if (!keys.add(band.key())) {
        throw new IllegalArgumentException("duplicate band key " + band.key());
      }
    }
  }

  public static Bands of(List<Band> bands) {
    return new Bands(bands);
  }

  public static Bands of(Band... bands) {
    return new Bands(List.of(bands));
  }

  /** Low (green), medium (amber), high (red). */
  public static Bands lowMediumHigh() {
    return of(
        Band.of("low", "Low", "#36B37E", 1),
        Band.of("medium", "Medium", "#FFAB00", 2),
        Band.of("high", "High", "#DE350B", 3));
  }

  /** Low, medium, high and critical (dark red). */
  public static Bands lowMediumHighCritical() {
    return of(
        Band.of("low", "Low", "#36B37E", 1),
        Band.of("medium", "Medium", "#FFAB00", 2),
        Band.of("high", "High", "#DE350B", 3),
        Band.of("critical", "Critical", "#7A0000", 4));
  }

  /** Number of bands. */
  public int size() {
    return bands.size();
  }

  /** The band with {@code key}, or empty. */
  public Optional<Band> byKey(String key) {
    for (Band band : bands) {
      if (band.key().equals(key)) {
        return Optional.of(band);
      }
    }
    return Optional.empty();
  }

  /**
   * The band of {@code rank}.
   *
   * @throws IllegalArgumentException when there is no such rank
   */
  public Band byRank(int rank) {
    if (rank < 1 || rank > bands.size()) {
      throw new IllegalArgumentException("no band of rank " + rank);
    }
    return bands.get(rank - 1);
  }

  /** The least severe band. */
  public Band lowest() {
    return bands.get(0);
  }

  /** The most severe band. */
  public Band highest() {
    return bands.get(bands.size() - 1);
  }
}
