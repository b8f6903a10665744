package io.lodestar.pmo.jira.capacity.persistence;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/**
 * A team with its lead (who may see the members' absences) (table {@code AO_4669AB_CAP_TEAM};
 * sandbox {@code cap_team}).
 */
@Preload
@Table(CapTeamEntity.TABLE)
public interface CapTeamEntity extends Entity {

  /** Table name without the AO prefix. */
  String TABLE = "CAP_TEAM";

  String TEAM_KEY = "TEAM_KEY";
  String NAME = "NAME";
  String LEAD_KEY = "LEAD_KEY";

  @NotNull
  @Unique
  @StringLength(64)
  String getTeamKey();

  void setTeamKey(String teamKey);

  @NotNull
  @StringLength(255)
  String getName();

  void setName(String name);

  @StringLength(255)
  String getLeadKey();

  void setLeadKey(String leadKey);
}
