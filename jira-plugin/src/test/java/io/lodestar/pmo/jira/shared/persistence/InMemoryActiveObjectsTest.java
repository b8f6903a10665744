package io.lodestar.pmo.jira.shared.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import net.java.ao.DBParam;
import org.junit.Test;

/** The fake must behave like AO where the stores rely on it, or the store tests prove nothing. */
public class InMemoryActiveObjectsTest {

  private final InMemoryActiveObjects target = new InMemoryActiveObjects();

  @Test
  public void create_shouldRefuse_whenANotNullColumnIsMissing() {
    assertThatThrownBy(
            () -> target.create(SettingEntity.class, new DBParam(SettingEntity.VERSION, 1L)))
        .hasMessageContaining("NOT NULL violated: SETTING.SETTING_KEY");
  }

  @Test
  public void create_shouldRefuse_whenAUniqueValueIsTaken() {
    target.create(
        SettingEntity.class,
        new DBParam(SettingEntity.SETTING_KEY, "k"),
        new DBParam(SettingEntity.VERSION, 1L));

    assertThatThrownBy(
            () ->
                target.create(
                    SettingEntity.class,
                    new DBParam(SettingEntity.SETTING_KEY, "k"),
                    new DBParam(SettingEntity.VERSION, 1L)))
        .hasMessageContaining("UNIQUE violated");
  }

  @Test
  public void setter_shouldNotReachTheRow_untilSaved() {
    SettingEntity row =
        target.create(
            SettingEntity.class,
            new DBParam(SettingEntity.SETTING_KEY, "k"),
            new DBParam(SettingEntity.VERSION, 1L));

    row.setVersion(2L);

    assertThat(target.get(SettingEntity.class, row.getID()).getVersion()).isEqualTo(1L);
  }

  @Test
  public void executeInTransaction_shouldRollBack_whenTheCallbackThrows() {
    assertThatThrownBy(
            () ->
                target.executeInTransaction(
                    () -> {
                      target.create(
                          SettingEntity.class,
                          new DBParam(SettingEntity.SETTING_KEY, "k"),
                          new DBParam(SettingEntity.VERSION, 1L));
                      throw new IllegalStateException("boom");
                    }))
        .hasMessage("boom");

    assertThat(target.count(SettingEntity.class)).isZero();
  }
}
