package io.lodestar.pmo.sandbox.shared.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lodestar.pmo.engine.risk.port.RiskProjectSettings;
import io.lodestar.pmo.engine.shared.AuditEntry;
import io.lodestar.pmo.engine.shared.Versioned;
import io.lodestar.pmo.sandbox.TestData;
import io.lodestar.pmo.sandbox.demo.DemoFields;
import io.lodestar.pmo.sandbox.risk.SqlRiskProjectSettingsStore;
import io.lodestar.pmo.sandbox.shared.host.SqlAuditLog;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class SqlTransactionsTest {

  private final SandboxStore store = TestData.newStore();
  private final SqlTransactions target = new SqlTransactions(store);
  private final SqlRiskProjectSettingsStore settings = new SqlRiskProjectSettingsStore(store);
  private final SqlAuditLog audit = new SqlAuditLog(store);

  @AfterEach
  void close() {
    store.close();
  }

  @Test
  void inTransaction_shouldRollBackEveryStoreWrite_whenTheWorkThrowsAfterWriting() {
    IllegalStateException failure = new IllegalStateException("after the write");

    assertThatThrownBy(
            () ->
                target.inTransaction(
                    () -> {
                      settings.save(
                          "ALPHA",
                          RiskProjectSettings.of(1, DemoFields.mapping(), null),
                          Versioned.NEW);
                      audit.record(
                          new AuditEntry("u", "a", "t", "ALPHA", null, "x", Instant.EPOCH));
                      throw failure;
                    }))
        .isSameAs(failure);

    assertThat(settings.find("ALPHA")).isEmpty();
    assertThat(audit.count()).isZero();
  }

  @Test
  void inTransaction_shouldCommitTheJoinedWrites_whenTheWorkSucceeds() {
    String result =
        target.inTransaction(
            () -> {
              settings.save(
                  "ALPHA", RiskProjectSettings.of(1, DemoFields.mapping(), null), Versioned.NEW);
              audit.record(new AuditEntry("u", "a", "t", "ALPHA", null, "x", Instant.EPOCH));
              return "done";
            });

    assertThat(result).isEqualTo("done");
    assertThat(settings.find("ALPHA")).isPresent();
    assertThat(audit.count()).isEqualTo(1);
  }
}
