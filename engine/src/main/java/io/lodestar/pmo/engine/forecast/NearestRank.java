package io.lodestar.pmo.engine.forecast;

/** Nearest-rank percentiles of sorted integer samples: x(⌈q·n/100⌉), no interpolation. */
final class NearestRank {

  private NearestRank() {}

  static int of(int[] sortedAscending, int percent) {
    return sortedAscending[rank(sortedAscending.length, percent)];
  }

  static long of(long[] sortedAscending, int percent) {
    return sortedAscending[rank(sortedAscending.length, percent)];
  }

  static double of(double[] sortedAscending, int percent) {
    return sortedAscending[rank(sortedAscending.length, percent)];
  }

  private static int rank(int n, int percent) {
    if (n == 0) {
      throw new IllegalArgumentException("the sample must not be empty");
    }
    if (percent < 1 || percent > 100) {
      throw new IllegalArgumentException("percent must be within [1, 100] but was " + percent);
    }
    return (int) ((percent * (long) n + 99) / 100 - 1);
  }
}
