package io.lodestar.pmo.sandbox.shared.host;

import static org.assertj.core.api.Assertions.assertThat;

import io.lodestar.pmo.app.shared.host.HostUser;
import io.lodestar.pmo.app.shared.host.ProjectRef;
import io.lodestar.pmo.sandbox.TestData;
import io.lodestar.pmo.sandbox.shared.store.SandboxStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SqlHostPermissionsTest {

  private static final HostUser ALICE = new HostUser("alice", "alice", "Alice", null);
  private static final HostUser BOB = new HostUser("bob", "bob", "Bob", null);
  private static final ProjectRef P = new ProjectRef(1L, "P", "P");
  private static final ProjectRef Q = new ProjectRef(2L, "Q", "Q");

  private final SandboxStore store = TestData.newStore();
  private final SqlHostPermissions target = new SqlHostPermissions(store);

  @BeforeEach
  void data() {
    TestData.user(store, "alice", "staff");
    TestData.user(store, "bob");
    TestData.project(store, 1, "P");
    TestData.project(store, 2, "Q");
    TestData.grant(store, 1, "BROWSE", "GROUP", "staff");
    TestData.grant(store, 1, "ADMINISTER", "USER", "bob");
    TestData.grant(store, 2, "BROWSE", "ANYONE", null);
    TestData.exec(store, "UPDATE app_user SET host_admin = TRUE WHERE user_key = 'bob'");
  }

  @AfterEach
  void close() {
    store.close();
  }

  @Test
  void mayBrowse_shouldBeTrue_whenAGroupOfTheUserHoldsTheGrant() {
    assertThat(target.mayBrowse(ALICE, P)).isTrue();
  }

  @Test
  void mayBrowse_shouldMatchTheGrantsGroupIgnoringCase_asIsInGroupDoes() {
    TestData.project(store, 3, "R");
    TestData.grant(store, 3, "BROWSE", "GROUP", "STAFF");
    ProjectRef r = new ProjectRef(3L, "R", "R");

    assertThat(target.mayBrowse(ALICE, r)).isTrue();
    assertThat(target.isInGroup(ALICE, "STAFF")).isTrue();
    assertThat(target.mayBrowse(BOB, r)).isFalse();
  }

  @Test
  void mayBrowse_shouldBeFalse_whenNoGrantApplies() {
    assertThat(target.mayBrowse(BOB, P)).isFalse();
  }

  @Test
  void mayBrowse_shouldLetAnonymousIn_onlyWhereAnyoneMayBrowse() {
    assertThat(target.mayBrowse(null, Q)).isTrue();
    assertThat(target.mayBrowse(null, P)).isFalse();
  }

  @Test
  void mayAdminister_shouldFollowUserGrants() {
    assertThat(target.mayAdminister(BOB, P)).isTrue();
    assertThat(target.mayAdminister(ALICE, P)).isFalse();
  }

  @Test
  void mayCreateIssues_shouldNeedBrowseAndAdministerOrHostAdmin() {
    ProjectRef q = new ProjectRef(2L, "Q", "Q");
    // alice browses P but administers nothing; bob administers P without browsing it
    assertThat(target.mayCreateIssues(ALICE, P)).isFalse();
    assertThat(target.mayCreateIssues(BOB, P)).isFalse();
    // bob is a host admin and anyone browses Q; anonymous never creates
    assertThat(target.mayCreateIssues(BOB, q)).isTrue();
    assertThat(target.mayCreateIssues(null, q)).isFalse();
    // alice once she administers P
    TestData.grant(store, 1, "ADMINISTER", "USER", "alice");
    assertThat(target.mayCreateIssues(ALICE, P)).isTrue();
  }

  @Test
  void isHostAdmin_shouldReadTheUsersFlag() {
    assertThat(target.isHostAdmin(BOB)).isTrue();
    assertThat(target.isHostAdmin(ALICE)).isFalse();
    assertThat(target.isHostAdmin(null)).isFalse();
  }

  @Test
  void isInGroup_shouldIgnoreCaseAndBlankGroups() {
    assertThat(target.isInGroup(ALICE, "Staff")).isTrue();
    assertThat(target.isInGroup(BOB, "staff")).isFalse();
    assertThat(target.isInGroup(ALICE, " ")).isFalse();
  }
}
