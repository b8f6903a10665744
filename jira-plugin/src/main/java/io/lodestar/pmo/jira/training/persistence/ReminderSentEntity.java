package io.lodestar.pmo.jira.training.persistence;

import net.java.ao.Entity;
import net.java.ao.Preload;
import net.java.ao.schema.Indexed;
import net.java.ao.schema.NotNull;
import net.java.ao.schema.StringLength;
import net.java.ao.schema.Table;

/**
 * An expiry reminder sent, once per (certificate, threshold in days). Table {@code
 * AO_4669AB_TRN_REMINDER_SENT}.
 */
@Preload
@Table(ReminderSentEntity.TABLE)
public interface ReminderSentEntity extends Entity {

  /** Table name without the AO prefix. */
  String TABLE = "TRN_REMINDER_SENT";

  /** Column: the certificate's id. */
  String CERT_ID = "CERT_ID";

  /** Column: the threshold, days before expiry. */
  String THRESHOLD_DAYS = "THRESHOLD_DAYS";

  /** Column: the day it was sent, ISO-8601. */
  String SENT_ON = "SENT_ON";

  @NotNull
  @Indexed
  @StringLength(128)
  String getCertId();

  void setCertId(String certId);

  @NotNull
  int getThresholdDays();

  void setThresholdDays(int thresholdDays);

  @NotNull
  @StringLength(10)
  String getSentOn();

  void setSentOn(String sentOn);
}
