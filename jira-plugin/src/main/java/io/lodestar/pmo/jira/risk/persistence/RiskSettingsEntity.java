package io.lodestar.pmo.jira.risk.persistence;

import io.lodestar.pmo.app.risk.persistence.RiskFieldMappingCodec;
import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/**
 * Risk settings of one project, or the portfolio-wide default (table {@code
 * AO_4669AB_RISK_SETTINGS}). One row per scope: {@link #PROJECT_ID} is the Jira project's id, or
 * {@link #DEFAULT_PROJECT_ID} for the default row (Jira project ids are positive). Rows are keyed
 * by id rather than key so that renaming a project's key in Jira keeps its settings. The unique id
 * makes a second node creating the same project's settings fail instead of duplicating them.
 */
@Preload
@Table(RiskSettingsEntity.TABLE)
public interface RiskSettingsEntity extends Entity {

  /** Table name without the AO prefix. */
  String TABLE = "RISK_SETTINGS";

  /** The {@link #PROJECT_ID} of the portfolio-wide default row; no Jira project has it. */
  long DEFAULT_PROJECT_ID = 0L;

  /** Column: Jira project id, or {@link #DEFAULT_PROJECT_ID}. */
  String PROJECT_ID = "PROJECT_ID";

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
  long getProjectId();

  void setProjectId(long projectId);

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
