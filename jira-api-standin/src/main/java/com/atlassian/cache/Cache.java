package com.atlassian.cache;

/**
 * Stand-in for an atlassian-cache cache (members we use only). Checked against
 * https://docs.atlassian.com/atlassian-cache/2.0.7/apidocs/com/atlassian/cache/Cache.html ({@code V
 * get(K key)}, {@code void remove(K key)}, {@code void removeAll()}, {@code String getName()}); a
 * cache created with a {@link CacheLoader} never returns null from {@code get}
 * (https://docs.atlassian.com/atlassian-cache-compat-parent/1.1/xref/com/atlassian/cache/compat/Cache.html).
 */
public interface Cache<K, V> {
  String getName();

  V get(K key);

  void remove(K key);

  void removeAll();
}
