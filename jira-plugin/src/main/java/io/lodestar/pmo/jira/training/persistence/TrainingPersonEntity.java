package io.lodestar.pmo.jira.training.persistence;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/**
 * Who manages a person and which team they are in (personal data: erased on request). Table {@code
 * AO_4669AB_TRN_PERSON}.
 */
@Preload
@Table(TrainingPersonEntity.TABLE)
public interface TrainingPersonEntity extends Entity {

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
