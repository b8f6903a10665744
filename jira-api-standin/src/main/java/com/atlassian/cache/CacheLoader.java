package com.atlassian.cache;

/**
 * Stand-in for the loader that populates a cache on a miss. Checked against
 * https://docs.atlassian.com/atlassian-cache/2.0.7/apidocs/com/atlassian/cache/CacheLoader.html and
 * https://docs.atlassian.com/atlassian-cache/2.4.1/xref/com/atlassian/cache/CacheLoader.html
 * ({@code @Nonnull V load(@Nonnull K key)}: the value must not be null; absent values are wrapped).
 */
public interface CacheLoader<K, V> {
  V load(K key);
}
