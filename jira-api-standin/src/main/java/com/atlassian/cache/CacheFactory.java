package com.atlassian.cache;

/**
 * Stand-in for atlassian-cache's cache factory, the super-interface of {@link CacheManager}
 * (members we use only). Checked against
 * https://docs.atlassian.com/atlassian-cache/2.4.2/apidocs/com/atlassian/cache/CacheFactory.html
 * and
 * https://docs.atlassian.com/atlassian-cache-api/2.9.0/atlassian-cache-api/apidocs/com/atlassian/cache/class-use/Cache.html
 * ({@code <K,V> Cache<K,V> getCache(String name, CacheLoader<K,V> loader, CacheSettings
 * required)}). The returned cache holds only a weak reference to the loader, so callers keep the
 * loader (and the cache) for their whole life.
 */
public interface CacheFactory {
  <K, V> Cache<K, V> getCache(String name, CacheLoader<K, V> loader, CacheSettings required);
}
