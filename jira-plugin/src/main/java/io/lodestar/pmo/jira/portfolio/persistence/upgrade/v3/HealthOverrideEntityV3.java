package io.lodestar.pmo.jira.portfolio.persistence.upgrade.v3;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/**
 * FROZEN copy of {@code HealthOverrideEntity} as of AO model version 3, used only by {@link
 * PortfolioStructureTask}. Never edit it: later upgrade tasks get their own copies.
 */
@Preload
@Table("HEALTH_OVERRIDE")
public interface HealthOverrideEntityV3 extends Entity {

  /** Table name without the AO prefix. */
  String TABLE = "HEALTH_OVERRIDE";

  /** Column: {@code PROJECT}, {@code PROGRAM} or {@code PORTFOLIO}. */
  String TARGET_KIND = "TARGET_KIND";

  /** Column: the project or node key. Indexed. */
  String TARGET_KEY = "TARGET_KEY";

  /** Column: {@code GREEN}, {@code AMBER} or {@code RED}. */
  String RAG = "RAG";

  String REASON = "REASON";
  String EXPIRES_ON = "EXPIRES_ON";
  String SET_BY = "SET_BY";
  String SET_AT = "SET_AT";

  /** Column: who cleared it; null while it is current. */
  String CLEARED_BY = "CLEARED_BY";

  /** Column: when it was cleared; null while it is current. */
  String CLEARED_AT = "CLEARED_AT";

  @NotNull
  @StringLength(10)
  String getTargetKind();

  void setTargetKind(String targetKind);

  @NotNull
  @Indexed
  @StringLength(255)
  String getTargetKey();

  void setTargetKey(String targetKey);

  @NotNull
  @StringLength(10)
  String getRag();

  void setRag(String rag);

  @NotNull
  @StringLength(StringLength.UNLIMITED)
  String getReason();

  void setReason(String reason);

  @NotNull
  @StringLength(10)
  String getExpiresOn();

  void setExpiresOn(String expiresOn);

  @NotNull
  @StringLength(255)
  String getSetBy();

  void setSetBy(String setBy);

  @NotNull
  @StringLength(40)
  String getSetAt();

  void setSetAt(String setAt);

  @StringLength(255)
  String getClearedBy();

  void setClearedBy(String clearedBy);

  @StringLength(40)
  String getClearedAt();

  void setClearedAt(String clearedAt);
}
