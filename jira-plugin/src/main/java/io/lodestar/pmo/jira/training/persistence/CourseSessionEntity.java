package io.lodestar.pmo.jira.training.persistence;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/**
 * A session of a course (engine {@link io.lodestar.pmo.engine.training.CourseSession}). Table
 * {@code AO_4669AB_TRN_SESSION}.
 */
@Preload
@Table(CourseSessionEntity.TABLE)
public interface CourseSessionEntity extends Entity {

  /** Table name without the AO prefix. */
  String TABLE = "TRN_SESSION";

  /** Column: the session's stable id. */
  String SESSION_ID = "SESSION_ID";

  /** Column: the course's id. */
  String COURSE_ID = "COURSE_ID";

  /** Column: the first day, ISO-8601. */
  String FIRST_DAY = "FIRST_DAY";

  /** Column: the last day, ISO-8601. */
  String LAST_DAY = "LAST_DAY";

  /** Column: seconds of training on each day; null for whole days. */
  String SECONDS_PER_DAY = "SECONDS_PER_DAY";

  @NotNull
  @Unique
  @StringLength(64)
  String getSessionId();

  void setSessionId(String sessionId);

  @NotNull
  @StringLength(64)
  String getCourseId();

  void setCourseId(String courseId);

  @NotNull
  @StringLength(10)
  String getFirstDay();

  void setFirstDay(String firstDay);

  @NotNull
  @StringLength(10)
  String getLastDay();

  void setLastDay(String lastDay);

  Integer getSecondsPerDay();

  void setSecondsPerDay(Integer secondsPerDay);
}
