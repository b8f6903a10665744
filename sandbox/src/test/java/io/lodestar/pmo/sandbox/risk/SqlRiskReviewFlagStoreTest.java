package io.lodestar.pmo.sandbox.risk;

import static org.assertj.core.api.Assertions.assertThat;

import io.lodestar.pmo.engine.risk.port.ReviewFlag;
import io.lodestar.pmo.sandbox.TestData;
import io.lodestar.pmo.sandbox.shared.store.SandboxStore;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
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

  @Test
  void writeAll_shouldSaveAndClearAndFlagsOfReturnAll_whenMoreThanTenThousand() {
    target.save(new ReviewFlag("A-0", "A", DAY, DAY, null));
    List<ReviewFlag> many = new ArrayList<>();
    for (int i = 1; i <= 10_050; i++) {
      many.add(new ReviewFlag("A-" + i, "A", DAY, DAY, null));
    }

    target.writeAll(many, List.of("A-0"));

    List<ReviewFlag> flags = target.flagsOf("A");
    assertThat(flags).hasSize(10_050);
    assertThat(flags.get(10_049).issueKey()).isEqualTo("A-10050");
    assertThat(target.flagOf("A-0")).isEmpty();
  }

  @Test
  void writeAll_shouldWriteNothing_whenAnIssueKeyIsBothSavedAndCleared() {
    target.save(new ReviewFlag("A-1", "A", DAY, DAY, null));

    org.assertj.core.api.Assertions.assertThatThrownBy(
            () ->
                target.writeAll(
                    List.of(new ReviewFlag("A-2", "A", DAY, DAY, null)), List.of("A-2")))
        .isInstanceOf(IllegalArgumentException.class);

    assertThat(target.flagsOf("A")).extracting(ReviewFlag::issueKey).containsExactly("A-1");
  }
}
