package io.lodestar.pmo.jira.capacity.persistence;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/**
 * One public holiday of a location (table {@code AO_4669AB_CAP_HOLIDAY}; sandbox {@code
 * cap_holiday}). The day is ISO-8601 text ({@code 2026-12-25}), so text order is date order.
 */
@Preload
@Table(CapHolidayEntity.TABLE)
public interface CapHolidayEntity extends Entity {

  /** Table name without the AO prefix. */
  String TABLE = "CAP_HOLIDAY";

  String LOCATION_KEY = "LOCATION_KEY";
  String HOLIDAY = "HOLIDAY";
  String NAME = "NAME";

  @NotNull
  @Indexed
  @StringLength(64)
  String getLocationKey();

  void setLocationKey(String locationKey);

  @NotNull
  @StringLength(10)
  String getHoliday();

  void setHoliday(String holiday);

  @NotNull
  @StringLength(255)
  String getName();

  void setName(String name);
}
