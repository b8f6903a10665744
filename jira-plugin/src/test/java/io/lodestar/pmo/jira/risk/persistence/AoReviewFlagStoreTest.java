package io.lodestar.pmo.jira.risk.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lodestar.pmo.engine.risk.port.ReviewFlag;
import io.lodestar.pmo.jira.shared.persistence.InMemoryActiveObjects;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.Before;
import org.junit.Test;

public class AoReviewFlagStoreTest {

  private static final LocalDate MAY_1 = LocalDate.of(2026, 5, 1);
  private static final LocalDate MAY_2 = LocalDate.of(2026, 5, 2);

  private InMemoryActiveObjects ao;
  private AoReviewFlagStore target;

  @Before
  public void setUp() {
    ao = new InMemoryActiveObjects();
    target = new AoReviewFlagStore(ao);
  }

  @Test
  public void save_shouldStoreTheFlag_whenTheIssueHasNone() {
    ReviewFlag flag = new ReviewFlag("ALPHA-1", "ALPHA", MAY_1, MAY_2, null);

    target.save(flag);

    assertThat(target.flagOf("ALPHA-1")).contains(flag);
  }

  @Test
  public void save_shouldReplaceTheFlag_whenTheIssueHasOne() {
    target.save(new ReviewFlag("ALPHA-1", "ALPHA", MAY_1, MAY_1, null));
    ReviewFlag reminded = new ReviewFlag("ALPHA-1", "ALPHA", MAY_1, MAY_1, MAY_2);

    target.save(reminded);

    assertThat(target.flagsOf("ALPHA")).containsExactly(reminded);
  }

  @Test
  public void clear_shouldRemoveOnlyThatIssuesFlag() {
    target.save(new ReviewFlag("ALPHA-1", "ALPHA", MAY_1, MAY_1, null));
    ReviewFlag other = new ReviewFlag("ALPHA-2", "ALPHA", MAY_1, MAY_1, null);
    target.save(other);

    target.clear("ALPHA-1");

    assertThat(target.flagsOf("ALPHA")).containsExactly(other);
  }

  @Test
  public void flagsOf_shouldListOneProjectInIssueKeyOrder() {
    target.save(flag("ALPHA-10"));
    target.save(flag("ALPHA-9"));
    target.save(new ReviewFlag("BETA-1", "BETA", MAY_1, MAY_1, null));

    assertThat(target.flagsOf("ALPHA"))
        .extracting(ReviewFlag::issueKey)
        .containsExactly("ALPHA-9", "ALPHA-10");
  }

  @Test
  public void flagsOf_shouldReturnOnePage_whenPaged() {
    for (int i = 1; i <= 5; i++) {
      target.save(flag("ALPHA-" + i));
    }

    assertThat(target.flagsOf("ALPHA", 2, 2))
        .extracting(ReviewFlag::issueKey)
        .containsExactly("ALPHA-3", "ALPHA-4");
    assertThat(target.countOf("ALPHA")).isEqualTo(5);
  }

  @Test
  public void replaceFlags_shouldMakeTheGivenFlagsTheProjectsOnlyFlags() {
    target.save(flag("ALPHA-1"));
    target.save(flag("ALPHA-2"));
    ReviewFlag beta = new ReviewFlag("BETA-1", "BETA", MAY_1, MAY_1, null);
    target.save(beta);

    target.replaceFlags("ALPHA", List.of(flag("ALPHA-2"), flag("ALPHA-3")));

    assertThat(target.flagsOf("ALPHA"))
        .extracting(ReviewFlag::issueKey)
        .containsExactly("ALPHA-2", "ALPHA-3");
    assertThat(target.flagsOf("BETA")).containsExactly(beta);
  }

  @Test
  public void replaceFlags_shouldKeepTheOldFlags_whenTheDatabaseFailsHalfWay() {
    target.save(flag("ALPHA-1"));
    ao.failOnWrite(3);

    assertThatThrownBy(
            () -> target.replaceFlags("ALPHA", List.of(flag("ALPHA-2"), flag("ALPHA-3"))))
        .isInstanceOf(IllegalStateException.class);

    assertThat(target.flagsOf("ALPHA")).containsExactly(flag("ALPHA-1"));
  }

  @Test
  public void replaceFlags_shouldMoveAFlag_whenItsIssueMovedProject() {
    target.save(new ReviewFlag("ALPHA-1", "BETA", MAY_1, MAY_1, null));

    target.replaceFlags("ALPHA", List.of(flag("ALPHA-1")));

    assertThat(target.flagsOf("BETA")).isEmpty();
    assertThat(target.flagsOf("ALPHA")).containsExactly(flag("ALPHA-1"));
  }

