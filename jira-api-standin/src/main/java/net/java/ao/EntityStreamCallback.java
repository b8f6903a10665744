package net.java.ao;

/**
 * Stand-in for the per-row callback of {@code ActiveObjects.stream}. Checked against the
 * activeobjects source (net.java.ao.EntityStreamCallback) [unverified].
 */
@FunctionalInterface
public interface EntityStreamCallback<T extends RawEntity<K>, K> {
  void onRowRead(T t);
}
