package io.lodestar.pmo.jira.capacity.persistence.upgrade.v6;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/**
 * FROZEN copy of {@code CapPersonEntity} as of AO model version 6, used only by {@link
 * CapacityTablesTask}; never edit it. A planned person: working-hours plan in seconds per weekday,
 * location, join and leave dates (ISO-8601 text, null when open), role and whether a placeholder
 * (table {@code AO_4669AB_CAP_PERSON}; sandbox {@code cap_person}).
 */
@Preload
@Table("CAP_PERSON")
public interface CapPersonEntityV6 extends Entity {

  /** Table name without the AO prefix. */
  String TABLE = "CAP_PERSON";

  String PERSON_KEY = "PERSON_KEY";
  String LOCATION_KEY = "LOCATION_KEY";
  String SECONDS_MON = "SECONDS_MON";
  String JOINED_ON = "JOINED_ON";
  String LEFT_ON = "LEFT_ON";
  String ROLE_NAME = "ROLE_NAME";
  String PLACEHOLDER = "PLACEHOLDER";

  @NotNull
  @Unique
  @StringLength(255)
  String getPersonKey();

  void setPersonKey(String personKey);

  /** The location, for holidays; null: none. */
  @StringLength(64)
  String getLocationKey();

  void setLocationKey(String locationKey);

  @NotNull
  int getSecondsMon();

  void setSecondsMon(int seconds);

  @NotNull
  int getSecondsTue();

  void setSecondsTue(int seconds);

  @NotNull
  int getSecondsWed();

  void setSecondsWed(int seconds);

  @NotNull
  int getSecondsThu();

  void setSecondsThu(int seconds);

  @NotNull
  int getSecondsFri();

  void setSecondsFri(int seconds);

  @NotNull
  int getSecondsSat();

  void setSecondsSat(int seconds);

  @NotNull
  int getSecondsSun();

  void setSecondsSun(int seconds);

  @StringLength(10)
  String getJoinedOn();

  void setJoinedOn(String joinedOn);

  @StringLength(10)
  String getLeftOn();

  void setLeftOn(String leftOn);

  @StringLength(255)
  String getRoleName();

  void setRoleName(String roleName);

  @NotNull
  boolean getPlaceholder();

  void setPlaceholder(boolean placeholder);
}
