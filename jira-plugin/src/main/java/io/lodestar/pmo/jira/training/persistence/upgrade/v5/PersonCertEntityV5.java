package io.lodestar.pmo.jira.training.persistence.upgrade.v5;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;
import net.java.ao.schema.Unique;

/**
 * FROZEN copy of {@code PersonCertEntity} as of AO model version 5, used only by {@link
 * TrainingTablesTask}; never edit it. A certificate a person holds (engine {@link
 * io.lodestar.pmo.engine.training.PersonCertification}); dates are ISO-8601 text, so that text
 * order is date order. Table {@code AO_4669AB_TRN_PERSON_CERT}.
 */
@Preload
@Table("TRN_PERSON_CERT")
public interface PersonCertEntityV5 extends Entity {

  /** Table name without the AO prefix. */
  String TABLE = "TRN_PERSON_CERT";

  /** Column: the certificate's stable id. */
  String CERT_ID = "CERT_ID";

  /** Column: the person's user key. */
  String PERSON_KEY = "PERSON_KEY";

  /** Column: the certification type's id. */
  String TYPE_ID = "TYPE_ID";

  /** Column: the first valid day. */
  String ISSUED_ON = "ISSUED_ON";

  /** Column: the last valid day; null: never expires. */
  String VALID_UNTIL = "VALID_UNTIL";

  /** Column: a link to the certificate; null when none. */
  String EVIDENCE = "EVIDENCE";

  /** Column: optimistic-locking version, 1 when added. */
  String VERSION = "VERSION";

  @NotNull
  @Unique
  @StringLength(128)
  String getCertId();

  void setCertId(String certId);

  @NotNull
  @Indexed
  @StringLength(255)
  String getPersonKey();

  void setPersonKey(String personKey);

  @NotNull
  @StringLength(64)
  String getTypeId();

  void setTypeId(String typeId);

  @NotNull
  @StringLength(10)
  String getIssuedOn();

  void setIssuedOn(String issuedOn);

  @Indexed
  @StringLength(10)
  String getValidUntil();

  void setValidUntil(String validUntil);

  @StringLength(StringLength.UNLIMITED)
  String getEvidence();

  void setEvidence(String evidence);

  @NotNull
  long getVersion();

  void setVersion(long version);
}
