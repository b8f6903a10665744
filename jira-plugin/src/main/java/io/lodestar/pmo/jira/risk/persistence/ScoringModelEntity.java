package io.lodestar.pmo.jira.risk.persistence;

import io.lodestar.pmo.app.risk.persistence.ScoringModelCodec;
import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/**
 * A scoring model (table {@code AO_4669AB_RISK_MODEL}). Name and kind are columns of their own;
 * scales, bands and banding are {@link #DEFINITION} text in the format given by {@link
 * #FORMAT_VERSION} (see {@link ScoringModelCodec}).
 */
@Preload
@Table(ScoringModelEntity.TABLE)
public interface ScoringModelEntity extends Entity {

  /** Table name without the AO prefix. */
  String TABLE = "RISK_MODEL";

  /** Column: display name. */
  String NAME = "NAME";

  /** Column: {@code ModelKind} name. */
  String KIND = "KIND";

  /** Column: version of the format of {@link #DEFINITION}. */
  String FORMAT_VERSION = "FORMAT_VERSION";

  /** Column: scales, bands and banding as text. */
  String DEFINITION = "DEFINITION";

  /** Column: optimistic-locking version, 1 after creation. */
  String VERSION = "VERSION";

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
