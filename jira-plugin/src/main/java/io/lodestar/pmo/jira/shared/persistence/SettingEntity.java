package io.lodestar.pmo.jira.shared.persistence;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/**
 * A global setting of the app, one row per key (table {@code AO_4669AB_SETTING}), with an
 * optimistic-locking version. The unique key makes two nodes creating the same setting at once fail
 * on the second insert instead of leaving two rows.
 */
@Preload
@Table(SettingEntity.TABLE)
public interface SettingEntity extends Entity {

  /** Table name without the AO prefix. */
  String TABLE = "SETTING";

  /** Column: the setting's key, e.g. {@code pmo.adminGroup}. */
  String SETTING_KEY = "SETTING_KEY";

  /** Column: the value; null when cleared. */
  String SETTING_VALUE = "SETTING_VALUE";

  /** Column: optimistic-locking version, 1 after the first save. */
  String VERSION = "VERSION";

  @NotNull
  @Unique
  String getSettingKey();

  void setSettingKey(String settingKey);

  @StringLength(StringLength.MAX_LENGTH)
  String getSettingValue();

  void setSettingValue(String settingValue);

  @NotNull
  long getVersion();

  void setVersion(long version);
}
