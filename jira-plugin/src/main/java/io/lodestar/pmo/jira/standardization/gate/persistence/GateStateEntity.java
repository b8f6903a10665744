package io.lodestar.pmo.jira.standardization.gate.persistence;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/**
 * One project's stage-gate state (table {@code AO_4669AB_GATE_STATE}): its phase, the open request
 * (JSON text, null when none) and the optimistic-locking version. One row per project.
 */
@Preload
@Table(GateStateEntity.TABLE)
public interface GateStateEntity extends Entity {

  /** Table name without the AO prefix. */
  String TABLE = "GATE_STATE";

  /** Column: the project key. */
  String PROJECT_KEY = "PROJECT_KEY";

  /** Column: the phase, zero-based. */
  String PHASE = "PHASE";

  /** Column: the open request as JSON text; null when none is open. */
  String OPEN_REQUEST = "OPEN_REQUEST";

  /** Column: optimistic-locking version, 1 after the first save. */
  String VERSION = "VERSION";

  @NotNull
  @Unique
  @StringLength(64)
  String getProjectKey();

  void setProjectKey(String projectKey);

  @NotNull
  int getPhase();

  void setPhase(int phase);

  @StringLength(StringLength.UNLIMITED)
  String getOpenRequest();

  void setOpenRequest(String openRequest);

  @NotNull
  long getVersion();

  void setVersion(long version);
}
