package io.lodestar.pmo.sandbox.shared.host;

import static org.assertj.core.api.Assertions.assertThat;

import io.lodestar.pmo.app.shared.host.HostUser;
import io.lodestar.pmo.app.shared.host.ProjectRef;
import io.lodestar.pmo.sandbox.TestData;
import io.lodestar.pmo.sandbox.shared.store.SandboxStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SqlProjectDirectoryTest {

  private final SandboxStore store = TestData.newStore();
  private final SqlProjectDirectory target = new SqlProjectDirectory(store);

  @BeforeEach
  void data() {
    TestData.user(store, "alice");
    TestData.project(store, 2, "ZED");
    TestData.project(store, 1, "ABC");
    TestData.project(store, 3, "HID");
    TestData.grant(store, 2, "BROWSE", "USER", "alice");
    TestData.grant(store, 1, "BROWSE", "USER", "alice");
  }

  @AfterEach
  void close() {
    store.close();
  }

  @Test
  void byKey_shouldFindTheProjectIgnoringCase() {
    assertThat(target.byKey("abc")).contains(new ProjectRef(1L, "ABC", "ABC"));
  }

  @Test
  void byKey_shouldBeEmpty_forAnUnknownOrNullKey() {
    assertThat(target.byKey("NOPE")).isEmpty();
    assertThat(target.byKey(null)).isEmpty();
  }

  @Test
  void browsableBy_shouldListOnlyBrowsableProjectsOrderedByKey() {
    assertThat(target.browsableBy(new HostUser("alice", "alice", "Alice", null)))
        .extracting(ProjectRef::key)
        .containsExactly("ABC", "ZED");
  }

  @Test
  void browsableBy_shouldBeEmpty_forAnonymousWithoutPublicProjects() {
    assertThat(target.browsableBy(null)).isEmpty();
  }

  @Test
  void allKeys_shouldListEveryProjectInKeyOrder_whateverItsPermissions() {
    assertThat(target.allKeys()).containsExactly("ABC", "HID", "ZED");
  }
}
