package io.lodestar.pmo.sandbox.shared.host;

import static org.assertj.core.api.Assertions.assertThat;

import io.lodestar.pmo.app.shared.host.HostUser;
import io.lodestar.pmo.app.shared.host.LinkedIssue;
import io.lodestar.pmo.app.shared.host.LinkedIssues;
import io.lodestar.pmo.sandbox.TestData;
import io.lodestar.pmo.sandbox.shared.store.SandboxStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SqlIssueLinksTest {

  private static final HostUser ALICE = new HostUser("alice", "alice", "Alice", null);

  private final SandboxStore store = TestData.newStore();
  private final SqlIssueLinks target = new SqlIssueLinks(store);

  @BeforeEach
  void data() {
    TestData.user(store, "alice");
    TestData.project(store, 1, "P");
    TestData.project(store, 2, "H");
    TestData.grant(store, 1, "BROWSE", "USER", "alice");
    TestData.issueType(store, "1", "Task");
    TestData.issue(store, 1, "P-1", 1, "1", "new");
    TestData.issue(store, 2, "P-2", 1, "1", "done");
    TestData.issue(store, 3, "P-3", 1, "1", "new");
    TestData.issue(store, 4, "H-1", 2, "1", "new");
    TestData.link(store, "Mitigates", "P-1", "P-2");
    TestData.link(store, "Blocks", "P-3", "P-1");
    TestData.link(store, "Relates", "P-1", "H-1");
    TestData.link(store, "Relates", "P-1", "GONE-1");
  }

  @AfterEach
  void close() {
    store.close();
  }

  @Test
  void linkedTo_shouldListVisibleLinksBothWays_andCountHiddenOnes() {
    LinkedIssues links = target.linkedTo("P-1", ALICE).orElseThrow();

    assertThat(links.visible())
        .containsExactly(
            new LinkedIssue("P-2", "P", "Summary of P-2", "1", true, "Mitigates", true),
            new LinkedIssue("P-3", "P", "Summary of P-3", "1", false, "Blocks", false));
    assertThat(links.hiddenCount()).isEqualTo(1);
  }

  @Test
  void linkedTo_shouldBeEmpty_whenTheViewerMayNotBrowseTheIssue() {
    assertThat(target.linkedTo("H-1", ALICE)).isEmpty();
  }

  @Test
  void linkedTo_shouldBeEmpty_forAnUnknownIssue() {
    assertThat(target.linkedTo("P-99", ALICE)).isEmpty();
  }
}
