package io.lodestar.pmo.jira.standardization.gate.persistence;

import java.util.Date;
import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/**
 * One entry of a project's gate history (table {@code AO_4669AB_GATE_EVENT}), appended, never
 * changed; {@link #SEQ} is its 0-based position in the history.
 */
@Preload
@Table(GateEventEntity.TABLE)
public interface GateEventEntity extends Entity {

  /** Table name without the AO prefix. */
  String TABLE = "GATE_EVENT";

  /** Column: the project key. */
  String PROJECT_KEY = "PROJECT_KEY";

  /** Column: position in the project's history, 0-based. */
  String SEQ = "SEQ";

  /** Column: {@code REQUESTED}, {@code APPROVED}, ... */
  String KIND = "KIND";

  /** Column: the phase whose gate the event is about. */
  String PHASE = "PHASE";

  /** Column: who. */
  String ACTOR_KEY = "ACTOR_KEY";

  /** Column: when. */
  String OCCURRED_AT = "OCCURRED_AT";

  /** Column: the comment; null for none. */
  String COMMENT_TEXT = "COMMENT_TEXT";

  @NotNull
  @Indexed
  @StringLength(64)
  String getProjectKey();

  void setProjectKey(String projectKey);

  @NotNull
  int getSeq();

  void setSeq(int seq);

  @NotNull
  @StringLength(16)
  String getKind();

  void setKind(String kind);

  @NotNull
  int getPhase();

  void setPhase(int phase);

  @NotNull
  @StringLength(255)
  String getActorKey();

  void setActorKey(String actorKey);

  @NotNull
  Date getOccurredAt();

  void setOccurredAt(Date occurredAt);

  @StringLength(StringLength.UNLIMITED)
  String getCommentText();

  void setCommentText(String commentText);
}
