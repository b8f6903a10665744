package io.lodestar.pmo.jira.standardization.gate.persistence.upgrade.v4;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/**
 * FROZEN copy of {@code GatePhaseEntity} as of AO model version 4, used only by {@link
 * GateTablesTask}; never edit it. The current stage-gate phase of one Jira project (table {@code
 * AO_4669AB_GATE_PHASE}), what the "Lodestar phase" field shows and searches. One row per project
 * (unique key); a project without a row is shown with no phase.
 */
@Preload
@Table("GATE_PHASE")
public interface GatePhaseEntityV4 extends Entity {

  /** Table name without the AO prefix. */
  String TABLE = "GATE_PHASE";

  /** Column: the project key. */
  String PROJECT_KEY = "PROJECT_KEY";

  /** Column: the phase's name, e.g. {@code Execute}; null once the lifecycle is complete. */
  String PHASE_NAME = "PHASE_NAME";

  /** Column: the phase, zero-based (the number of phases once complete). */
  String PHASE_INDEX = "PHASE_INDEX";

  /** Column: optimistic-locking version, 1 after the first save. */
  String VERSION = "VERSION";

  @NotNull
  @Unique
  @StringLength(64)
  String getProjectKey();

  void setProjectKey(String projectKey);

  @StringLength(255)
  String getPhaseName();

  void setPhaseName(String phaseName);

  @NotNull
  int getPhaseIndex();

  void setPhaseIndex(int phaseIndex);

  @NotNull
  long getVersion();

  void setVersion(long version);
}
