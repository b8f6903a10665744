package io.lodestar.pmo.jira.portfolio.persistence.upgrade.v2;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/**
 * FROZEN copy of the settings entity (table {@code SETTING}) as AO model version 2 knows it, used
 * only by {@link PortfolioTablesTask} to seed the snapshot retention. Never edit it.
 */
@Preload
@Table("SETTING")
public interface SettingEntityV2 extends Entity {

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
