package io.lodestar.pmo.sandbox.shared.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lodestar.pmo.sandbox.TestData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import org.h2.command.Command;
import org.h2.engine.SessionLocal;
import org.h2.jdbc.JdbcConnection;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** How {@link SandboxStore} hands out and takes back its connections. */
class SandboxStoreConnectionsTest {

  private static final String COUNT = "SELECT COUNT(*) FROM project";

  private final SandboxStore target = TestData.newStore();

  @AfterEach
  void close() {
    target.close();
  }

  @Test
  void inTransaction_shouldReuseOneConnection_whenTransactionsRunOneAfterAnother() {
    long before = target.connectionsOpened();

    for (int i = 0; i < 20; i++) {
      target.inTransaction(c -> count(c));
    }

    assertThat(target.connectionsOpened()).isEqualTo(before).isEqualTo(1);
  }

  @Test
  void inTransaction_shouldReuseTheParsedStatement_whenTheNextTransactionRunsTheSameSql() {
    Command first = target.inTransaction(SandboxStoreConnectionsTest::prepared);

    Command second = target.inTransaction(SandboxStoreConnectionsTest::prepared);

    assertThat(second).isSameAs(first);
  }

  @Test
  void inTransaction_shouldRollBackAndKeepTheConnection_whenTheWorkFails() {
    assertThatThrownBy(
            () ->
                target.inTransaction(
                    c -> {
                      TestData.project(target, 1, "ALPHA");
                      throw new IllegalStateException("after the write");
                    }))
        .hasMessage("after the write");

    assertThat(target.inTransaction(SandboxStoreConnectionsTest::count)).isZero();
    assertThat(target.connectionsOpened()).isEqualTo(1);
  }

  @Test
  void inTransaction_shouldOpenAFreshConnection_whenTheWorkClosedItsOwn() {
    assertThatThrownBy(
            () ->
                target.inTransaction(
                    c -> {
                      c.close();
                      return null;
                    }))
        .isInstanceOf(StoreException.class);

    assertThat(target.inTransaction(SandboxStoreConnectionsTest::count)).isZero();
    assertThat(target.connectionsOpened()).isEqualTo(2);
  }

  @Test
  void inTransaction_shouldStillRollBack_whenAnEarlierWorkTurnedAutoCommitOn() {
    target.inTransaction(
        c -> {
          c.setAutoCommit(true);
          return null;
        });

    assertThatThrownBy(
            () ->
                target.inTransaction(
                    c -> {
                      TestData.project(target, 1, "ALPHA");
                      throw new IllegalStateException("after the write");
                    }))
        .hasMessage("after the write");

    assertThat(target.inTransaction(SandboxStoreConnectionsTest::count)).isZero();
  }

  @Test
  void inTransaction_shouldFail_whenTheStoreIsClosed() {
    target.close();

    assertThatThrownBy(() -> target.inTransaction(SandboxStoreConnectionsTest::count))
        .isInstanceOf(StoreException.class)
        .hasMessageContaining("closed");
  }

  private static long count(java.sql.Connection c) throws java.sql.SQLException {
    try (PreparedStatement ps = c.prepareStatement(COUNT);
        ResultSet rs = ps.executeQuery()) {
      rs.next();
      return rs.getLong(1);
    }
  }

  /** H2's parsed command for {@link #COUNT} on this connection, after running it once. */
  private static Command prepared(java.sql.Connection c) throws java.sql.SQLException {
    count(c);
    SessionLocal session = (SessionLocal) c.unwrap(JdbcConnection.class).getSession();
    Command command = session.prepareLocal(COUNT);
    command.close();
    return command;
  }
}
