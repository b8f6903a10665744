package io.lodestar.pmo.sandbox.shared.store;

import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * The last parsed value of each stored row, reused while the row's columns are unchanged: a store
 * that reads a row holding a definition text (a scoring model, a field mapping) on every request
 * reads the row's columns as before, and parses it only when they differ from the ones the cached
 * value was parsed from. The database stays the only source of truth (every read still reads the
 * row; another node's write is seen on the next read), so it is safe with several writers; only the
 * parse is saved.
 *
 * <p>The columns are compared with {@link Object#equals}: a record of the row's columns, so that
 * nothing but the same input gives the cached value. A large text column may be left out and read
 * by the parse only (on a miss) when the row's version, which its store increments on every write,
 * is among the columns. The parse must be a pure function of the row and return an immutable value.
 * A parse that throws caches nothing. At most {@code maxRows} rows are kept; beyond that the memo
 * starts over (rows are per project or per model, so that is rare and only costs parses).
 *
 * @param <K> the row's key (a scope, an id)
 * @param <C> the columns the value is parsed from
 * @param <V> the parsed value
 */
public final class ParsedRows<K, C, V> {

  private record Entry<C, V>(C columns, V value) {}

  private final Map<K, Entry<C, V>> rows = new ConcurrentHashMap<>();
  private final int maxRows;

  /**
   * @param maxRows most rows kept, at least 1
   */
  public ParsedRows(int maxRows) {
    if (maxRows < 1) {
      throw new IllegalArgumentException("maxRows must be at least 1: " + maxRows);
    }
    this.maxRows = maxRows;
  }

  /**
   * The value of row {@code key} read with {@code columns}: the cached one when it was parsed from
   * equal columns, otherwise {@code parse} of {@code columns} (then cached).
   */
  public V get(K key, C columns, Function<? super C, ? extends V> parse) {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(columns, "columns");
    Entry<C, V> cached = rows.get(key);
    if (cached != null && cached.columns().equals(columns)) {
      return cached.value();
    }
    V value = Objects.requireNonNull(parse.apply(columns), "parsed value");
    if (rows.size() >= maxRows && !rows.containsKey(key)) {
      rows.clear();
    }
    rows.put(key, new Entry<>(columns, value));
    return value;
  }

  /** Rows currently kept (tests). */
  int size() {
    return rows.size();
  }
}
