package io.lodestar.pmo.jira.standardization.gate.persistence.upgrade.v7;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/**
 * FROZEN copy of {@code GateSettingsEntity} as of AO model version 7, used only by {@code
 * StandardizationTablesTask}; never edit it. The PMO's gate settings (table {@code
 * AO_4669AB_GATE_SETTINGS}): at most one row, the lifecycle, its criteria, quorum and approvers as
 * JSON text.
 */
@Preload
@Table("GATE_SETTINGS")
public interface GateSettingsEntityV7 extends Entity {

  /** Table name without the AO prefix. */
  String TABLE = "GATE_SETTINGS";

  /** Column: the settings as JSON text. */
  String SETTINGS = "SETTINGS";

  /** Column: optimistic-locking version, 1 after the first save. */
  String VERSION = "VERSION";

  @NotNull
  @StringLength(StringLength.UNLIMITED)
  String getSettings();

  void setSettings(String settings);

  @NotNull
  long getVersion();

  void setVersion(long version);
}
