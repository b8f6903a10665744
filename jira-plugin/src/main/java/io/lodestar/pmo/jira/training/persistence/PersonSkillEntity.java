package io.lodestar.pmo.jira.training.persistence;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/**
 * A skill a person holds at a level since a day (engine {@link
 * io.lodestar.pmo.engine.training.PersonSkill}); one row per (person, skill, day). Table {@code
 * AO_4669AB_TRN_PERSON_SKILL}.
 */
@Preload
@Table(PersonSkillEntity.TABLE)
public interface PersonSkillEntity extends Entity {

  /** Table name without the AO prefix. */
  String TABLE = "TRN_PERSON_SKILL";

  /** Column: the person's user key. */
  String PERSON_KEY = "PERSON_KEY";

  /** Column: the skill's id. */
  String SKILL_ID = "SKILL_ID";

  /** Column: the level, 1 to 5 ({@code LEVEL} is reserved in Oracle). */
  String SKILL_LEVEL = "SKILL_LEVEL";

  /** Column: {@code SELF_ASSESSED}, {@code MANAGER_VERIFIED} or {@code CERTIFIED}. */
  String SOURCE = "SOURCE";

  /** Column: the day it was recorded, ISO-8601. */
  String SINCE = "SINCE";

  @NotNull
  @Indexed
  @StringLength(255)
  String getPersonKey();

  void setPersonKey(String personKey);

  @NotNull
  @StringLength(64)
  String getSkillId();

  void setSkillId(String skillId);

  @NotNull
  int getSkillLevel();

  void setSkillLevel(int skillLevel);

  @NotNull
  @StringLength(20)
  String getSource();

  void setSource(String source);

  @NotNull
  @StringLength(10)
  String getSince();

  void setSince(String since);
}
