package com.atlassian.activeobjects.external;

import com.atlassian.sal.api.transaction.TransactionCallback;
import java.util.List;
import java.util.Map;
import net.java.ao.DBParam;
import net.java.ao.EntityStreamCallback;
import net.java.ao.Query;
import net.java.ao.RawEntity;

/**
 * Stand-in for the Active Objects facade a plugin gets as an OSGi service. Checked against
 * https://docs.atlassian.com/activeobjects-plugin-parent-pom/2.0.1-0fc30df/xref/com/atlassian/activeobjects/external/ActiveObjects.html
 * (older AO) and a decompiled recent {@code ActiveObjectsDelegate} (PLATFORM.md §2.1) [unverified
 * against AO 6: bulk {@code create(Class, List)}].
 */
public interface ActiveObjects {
  ActiveObjectsModuleMetaData moduleMetaData();

  @SuppressWarnings("unchecked")
  void migrate(Class<? extends RawEntity<?>>... entities);

  @SuppressWarnings("unchecked")
  void migrateDestructively(Class<? extends RawEntity<?>>... entities);

  void flushAll();

  void flush(RawEntity<?>... entities);

  @SuppressWarnings("unchecked")
  <T extends RawEntity<K>, K> T[] get(Class<T> type, K... keys);

  <T extends RawEntity<K>, K> T get(Class<T> type, K key);

  <T extends RawEntity<K>, K> T create(Class<T> type, DBParam... params);

  <T extends RawEntity<K>, K> T create(Class<T> type, Map<String, Object> params);

  <T extends RawEntity<K>, K> void create(Class<T> type, List<Map<String, Object>> rows);

  void delete(RawEntity<?>... entities);

  <K> int deleteWithSQL(Class<? extends RawEntity<K>> type, String criteria, Object... parameters);

  <T extends RawEntity<K>, K> T[] find(Class<T> type);

  <T extends RawEntity<K>, K> T[] find(Class<T> type, String criteria, Object... parameters);

  <T extends RawEntity<K>, K> T[] find(Class<T> type, Query query);

  <T extends RawEntity<K>, K> T[] find(Class<T> type, String field, Query query);

  <T extends RawEntity<K>, K> T[] findWithSQL(
      Class<T> type, String keyField, String sql, Object... parameters);

  <T extends RawEntity<K>, K> void stream(Class<T> type, EntityStreamCallback<T, K> streamCallback);

  <T extends RawEntity<K>, K> void stream(
      Class<T> type, Query query, EntityStreamCallback<T, K> streamCallback);

  <K> int count(Class<? extends RawEntity<K>> type);

  <K> int count(Class<? extends RawEntity<K>> type, String criteria, Object... parameters);

  <K> int count(Class<? extends RawEntity<K>> type, Query query);

  <T> T executeInTransaction(TransactionCallback<T> callback);
}
