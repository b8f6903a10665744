package io.lodestar.pmo.jira.shared.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import net.java.ao.DBParam;
import org.junit.Test;

public class AoTransactionsTest {

  private final InMemoryActiveObjects ao = new InMemoryActiveObjects();
  private final AoTransactions target = new AoTransactions(ao);

  @Test
  public void inTransaction_shouldJoinTheOuterTransaction_whenNested() {
    target.inTransaction(() -> target.inTransaction(() -> target.inTransaction(() -> 1)));

    assertThat(ao.transactions()).isEqualTo(1);
  }

  @Test
  public void inTransaction_shouldRollBackEverything_whenNestedWorkThrows() {
    assertThatThrownBy(
            () ->
                target.inTransaction(
                    () -> {
                      create("a");
                      return target.inTransaction(
                          () -> {
                            create("b");
                            throw new IllegalStateException("boom");
                          });
                    }))
        .hasMessage("boom");

    assertThat(ao.rows(SettingEntity.class)).isEmpty();
  }

  @Test
  public void afterEnd_shouldRunAfterTheOutermostTransaction_inReverseOrder() {
    List<String> events = new ArrayList<>();

    target.inTransaction(
        () -> {
          target.afterEnd(() -> events.add("first registered"));
          target.inTransaction(
              () -> {
                target.afterEnd(() -> events.add("second registered"));
                return null;
              });
          events.add("work done");
          return null;
        });

    assertThat(events).containsExactly("work done", "second registered", "first registered");
  }

  @Test
  public void afterEnd_shouldRun_whenTheTransactionRolledBack() {
    List<String> events = new ArrayList<>();

    assertThatThrownBy(
        () ->
            target.inTransaction(
                () -> {
                  target.afterEnd(() -> events.add("ran"));
                  throw new IllegalStateException("boom");
                }));

    assertThat(events).containsExactly("ran");
  }

  @Test
  public void afterEnd_shouldRunTheOtherActions_whenOneFails() {
    List<String> events = new ArrayList<>();

    target.inTransaction(
        () -> {
          target.afterEnd(() -> events.add("ran"));
          target.afterEnd(
              () -> {
                throw new IllegalStateException("broken action");
              });
          return null;
        });

    assertThat(events).containsExactly("ran");
  }

  @Test
  public void afterEnd_shouldRefuse_whenOutsideATransaction() {
    assertThatThrownBy(() -> target.afterEnd(() -> {})).isInstanceOf(IllegalStateException.class);
  }

  @Test
  public void isActive_shouldBeTrueOnlyInsideATransaction() {
    boolean inside = target.inTransaction(target::isActive);

    assertThat(inside).isTrue();
    assertThat(target.isActive()).isFalse();
  }

  private void create(String key) {
    ao.create(
        SettingEntity.class,
        new DBParam(SettingEntity.SETTING_KEY, key),
        new DBParam(SettingEntity.VERSION, 1L));
  }
}
