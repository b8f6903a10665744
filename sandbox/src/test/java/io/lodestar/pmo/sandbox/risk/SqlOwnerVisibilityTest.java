package io.lodestar.pmo.sandbox.risk;

import static org.assertj.core.api.Assertions.assertThat;

import io.lodestar.pmo.sandbox.TestData;
import io.lodestar.pmo.sandbox.shared.store.SandboxStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SqlOwnerVisibilityTest {

  private final SandboxStore store = TestData.newStore();
  private final SqlOwnerVisibility target = new SqlOwnerVisibility(store);

  @BeforeEach
  void data() {
    TestData.user(store, "alice", "staff");
    TestData.user(store, "bob");
    TestData.project(store, 1, "P");
    TestData.grant(store, 1, "BROWSE", "GROUP", "staff");
    TestData.issueType(store, "1", "Risk");
    TestData.issue(store, 1, "P-1", 1, "1", "new");
  }

  @AfterEach
  void close() {
    store.close();
  }

  @Test
  void mayBrowse_shouldBeTrue_whenTheOwnerMayBrowseTheProject() {
    assertThat(target.mayBrowse("alice", "P-1")).isTrue();
  }

  @Test
  void mayBrowse_shouldBeFalse_whenTheOwnerMayNotBrowseTheProject() {
    assertThat(target.mayBrowse("bob", "P-1")).isFalse();
  }

  @Test
  void mayBrowse_shouldBeFalse_forAnUnknownOwnerOrIssue() {
    assertThat(target.mayBrowse("ghost", "P-1")).isFalse();
    assertThat(target.mayBrowse("alice", "P-9")).isFalse();
  }
}
