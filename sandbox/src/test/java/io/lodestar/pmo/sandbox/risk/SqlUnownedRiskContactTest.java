package io.lodestar.pmo.sandbox.risk;

import static org.assertj.core.api.Assertions.assertThat;

import io.lodestar.pmo.sandbox.TestData;
import io.lodestar.pmo.sandbox.shared.store.SandboxStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class SqlUnownedRiskContactTest {

  private final SandboxStore store = TestData.newStore();
  private final SqlUnownedRiskContact target = new SqlUnownedRiskContact(store);

  @AfterEach
  void close() {
    store.close();
  }

  @Test
  void contactFor_shouldBeTheProjectLead_whenTheProjectHasOne() {
    TestData.user(store, "lee");
    TestData.project(store, 1, "P");
    TestData.exec(store, "UPDATE project SET lead_key = ? WHERE id = ?", "lee", 1);

    assertThat(target.contactFor("P")).contains("lee");
  }

  @Test
  void contactFor_shouldBeEmpty_whenTheProjectHasNoLeadOrIsUnknown() {
    TestData.project(store, 1, "P");
    TestData.exec(store, "UPDATE project SET lead_key = NULL WHERE id = ?", 1);

    assertThat(target.contactFor("P")).isEmpty();
    assertThat(target.contactFor("NOPE")).isEmpty();
  }
}
