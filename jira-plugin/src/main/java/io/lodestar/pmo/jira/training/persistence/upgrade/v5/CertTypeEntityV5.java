package io.lodestar.pmo.jira.training.persistence.upgrade.v5;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/**
 * FROZEN copy of {@code CertTypeEntity} as of AO model version 5, used only by {@link
 * TrainingTablesTask}; never edit it. A certification type (engine {@link
 * io.lodestar.pmo.engine.training.CertificationType}). Table {@code AO_4669AB_TRN_CERT_TYPE}.
 */
@Preload
@Table("TRN_CERT_TYPE")
public interface CertTypeEntityV5 extends Entity {

  /** Table name without the AO prefix. */
  String TABLE = "TRN_CERT_TYPE";

  /** Column: the type's stable id. */
  String TYPE_ID = "TYPE_ID";

  /** Column: the shown name. */
  String NAME = "NAME";

  /** Column: who issues it. */
  String ISSUER = "ISSUER";

  /** Column: an ISO-8601 period ({@code P3Y}); null: never expires. */
  String VALIDITY = "VALIDITY";

  /** Column: optimistic-locking version, 1 after the first save. */
  String VERSION = "VERSION";

  @NotNull
  @Unique
  @StringLength(64)
  String getTypeId();

  void setTypeId(String typeId);

  @NotNull
  @StringLength(255)
  String getName();

  void setName(String name);

  @NotNull
  @StringLength(255)
  String getIssuer();

  void setIssuer(String issuer);

  @StringLength(32)
  String getValidity();

  void setValidity(String validity);

  @NotNull
  long getVersion();

  void setVersion(long version);
}
