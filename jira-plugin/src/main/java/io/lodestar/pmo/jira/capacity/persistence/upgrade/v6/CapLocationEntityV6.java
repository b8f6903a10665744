package io.lodestar.pmo.jira.capacity.persistence.upgrade.v6;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/**
 * FROZEN copy of {@code CapLocationEntity} as of AO model version 6, used only by {@link
 * CapacityTablesTask}; never edit it. A location whose public holidays apply to the people placed
 * there (table {@code AO_4669AB_CAP_LOCATION}; sandbox {@code cap_location}).
 */
@Preload
@Table("CAP_LOCATION")
public interface CapLocationEntityV6 extends Entity {

  /** Table name without the AO prefix. */
  String TABLE = "CAP_LOCATION";

  String LOCATION_KEY = "LOCATION_KEY";
  String NAME = "NAME";

  @NotNull
  @Unique
  @StringLength(64)
  String getLocationKey();

  void setLocationKey(String locationKey);

  @NotNull
  @StringLength(255)
  String getName();

  void setName(String name);
}
