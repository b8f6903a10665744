package com.atlassian.cache;

/**
 * Stand-in for atlassian-cache's cache manager, the host service (OSGi) that creates caches; in a
 * Data Center cluster its non-local caches are clustered. Checked against
 * https://docs.atlassian.com/atlassian-cache/2.4.2/apidocs/com/atlassian/cache/memory/MemoryCacheManager.html
 * ("All Implemented Interfaces: CacheFactory, CacheManager") and
 * https://docs.atlassian.com/atlassian-cache/2.4.2/apidocs/com/atlassian/cache/CacheFactory.html
 * ("All Known Subinterfaces: CacheManager"). Members of its own that Lodestar does not call are not
 * declared.
 */
public interface CacheManager extends CacheFactory {}
