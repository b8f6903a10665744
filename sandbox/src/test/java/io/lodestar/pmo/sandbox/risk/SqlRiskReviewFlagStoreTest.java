package io.lodestar.pmo.sandbox.risk;

import static org.assertj.core.api.Assertions.assertThat;

import io.lodestar.pmo.engine.risk.port.ReviewFlag;
import io.lodestar.pmo.sandbox.TestData;
import io.lodestar.pmo.sandbox.shared.store.SandboxStore;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class SqlRiskReviewFlagStoreTest {

  private static final LocalDate DAY = LocalDate.of(2024, 5, 1);

  private final SandboxStore store = TestData.newStore();
  private final SqlRiskReviewFlagStore target = new SqlRiskReviewFlagStore(store);

  @AfterEach
  void close() {
    store.close();
  }

  @Test
  void flagsOf_shouldReturnTheProjectsFlagsInIssueKeyOrder() {
    target.save(new ReviewFlag("A-10", "A", DAY, DAY, null));
    target.save(new ReviewFlag("A-9", "A", DAY, DAY, DAY));
    target.save(new ReviewFlag("B-1", "B", DAY, DAY, null));

    assertThat(target.flagsOf("A")).extracting(ReviewFlag::issueKey).containsExactly("A-9", "A-10");
  }

  @Test
  void save_shouldReplaceTheFlag_whenTheIssueIsFlaggedAgain() {
    target.save(new ReviewFlag("A-1", "A", DAY, DAY, null));
    ReviewFlag reminded = new ReviewFlag("A-1", "A", DAY, DAY, DAY.plusDays(1));

    target.save(reminded);

    assertThat(target.flagsOf("A")).containsExactly(reminded);
  }

  @Test
  void clear_shouldRemoveTheFlag() {
    target.save(new ReviewFlag("A-1", "A", DAY, DAY, null));

    target.clear("A-1");

    assertThat(target.flagOf("A-1")).isEmpty();
  }
}
