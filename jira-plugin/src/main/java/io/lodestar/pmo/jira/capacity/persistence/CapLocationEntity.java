package io.lodestar.pmo.jira.capacity.persistence;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/**
 * A location whose public holidays apply to the people placed there (table {@code
 * AO_4669AB_CAP_LOCATION}; sandbox {@code cap_location}).
 */
@Preload
@Table(CapLocationEntity.TABLE)
public interface CapLocationEntity extends Entity {

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
