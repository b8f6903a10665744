package io.lodestar.pmo.engine.rollup;

import java.util.Arrays;

/**
 * A map from non-negative {@code long} keys to {@code int} values in two primitive arrays (open
 * addressing, linear probing, deletion by backward shift), so that an index of a million issues
 * holds no boxed key: 12 bytes per slot, at most 4/5 of the slots used (15 bytes per entry when
 * full). The capacity is not a power of two: a key's home slot is its hash scaled into the capacity
 * by a multiply and shift, so the table grows by 1.5 rather than doubling. Not thread-safe.
 */
final class LongIntMap {

  private static final long EMPTY = -1L;

  private long[] keys;
  private int[] values;
  private int size;

  LongIntMap(int expected) {
    int capacity = Math.max(8, (int) Math.ceil(expected / 0.8) + 1);
    keys = new long[capacity];
    values = new int[capacity];
    Arrays.fill(keys, EMPTY);
  }

  int size() {
    return size;
  }

  /** The value of {@code key}, or -1 when absent. */
  int get(long key) {
    int i = slot(key);
    while (true) {
      long k = keys[i];
      if (k == key) {
        return values[i];
      }
      if (k == EMPTY) {
        return -1;
      }
      i = next(i);
    }
  }

  /** Maps {@code key} (at least 0) to {@code value}. */
  void put(long key, int value) {
    if (key < 0) {
      throw new IllegalArgumentException("key must not be negative: " + key);
    }
    if ((size + 1) * 5L > keys.length * 4L) {
      grow();
    }
    int i = slot(key);
    while (keys[i] != EMPTY && keys[i] != key) {
      i = next(i);
    }
    if (keys[i] == EMPTY) {
      size++;
    }
    keys[i] = key;
    values[i] = value;
  }

  /** Removes {@code key}; returns its value, or -1 when absent. */
  int remove(long key) {
    int i = slot(key);
    while (keys[i] != key) {
      if (keys[i] == EMPTY) {
        return -1;
      }
      i = next(i);
    }
    int removed = values[i];
    // Backward shift: move later entries of the probe run into the hole where their home allows.
    int hole = i;
    int j = next(i);
    while (keys[j] != EMPTY) {
      int home = slot(keys[j]);
      boolean movable = hole <= j ? (home <= hole || home > j) : (home <= hole && home > j);
      if (movable) {
        keys[hole] = keys[j];
        values[hole] = values[j];
        hole = j;
      }
      j = next(j);
    }
    keys[hole] = EMPTY;
    size--;
    return removed;
  }

  /** Replaces every value v by {@code mapping[v]}; each value must be an index of it. */
  void remapValues(int[] mapping) {
    for (int i = 0; i < keys.length; i++) {
      if (keys[i] != EMPTY) {
        values[i] = mapping[values[i]];
      }
    }
  }

  /**
   * Moves the entries whose key lies in [low, low + target.length) into {@code target} (at key −
   * low) and removes them from this map.
   */
  void moveInto(long low, int[] target) {
    long[] moving = new long[size];
    int count = 0;
    for (long key : keys) {
      if (key != EMPTY && key >= low && key - low < target.length) {
        moving[count++] = key;
      }
    }
    for (int i = 0; i < count; i++) {
      target[(int) (moving[i] - low)] = remove(moving[i]);
    }
  }

  /** Bytes held by the two arrays. */
  long bytes() {
    return keys.length * 12L;
  }

  private int slot(long key) {
    long h = key * 0x9E3779B97F4A7C15L;
    int hash32 = (int) (h >>> 32);
    return (int) (((hash32 & 0xFFFFFFFFL) * keys.length) >>> 32);
  }

  private int next(int i) {
    return i + 1 == keys.length ? 0 : i + 1;
  }

  private void grow() {
    long[] oldKeys = keys;
    int[] oldValues = values;
    int capacity = oldKeys.length + (oldKeys.length >> 1);
    keys = new long[capacity];
    values = new int[capacity];
    Arrays.fill(keys, EMPTY);
    size = 0;
    for (int i = 0; i < oldKeys.length; i++) {
      if (oldKeys[i] != EMPTY) {
        put(oldKeys[i], oldValues[i]);
      }
    }
  }
}