  @Test
  public void replaceFlags_shouldRejectAndChangeNothing_whenAFlagBelongsToAnotherProject() {
    target.save(flag("ALPHA-1"));

    assertThatThrownBy(
            () ->
                target.replaceFlags(
                    "ALPHA", List.of(new ReviewFlag("BETA-1", "BETA", MAY_1, MAY_1, null))))
        .isInstanceOf(IllegalArgumentException.class);

    assertThat(target.flagsOf("ALPHA")).containsExactly(flag("ALPHA-1"));
  }

  @Test
  public void replaceFlags_shouldWriteInBatches_whenThereAreManyFlags() {
    List<ReviewFlag> many = new ArrayList<>();
    for (int i = 1; i <= 1_234; i++) {
      many.add(flag("ALPHA-" + i));
    }

    target.replaceFlags("ALPHA", many);

    assertThat(target.countOf("ALPHA")).isEqualTo(1_234);
    assertThat(ao.transactions()).isEqualTo(1);
  }

  @Test
  public void flagsOf_shouldReturnEveryFlag_whenAProjectHasMoreThanTenThousand() {
    List<ReviewFlag> many = new ArrayList<>();
    for (int i = 1; i <= 12_345; i++) {
      many.add(flag("ALPHA-" + i));
    }
    target.writeAll(many, List.of());
    target.save(new ReviewFlag("BETA-1", "BETA", MAY_1, MAY_1, null));
    int readsBefore = ao.reads();

    List<ReviewFlag> flags = target.flagsOf("ALPHA");

    assertThat(flags).hasSize(12_345);
    assertThat(flags.get(0).issueKey()).isEqualTo("ALPHA-1");
    assertThat(flags.get(12_344).issueKey()).isEqualTo("ALPHA-12345");
    assertThat(flags).extracting(ReviewFlag::issueKey).doesNotHaveDuplicates();
    // 13 chunks of at most 1,000 rows, not one row-limited query
    assertThat(ao.reads() - readsBefore).isEqualTo(13);
  }

  @Test
  public void writeAll_shouldSaveAndClearManyFlagsInOneTransaction() {
    target.save(flag("ALPHA-1"));
    target.save(flag("ALPHA-2"));
    int before = ao.transactions();
    List<ReviewFlag> saves = new ArrayList<>();
    for (int i = 2; i <= 1_501; i++) {
      saves.add(new ReviewFlag("ALPHA-" + i, "ALPHA", MAY_1, MAY_1, MAY_2));
    }

    target.writeAll(saves, List.of("ALPHA-1", "ALPHA-9999"));

    assertThat(ao.transactions() - before).isEqualTo(1);
    assertThat(target.countOf("ALPHA")).isEqualTo(1_500);
    assertThat(target.flagOf("ALPHA-1")).isEmpty();
    assertThat(target.flagOf("ALPHA-2"))
        .contains(new ReviewFlag("ALPHA-2", "ALPHA", MAY_1, MAY_1, MAY_2));
  }

  @Test
  public void writeAll_shouldChangeNothing_whenTheDatabaseFailsHalfWay() {
    target.save(flag("ALPHA-1"));
    List<ReviewFlag> saves = new ArrayList<>();
    for (int i = 2; i <= 1_200; i++) {
      saves.add(flag("ALPHA-" + i));
    }
    ao.failOnWrite(3);

    assertThatThrownBy(() -> target.writeAll(saves, List.of("ALPHA-1")))
        .isInstanceOf(IllegalStateException.class);

    assertThat(target.flagsOf("ALPHA")).containsExactly(flag("ALPHA-1"));
  }

  @Test
  public void writeAll_shouldRejectAndWriteNothing_whenAnIssueKeyIsBothSavedAndCleared() {
    target.save(flag("ALPHA-1"));

    assertThatThrownBy(() -> target.writeAll(List.of(flag("ALPHA-2")), List.of("ALPHA-2")))
        .isInstanceOf(IllegalArgumentException.class);

    assertThat(target.flagsOf("ALPHA")).containsExactly(flag("ALPHA-1"));
  }

  private static ReviewFlag flag(String issueKey) {
    return new ReviewFlag(issueKey, "ALPHA", MAY_1, MAY_2, null);
  }
}
