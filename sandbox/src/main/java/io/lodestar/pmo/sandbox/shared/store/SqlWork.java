package io.lodestar.pmo.sandbox.shared.store;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * A unit of database work on one connection.
 *
 * @param <T> what the work returns
 */
@FunctionalInterface
public interface SqlWork<T> {

  /**
   * @param connection the connection of the surrounding transaction; never null
   * @return the result; may be null
   * @throws SQLException on a database error (the transaction is rolled back)
   */
  T run(Connection connection) throws SQLException;
}
