package io.lodestar.pmo.jira.risk.index;

import io.lodestar.pmo.app.shared.security.SettingRows;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/** {@link SettingRows} in a map; a locked transaction runs its work directly. */
final class InMemorySettingRows implements SettingRows {

  final Map<String, Row> rows = new HashMap<>();
  int writes;

  @Override
  public Optional<Row> find(String key) {
    return Optional.ofNullable(rows.get(key));
  }

  @Override
  public boolean write(String key, String value, long expectedVersion, long nextVersion) {
    long version = rows.containsKey(key) ? rows.get(key).version() : 0;
    if (version != expectedVersion) {
      return false;
    }
    rows.put(key, new Row(value, nextVersion));
    writes++;
    return true;
  }

  @Override
  public <T> T inLockedTransaction(String lockName, Supplier<T> work) {
    return work.get();
  }
}
