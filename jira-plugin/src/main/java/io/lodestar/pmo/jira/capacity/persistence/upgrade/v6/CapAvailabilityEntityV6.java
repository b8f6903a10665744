package io.lodestar.pmo.jira.capacity.persistence.upgrade.v6;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/**
 * FROZEN copy of {@code CapAvailabilityEntity} as of AO model version 6, used only by {@link
 * CapacityTablesTask}; never edit it. Availability of a planned person from a day on, in percent
 * 0..100, until the next row of the same person (table {@code AO_4669AB_CAP_AVAILABILITY}; sandbox
 * {@code cap_availability}).
 */
@Preload
@Table("CAP_AVAILABILITY")
public interface CapAvailabilityEntityV6 extends Entity {

  /** Table name without the AO prefix. */
  String TABLE = "CAP_AVAILABILITY";

  String PERSON_KEY = "PERSON_KEY";
  String EFFECTIVE_FROM = "EFFECTIVE_FROM";
  String AVAILABLE_PERCENT = "AVAILABLE_PERCENT";

  @NotNull
  @Indexed
  @StringLength(255)
  String getPersonKey();

  void setPersonKey(String personKey);

  @NotNull
  @StringLength(10)
  String getEffectiveFrom();

  void setEffectiveFrom(String effectiveFrom);

  @NotNull
  int getAvailablePercent();

  void setAvailablePercent(int percent);
}
