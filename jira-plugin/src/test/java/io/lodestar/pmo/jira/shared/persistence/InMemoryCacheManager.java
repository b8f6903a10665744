package io.lodestar.pmo.jira.shared.persistence;

import com.atlassian.cache.Cache;
import com.atlassian.cache.CacheLoader;
import com.atlassian.cache.CacheManager;
import com.atlassian.cache.CacheSettings;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A {@link CacheManager} for tests: one node's view of loader-backed caches. {@code get} loads a
 * missing key through the loader (which must not return null, as atlassian-cache requires) and
 * keeps it until removed; expiry is not simulated. Two {@code getCache} calls with one name share
 * their entries, as they would in Jira. The settings each cache was asked for are kept for
 * assertions.
 */
public final class InMemoryCacheManager implements CacheManager {

  private final Map<String, Map<Object, Object>> entries = new ConcurrentHashMap<>();
  private final Map<String, CacheSettings> settings = new ConcurrentHashMap<>();

  @Override
  public <K, V> Cache<K, V> getCache(
      String name, CacheLoader<K, V> loader, CacheSettings required) {
    settings.put(name, required);
    Map<Object, Object> map = entries.computeIfAbsent(name, n -> new ConcurrentHashMap<>());
    return new Cache<>() {
      @Override
      public String getName() {
        return name;
      }

      @Override
      @SuppressWarnings("unchecked")
      public V get(K key) {
        return (V)
            map.computeIfAbsent(
                key,
                k -> {
                  V value = loader.load(key);
                  if (value == null) {
                    throw new IllegalStateException("a cache loader returned null for " + key);
                  }
                  return value;
                });
      }

      @Override
      public void remove(K key) {
        map.remove(key);
      }

      @Override
      public void removeAll() {
        map.clear();
      }
    };
  }

  /** The settings cache {@code name} was created with, or null. */
  public CacheSettings settingsOf(String name) {
    return settings.get(name);
  }

  /** Number of entries now held by cache {@code name}. */
  public int size(String name) {
    Map<Object, Object> map = entries.get(name);
    return map == null ? 0 : map.size();
  }
}
