package com.atlassian.cache;

/**
 * Stand-in for immutable cache settings (members we use only); getters return null when a setting
 * is not specified. Checked against
 * https://docs.atlassian.com/atlassian-cache/2.5.5/apidocs/com/atlassian/cache/CacheSettings.html
 * and a decompiled recent {@code com.atlassian.cache.CacheSettings} in public plugin code
 * ({@code @Nullable Long getExpireAfterWrite()}, {@code @Nullable Boolean getLocal()},
 * {@code @Nullable Boolean getReplicateViaCopy()}).
 */
public interface CacheSettings {
  /** Expiry after write in milliseconds, or null. */
  Long getExpireAfterWrite();

  /** Whether the cache is node-local, or null. */
  Boolean getLocal();

  /** True: replicate by copying values; false: replicate by invalidation; null: unspecified. */
  Boolean getReplicateViaCopy();
}
