package io.lodestar.pmo.engine.rollup;

import java.util.Arrays;

/**
 * Issue id → row. Jira's issue ids are mostly dense (a sequence, with gaps where issues were
 * deleted), so ids inside a range that is at least half used are kept in a plain array indexed by
 * id − base (4 bytes per id in the range); any other id goes to a {@link LongIntMap}. Not
 * thread-safe.
 */
final class IssueRows {

  private static final int ABSENT = -1;

  private long base;
  private int[] dense = new int[0];
  private int denseCount;
  private final LongIntMap sparse;

  IssueRows(int expected) {
    sparse = new LongIntMap(Math.max(16, expected / 64));
  }

  int size() {
    return denseCount + sparse.size();
  }

  int get(long id) {
    long offset = id - base;
    if (offset >= 0 && offset < dense.length) {
      return dense[(int) offset];
    }
    return sparse.get(id);
  }

  void put(long id, int row) {
    long offset = id - base;
    if (offset >= 0 && offset < dense.length) {
      if (dense[(int) offset] == ABSENT) {
        denseCount++;
      }
      dense[(int) offset] = row;
      return;
    }
    if (widen(id)) {
      put(id, row);
      return;
    }
    sparse.put(id, row);
  }

  int remove(long id) {
    long offset = id - base;
    if (offset >= 0 && offset < dense.length) {
      int row = dense[(int) offset];
      if (row != ABSENT) {
        dense[(int) offset] = ABSENT;
        denseCount--;
      }
      return row;
    }
    return sparse.remove(id);
  }

  void remapValues(int[] mapping) {
    for (int i = 0; i < dense.length; i++) {
      if (dense[i] != ABSENT) {
        dense[i] = mapping[dense[i]];
      }
    }
    sparse.remapValues(mapping);
  }

  long bytes() {
    return dense.length * 4L + sparse.bytes();
  }

  /**
   * Widens the dense range to take {@code id} if the widened range would still be at least half
   * used (counting every id indexed so far), with a quarter of headroom above, and moves the ids of
   * the map that now fall inside it into the array; false otherwise.
   */
  private boolean widen(long id) {
    long low = dense.length == 0 ? id : Math.min(base, id);
    long high = dense.length == 0 ? id + 1 : Math.max(base + dense.length, id + 1);
    long span = high - low;
    long used = size() + 1L;
    if (span > 2 * used + 1_024 || span > Integer.MAX_VALUE / 2) {
      return false;
    }
    int length = (int) Math.min(Integer.MAX_VALUE / 2, span + span / 4 + 16);
    int[] widened = new int[length];
    Arrays.fill(widened, ABSENT);
    if (dense.length > 0) {
      System.arraycopy(dense, 0, widened, (int) (base - low), dense.length);
    }
    dense = widened;
    base = low;
    int before = sparse.size();
    sparse.moveInto(low, dense);
    denseCount += before - sparse.size();
    return true;
  }
}
