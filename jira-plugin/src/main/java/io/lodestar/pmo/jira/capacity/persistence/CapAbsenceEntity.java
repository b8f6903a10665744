package io.lodestar.pmo.jira.capacity.persistence;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/**
 * An absence of a planned person (personal data), days as ISO-8601 text, kind an engine {@code
 * AbsenceKind} name, seconds per day null for whole days, with an optimistic-locking version (table
 * {@code AO_4669AB_CAP_ABSENCE}; sandbox {@code cap_absence}).
 */
@Preload
@Table(CapAbsenceEntity.TABLE)
public interface CapAbsenceEntity extends Entity {

  /** Table name without the AO prefix. */
  String TABLE = "CAP_ABSENCE";

  String PERSON_KEY = "PERSON_KEY";
  String FIRST_DAY = "FIRST_DAY";
  String LAST_DAY = "LAST_DAY";
  String KIND = "KIND";
  String SECONDS_PER_DAY = "SECONDS_PER_DAY";
  String NOTE = "NOTE";
  String VERSION = "VERSION";

  @NotNull
  @Indexed
  @StringLength(255)
  String getPersonKey();

  void setPersonKey(String personKey);

  @NotNull
  @StringLength(10)
  String getFirstDay();

  void setFirstDay(String firstDay);

  @NotNull
  @StringLength(10)
  String getLastDay();

  void setLastDay(String lastDay);

  @NotNull
  @StringLength(20)
  String getKind();

  void setKind(String kind);

  Integer getSecondsPerDay();

  void setSecondsPerDay(Integer secondsPerDay);

  @StringLength(1000)
  String getNote();

  void setNote(String note);

  @NotNull
  long getVersion();

  void setVersion(long version);
}
