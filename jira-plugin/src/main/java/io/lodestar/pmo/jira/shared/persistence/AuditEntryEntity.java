package io.lodestar.pmo.jira.shared.persistence;

import java.util.Date;
import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/**
 * One row of the append-only audit log (table {@code AO_4669AB_AUDIT_LOG}). Rows are inserted, read
 * page by page and never updated or deleted by the app.
 */
@Preload
@Table(AuditEntryEntity.TABLE)
public interface AuditEntryEntity extends Entity {

  /** Table name without the AO prefix. */
  String TABLE = "AUDIT_LOG";

  /** Column: Jira user key of the actor. */
  String ACTOR_KEY = "ACTOR_KEY";

  /** Column: the action, an i18n message key. */
  String ACTION = "ACTION";

  /** Column: kind of the changed thing, e.g. {@code risk.scoringModel}. */
  String TARGET_TYPE = "TARGET_TYPE";

  /** Column: id of the changed thing (an id or a project key). */
  String TARGET_ID = "TARGET_ID";

  /** Column: canonical text before the change; null when created. */
  String BEFORE_TEXT = "BEFORE_TEXT";

  /** Column: canonical text after the change; null when deleted. */
  String AFTER_TEXT = "AFTER_TEXT";

  /** Column: when the change happened. */
  String RECORDED_AT = "RECORDED_AT";

  @NotNull
  String getActorKey();

  void setActorKey(String actorKey);

  @NotNull
  String getAction();

  void setAction(String action);

  @NotNull
  @Indexed
  String getTargetType();

  void setTargetType(String targetType);

  @NotNull
  @Indexed
  String getTargetId();

  void setTargetId(String targetId);

  @StringLength(StringLength.UNLIMITED)
  String getBeforeText();

  void setBeforeText(String beforeText);

  @StringLength(StringLength.UNLIMITED)
  String getAfterText();

  void setAfterText(String afterText);

  @NotNull
  Date getRecordedAt();

  void setRecordedAt(Date recordedAt);
}
