package io.lodestar.pmo.jira.training.persistence.upgrade.v5;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/**
 * FROZEN copy of {@code CourseGrantEntity} as of AO model version 5, used only by {@link
 * TrainingTablesTask}; never edit it. What passing a course grants: a skill at a level, or a
 * certificate of a type. Table {@code AO_4669AB_TRN_COURSE_GRANT}.
 */
@Preload
@Table("TRN_COURSE_GRANT")
public interface CourseGrantEntityV5 extends Entity {

  /** Table name without the AO prefix. */
  String TABLE = "TRN_COURSE_GRANT";

  /** Column: the course's id. */
  String COURSE_ID = "COURSE_ID";

  /** Column: the skill granted; null for a certificate. */
  String SKILL_ID = "SKILL_ID";

  /** Column: the level granted; 0 for a certificate. */
  String SKILL_LEVEL = "SKILL_LEVEL";

  /** Column: the certification type granted; null for a skill. */
  String CERT_TYPE_ID = "CERT_TYPE_ID";

  @NotNull
  @Indexed
  @StringLength(64)
  String getCourseId();

  void setCourseId(String courseId);

  @StringLength(64)
  String getSkillId();

  void setSkillId(String skillId);

  int getSkillLevel();

  void setSkillLevel(int skillLevel);

  @StringLength(64)
  String getCertTypeId();

  void setCertTypeId(String certTypeId);
}
