package io.lodestar.pmo.jira.risk.persistence.upgrade.v1;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/**
 * FROZEN copy of the scoring-model entity as of AO model version 1 (table {@code RISK_MODEL}), used
 * only by {@link SeedDefaultScoringModelTask}. Never edit it: later upgrade tasks get their own
 * copies.
 */
@Preload
@Table("RISK_MODEL")
public interface ScoringModelEntityV1 extends Entity {

  @NotNull
  @StringLength(255)
  String getName();

  void setName(String name);

  @NotNull
  @StringLength(32)
  String getKind();

  void setKind(String kind);

  @NotNull
  int getFormatVersion();

  void setFormatVersion(int formatVersion);

  @StringLength(StringLength.UNLIMITED)
  String getDefinition();

  void setDefinition(String definition);

  @NotNull
  long getVersion();

  void setVersion(long version);
}
