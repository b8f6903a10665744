package io.lodestar.pmo.jira.training.persistence.upgrade.v5;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/**
 * FROZEN copy of {@code CourseEntity} as of AO model version 5, used only by {@link
 * TrainingTablesTask}; never edit it. A course (engine {@link
 * io.lodestar.pmo.engine.training.Course}); what it grants is in {@code CourseGrantEntity}. Table
 * {@code AO_4669AB_TRN_COURSE}.
 */
@Preload
@Table("TRN_COURSE")
public interface CourseEntityV5 extends Entity {

  /** Table name without the AO prefix. */
  String TABLE = "TRN_COURSE";

  /** Column: the course's stable id. */
  String COURSE_ID = "COURSE_ID";

  /** Column: the shown name. */
  String NAME = "NAME";

  /** Column: true when run by the organisation. */
  String INTERNAL = "INTERNAL";

  /** Column: the course's length in seconds. */
  String DURATION_SECONDS = "DURATION_SECONDS";

  /** Column: optimistic-locking version, 1 when added. */
  String VERSION = "VERSION";

  @NotNull
  @Unique
  @StringLength(64)
  String getCourseId();

  void setCourseId(String courseId);

  @NotNull
  @StringLength(255)
  String getName();

  void setName(String name);

  @NotNull
  boolean isInternal();

  void setInternal(boolean internal);

  @NotNull
  long getDurationSeconds();

  void setDurationSeconds(long durationSeconds);

  @NotNull
  long getVersion();

  void setVersion(long version);
}
