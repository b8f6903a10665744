package io.lodestar.pmo.engine.capacity;

import java.util.Arrays;

/**
 * Item id → row: an open-addressing hash map of primitive longs to ints (linear probing, backward
 * shift deletion), −1 for absent. Not thread-safe.
 */
final class ItemRows {

  private static final long EMPTY = Long.MIN_VALUE;

  private long[] keys;
  private int[] values;
  private int size;
  private int mask;

  ItemRows(int expected) {
    int capacity = Integer.highestOneBit(Math.max(16, expected * 2 - 1)) << 1;
    keys = new long[capacity];
    Arrays.fill(keys, EMPTY);
    values = new int[capacity];
    mask = capacity - 1;
  }

  int size() {
    return size;
  }

  int get(long key) {
    check(key);
    for (int i = slot(key); ; i = (i + 1) & mask) {
      if (keys[i] == key) {
        return values[i];
      }
      if (keys[i] == EMPTY) {
        return -1;
      }
    }
  }

  void put(long key, int value) {
    check(key);
    if ((size + 1) * 2 > keys.length) {
      grow();
    }
    int i = slot(key);
    while (keys[i] != EMPTY && keys[i] != key) {
      i = (i + 1) & mask;
    }
    if (keys[i] == EMPTY) {
      size++;
    }
    keys[i] = key;
    values[i] = value;
  }

  int remove(long key) {
    check(key);
    int i = slot(key);
    while (keys[i] != key) {
      if (keys[i] == EMPTY) {
        return -1;
      }
      i = (i + 1) & mask;
    }
    int removed = values[i];
    size--;
    // Backward shift: move later entries of the probe run into the hole when their home allows.
    int hole = i;
    keys[hole] = EMPTY;
    for (int j = (hole + 1) & mask; keys[j] != EMPTY; j = (j + 1) & mask) {
      int home = slot(keys[j]);
      if (((j - home) & mask) >= ((j - hole) & mask)) {
        keys[hole] = keys[j];
        values[hole] = values[j];
        keys[j] = EMPTY;
        hole = j;
      }
    }
    return removed;
  }

  long bytes() {
    return 12L * keys.length;
  }

  private int slot(long key) {
    long h = key * 0x9E3779B97F4A7C15L;
    return (int) (h ^ (h >>> 32)) & mask;
  }

  private void grow() {
    long[] oldKeys = keys;
    int[] oldValues = values;
    keys = new long[oldKeys.length * 2];
    Arrays.fill(keys, EMPTY);
    values = new int[keys.length];
    mask = keys.length - 1;
    size = 0;
    for (int i = 0; i < oldKeys.length; i++) {
      if (oldKeys[i] != EMPTY) {
        put(oldKeys[i], oldValues[i]);
      }
    }
  }

  private static void check(long key) {
    if (key == EMPTY) {
      throw new IllegalArgumentException("id " + key + " is reserved");
    }
  }
}
