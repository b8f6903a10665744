package com.atlassian.sal.api.transaction;

/**
 * Stand-in for SAL's transaction callback, used by {@code ActiveObjects.executeInTransaction}.
 * Checked against https://docs.atlassian.com/sal-api/
 * (com.atlassian.sal.api.transaction.TransactionCallback) [unverified].
 */
@FunctionalInterface
public interface TransactionCallback<T> {
  T doInTransaction();
}
