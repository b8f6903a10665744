package io.lodestar.pmo.jira.training.persistence;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/**
 * A person's enrolment in a session (engine {@link io.lodestar.pmo.engine.training.Enrolment}).
 * Table {@code AO_4669AB_TRN_ENROLMENT}.
 */
@Preload
@Table(EnrolmentEntity.TABLE)
public interface EnrolmentEntity extends Entity {

  /** Table name without the AO prefix. */
  String TABLE = "TRN_ENROLMENT";

  /** Column: the enrolment's stable id. */
  String ENROLMENT_ID = "ENROLMENT_ID";

  /** Column: the person's user key. */
  String PERSON_KEY = "PERSON_KEY";

  /** Column: the session's id. */
  String SESSION_ID = "SESSION_ID";

  /** Column: {@code PLANNED}, {@code ATTENDED}, {@code PASSED} or {@code WITHDRAWN}. */
  String STATUS = "STATUS";

  /** Column: optimistic-locking version, 1 after the first save. */
  String VERSION = "VERSION";

  @NotNull
  @Unique
  @StringLength(64)
  String getEnrolmentId();

  void setEnrolmentId(String enrolmentId);

  @NotNull
  @Indexed
  @StringLength(255)
  String getPersonKey();

  void setPersonKey(String personKey);

  @NotNull
  @StringLength(64)
  String getSessionId();

  void setSessionId(String sessionId);

  @NotNull
  @StringLength(20)
  String getStatus();

  void setStatus(String status);

  @NotNull
  long getVersion();

  void setVersion(long version);
}
