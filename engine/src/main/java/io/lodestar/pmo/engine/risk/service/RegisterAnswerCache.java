package io.lodestar.pmo.engine.risk.service;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The register's remembered answers (page, heat map, summary), node-local and bounded: at most
 * {@link #capacity()} entries, the least recently used one dropped first. A key always holds the
 * index's {@code AssessedRiskIndex#answerVersion} token read for the request, so an entry is only
 * ever found by a request that read the same token from the store: a write (on any node) or a
 * viewer of another visibility class makes another key, and the old entry simply ages out. Thread
 * safe.
 */
public final class RegisterAnswerCache {

  /** Entries when none is asked for: a few hundred registers' pages, heat maps and summaries. */
  public static final int DEFAULT_CAPACITY = 512;

  /**
   * One answer's key.
   *
   * @param kind which answer ({@code page}, {@code heatmap}, {@code summary})
   * @param projectKey the project as requested
   * @param version the index's token for the project, stamp and viewer
   * @param parameters the request's own parameters (records with value equality)
   */
  public record Key(String kind, String projectKey, String version, Object parameters) {
    public Key {
      Objects.requireNonNull(kind, "kind");
      Objects.requireNonNull(projectKey, "projectKey");
      Objects.requireNonNull(version, "version");
      Objects.requireNonNull(parameters, "parameters");
    }
  }

  /**
   * Lookups so far.
   *
   * @param hits lookups that found an answer
   * @param misses lookups that found none
   * @param size entries held now
   */
  public record Stats(long hits, long misses, int size) {
    /** Hits per lookup, 0 when there was none. */
    public double hitRate() {
      long lookups = hits + misses;
      return lookups == 0 ? 0 : (double) hits / lookups;
    }
  }

  private final int capacity;
  private final AtomicLong hits = new AtomicLong();
  private final AtomicLong misses = new AtomicLong();
  private final LinkedHashMap<Key, Object> entries;

  /**
   * @param capacity most entries held, ≥ 1
   */
  public RegisterAnswerCache(int capacity) {
    if (capacity < 1) {
      throw new IllegalArgumentException("capacity must be at least 1: " + capacity);
    }
    this.capacity = capacity;
    this.entries =
        new LinkedHashMap<>(16, 0.75f, true) {
          private static final long serialVersionUID = 1L;

          @Override
          protected boolean removeEldestEntry(Map.Entry<Key, Object> eldest) {
            return size() > RegisterAnswerCache.this.capacity;
          }
        };
  }

  public int capacity() {
    return capacity;
  }

  /** The answer held under {@code key}, if it is of {@code type}. */
  public <T> Optional<T> find(Key key, Class<T> type) {
    Object found;
    synchronized (entries) {
      found = entries.get(key);
    }
    if (type.isInstance(found)) {
      hits.incrementAndGet();
      return Optional.of(type.cast(found));
    }
    misses.incrementAndGet();
    return Optional.empty();
  }

  /** Holds {@code answer} under {@code key} (dropping the least recently used entry if full). */
  public void put(Key key, Object answer) {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(answer, "answer");
    synchronized (entries) {
      entries.put(key, answer);
    }
  }

  public Stats stats() {
    synchronized (entries) {
      return new Stats(hits.get(), misses.get(), entries.size());
    }
  }
}
