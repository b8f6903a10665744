package io.lodestar.pmo.jira.shared.persistence;

import com.atlassian.cache.Cache;
import com.atlassian.cache.CacheLoader;
import com.atlassian.cache.CacheManager;
import com.atlassian.cache.CacheSettings;
import com.atlassian.cache.CacheSettingsBuilder;
import io.lodestar.pmo.app.shared.persistence.StoredDataException;
import java.io.Serializable;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * A cluster-safe read-through cache in front of a store: an atlassian-cache {@link Cache} that is
 * remote and replicated by invalidation, so each node keeps its own copies and a {@link
 * #invalidate} on one node removes the entry on every node. Values are never sent between nodes;
 * keys are {@link Serializable} because invalidations are.
 *
 * <p>What is cached per key: the value, or its absence (negative caching: a key without a row costs
 * one database read, then none), or the message of a row that cannot be read (so a corrupt row is
 * reported on every read without re-reading it; repairing it through Lodestar invalidates the
 * entry). Failures of the database itself are not cached.
 *
 * <p>Consistency: writers invalidate through {@link AoTransactions#afterEnd}, i.e. after the
 * outermost transaction has committed, while still holding their cluster lock. Should the
 * transaction roll back instead, the invalidation still happens and only costs one extra read: the
 * database still holds the old value, which the next read loads again. A read on another node that
 * loaded the old value just before the commit may put it back after the invalidation (the known
 * load/invalidate race of atlassian-cache); the expiry bounds how long such a stale entry can live,
 * and writers never act on cached values (the stores read the database inside a transaction). The
 * cache is obtained on first use, not in the constructor, and the loader is kept in a field because
 * the cache holds only a weak reference to it.
 *
 * @param <K> key type
 * @param <V> value type; immutable
 */
public final class ReadThroughCache<K extends Serializable, V> {

  /** Prefix of every Lodestar cache name; not an i18n key. */
  public static final String PREFIX = "lodestar.internal.cache.";

  /** Default expiry after a value is loaded: a safety net for missed invalidations. */
  public static final Duration DEFAULT_EXPIRY = Duration.ofMinutes(30);

  private static final Pattern SUFFIX = Pattern.compile("[a-z0-9_.-]{1,100}");

  private final CacheManager cacheManager;
  private final String name;
  private final CacheSettings settings;
  private final CacheLoader<K, Entry<V>> loader;
  private volatile Cache<K, Entry<V>> cache;

  /**
   * @param cacheManager the host's cache manager
   * @param suffix the cache name after {@value #PREFIX}, e.g. {@code risk-model}
   * @param expiry how long a loaded value may be served at most; positive
   * @param load reads the value of a key from the store: empty when there is none
   */
  public ReadThroughCache(
      CacheManager cacheManager, String suffix, Duration expiry, Function<K, Optional<V>> load) {
    this.cacheManager = Objects.requireNonNull(cacheManager, "cacheManager");
    if (suffix == null || !SUFFIX.matcher(suffix).matches()) {
      throw new IllegalArgumentException("not a cache name suffix: " + suffix);
    }
    if (expiry.isNegative() || expiry.isZero()) {
      throw new IllegalArgumentException("expiry must be positive: " + expiry);
    }
    Objects.requireNonNull(load, "load");
    this.name = PREFIX + suffix;
    this.settings =
        new CacheSettingsBuilder()
            .remote()
            .replicateViaInvalidation()
            .expireAfterWrite(expiry.toMillis(), TimeUnit.MILLISECONDS)
            .build();
    this.loader = key -> Entry.load(() -> load.apply(key));
  }

  /** The full cache name. */
  public String name() {
    return name;
  }

  /**
   * The value of {@code key}, from the cache or loaded into it.
   *
   * @throws StoredDataException when the stored row cannot be read
   */
  public Optional<V> get(K key) {
    return cache().get(Objects.requireNonNull(key, "key")).value();
  }

  /** Forgets {@code key} on every node; the next read loads it again. */
  public void invalidate(K key) {
    cache().remove(Objects.requireNonNull(key, "key"));
  }

  /** Forgets every key on every node. */
  public void invalidateAll() {
    cache().removeAll();
  }

  private Cache<K, Entry<V>> cache() {
    Cache<K, Entry<V>> c = cache;
    if (c == null) {
      synchronized (this) {
        c = cache;
        if (c == null) {
          c = cacheManager.getCache(name, loader, settings);
          if (c == null) {
            throw new IllegalStateException("the cache manager returned no cache " + name);
          }
          cache = c;
        }
      }
    }
    return c;
  }

  /** A cached value, a cached absence or a cached unreadable row. Never null. */
  private static final class Entry<V> {
    private final V value;
    private final String problem;

    private Entry(V value, String problem) {
      this.value = value;
      this.problem = problem;
    }

    static <V> Entry<V> load(java.util.function.Supplier<Optional<V>> read) {
      try {
        return new Entry<>(read.get().orElse(null), null);
      } catch (StoredDataException e) {
        return new Entry<>(null, e.getMessage());
      }
    }

    Optional<V> value() {
      if (problem != null) {
        throw new StoredDataException(problem);
      }
      return Optional.ofNullable(value);
    }
  }
}
