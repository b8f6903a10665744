package io.lodestar.pmo.jira.capacity.persistence.upgrade.v6;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/**
 * FROZEN copy of {@code CapTeamMemberEntity} as of AO model version 6, used only by {@link
 * CapacityTablesTask}; never edit it. A membership of a person in a team, in percent 1..100 (table
 * {@code AO_4669AB_CAP_TEAM_MEMBER}; sandbox {@code cap_team_member}).
 */
@Preload
@Table("CAP_TEAM_MEMBER")
public interface CapTeamMemberEntityV6 extends Entity {

  /** Table name without the AO prefix. */
  String TABLE = "CAP_TEAM_MEMBER";

  String TEAM_KEY = "TEAM_KEY";
  String PERSON_KEY = "PERSON_KEY";
  String MEMBER_PERCENT = "MEMBER_PERCENT";

  @NotNull
  @Indexed
  @StringLength(64)
  String getTeamKey();

  void setTeamKey(String teamKey);

  @NotNull
  @Indexed
  @StringLength(255)
  String getPersonKey();

  void setPersonKey(String personKey);

  @NotNull
  int getMemberPercent();

  void setMemberPercent(int percent);
}
