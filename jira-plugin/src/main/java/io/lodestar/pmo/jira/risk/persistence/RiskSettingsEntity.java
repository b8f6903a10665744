package io.lodestar.pmo.jira.risk.persistence;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/**
 * Risk settings of one project, or the portfolio-wide default (table {@code
 * AO_4669AB_RISK_SETTINGS}). One row per scope: {@link #SCOPE} is a project key, or {@link
 * #DEFAULT_SCOPE} for the default row (a value no Jira project key can take). The unique scope
 * makes a second node creating the same project's settings fail instead of duplicating them.
 */
@Preload
@Table(RiskSettingsEntity.TABLE)
public interface RiskSettingsEntity extends Entity {

  /** Table name without the AO prefix. */
  String TABLE = "RISK_SETTINGS";

  /** The scope of the portfolio-wide default row. */
  String DEFAULT_SCOPE = "*";

  /** Column: project key, or {@link #DEFAULT_SCOPE}. */
  String SCOPE = "SCOPE";

  /** Column: id of the scoring model (a {@link ScoringModelEntity} id). */
  String MODEL_ID = "MODEL_ID";

  /** Column: key of the highest acceptable band; null when no appetite is set. */
  String APPETITE_BAND = "APPETITE_BAND";

  /** Column: version of the format of {@link #MAPPING}. */
  String FORMAT_VERSION = "FORMAT_VERSION";

  /** Column: the field mapping as text (see {@link RiskFieldMappingCodec}). */
  String MAPPING = "MAPPING";

  /** Column: optimistic-locking version, 1 after the first save. */
  String VERSION = "VERSION";

  @NotNull
  @Unique
  @StringLength(255)
  String getScope();

  void setScope(String scope);

  @NotNull
  @Indexed
  long getModelId();

  void setModelId(long modelId);

  @StringLength(64)
  String getAppetiteBand();

  void setAppetiteBand(String appetiteBand);

  @NotNull
  int getFormatVersion();

  void setFormatVersion(int formatVersion);

  @StringLength(StringLength.UNLIMITED)
  String getMapping();

  void setMapping(String mapping);

  @NotNull
  long getVersion();

  void setVersion(long version);
}
