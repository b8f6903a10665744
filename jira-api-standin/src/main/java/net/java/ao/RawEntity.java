package net.java.ao;

import java.beans.PropertyChangeListener;

/**
 * Stand-in for the root interface of AO entities. Checked against the activeobjects source
 * (net.java.ao.RawEntity, https://docs.atlassian.com/activeobjects/) [unverified].
 *
 * @param <T> primary key type
 */
public interface RawEntity<T> {
  void init();

  void save();

  EntityManager getEntityManager();

  <X extends RawEntity<T>> Class<X> getEntityType();

  void addPropertyChangeListener(PropertyChangeListener listener);

  void removePropertyChangeListener(PropertyChangeListener listener);
}
