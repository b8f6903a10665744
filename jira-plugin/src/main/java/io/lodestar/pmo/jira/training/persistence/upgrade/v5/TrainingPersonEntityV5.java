package io.lodestar.pmo.jira.training.persistence.upgrade.v5;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/**
 * FROZEN copy of {@code TrainingPersonEntity} as of AO model version 5, used only by {@link
 * TrainingTablesTask}; never edit it. Who manages a person and which team they are in (personal
 * data: erased on request). Table {@code AO_4669AB_TRN_PERSON}.
 */
@Preload
@Table("TRN_PERSON")
public interface TrainingPersonEntityV5 extends Entity {

  /** Table name without the AO prefix. */
  String TABLE = "TRN_PERSON";

  /** Column: the person's user key. */
  String PERSON_KEY = "PERSON_KEY";

  /** Column: the manager's user key; null when none. */
  String MANAGER_KEY = "MANAGER_KEY";

  /** Column: the team's name; null when none. */
  String TEAM = "TEAM";

  @NotNull
  @Unique
  @StringLength(255)
  String getPersonKey();

  void setPersonKey(String personKey);

  @Indexed
  @StringLength(255)
  String getManagerKey();

  void setManagerKey(String managerKey);

  @Indexed
  @StringLength(255)
  String getTeam();

  void setTeam(String team);
}
