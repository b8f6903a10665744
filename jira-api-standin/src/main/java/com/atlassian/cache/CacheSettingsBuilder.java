package com.atlassian.cache;

import java.util.concurrent.TimeUnit;

/**
 * Stand-in for the builder of {@link CacheSettings} (members we use only). Checked against
 * https://docs.atlassian.com/atlassian-cache-api/2.9.0/atlassian-cache-api/apidocs/com/atlassian/cache/CacheSettingsBuilder.html
 * ({@code public class CacheSettingsBuilder}, no-argument constructor, {@code
 * expireAfterWrite(long, TimeUnit)}, {@code remote()}, {@code build()}) and its source
 * https://docs.atlassian.com/atlassian-cache-api/2.4.4/atlassian-cache-api/xref/com/atlassian/cache/CacheSettingsBuilder.html
 * (expiry kept in milliseconds); {@code replicateViaInvalidation()} as called by public plugin code
 * on Jira and Confluence ({@code new CacheSettingsBuilder().remote().replicateViaInvalidation()
 * .build()}).
 */
public class CacheSettingsBuilder {
  private Long expireAfterWrite;
  private Boolean local;
  private Boolean replicateViaCopy;

  public CacheSettingsBuilder() {}

  public CacheSettings build() {
    Long expire = expireAfterWrite;
    Boolean isLocal = local;
    Boolean viaCopy = replicateViaCopy;
    return new CacheSettings() {
      @Override
      public Long getExpireAfterWrite() {
        return expire;
      }

      @Override
      public Boolean getLocal() {
        return isLocal;
      }

      @Override
      public Boolean getReplicateViaCopy() {
        return viaCopy;
      }
    };
  }

  public CacheSettingsBuilder expireAfterWrite(long expireAfter, TimeUnit timeUnit) {
    this.expireAfterWrite = timeUnit.toMillis(expireAfter);
    return this;
  }

  public CacheSettingsBuilder remote() {
    this.local = Boolean.FALSE;
    return this;
  }

  public CacheSettingsBuilder replicateViaInvalidation() {
    this.replicateViaCopy = Boolean.FALSE;
    return this;
  }
}
