package io.lodestar.pmo.sandbox.shared.web;

import io.lodestar.pmo.sandbox.shared.host.SqlMailOutbox;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Objects;

/**
 * One queued mail as the outbox page shows it: when to the minute, in UTC (the outbox keeps
 * microseconds, which nobody reads), and the HTML body, which the template puts into a sandboxed
 * {@code iframe}'s {@code srcdoc} (escaped as every inserted value is), so that it is rendered as
 * the recipient would see it but can run no script, submit no form and reach nothing of this page.
 *
 * @param queuedAt e.g. {@code 3 Dec 2026, 08:31 UTC}
 * @param recipientEmail the address; may be empty
 * @param subject the subject
 * @param htmlBody the HTML body as queued
 */
public record OutboxMailView(
    String queuedAt, String recipientEmail, String subject, String htmlBody) {

  /** Day, month, year, hours and minutes, in UTC. */
  static final DateTimeFormatter TO_THE_MINUTE =
      DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm 'UTC'", Locale.ENGLISH)
          .withZone(ZoneOffset.UTC);

  public OutboxMailView {
    Objects.requireNonNull(queuedAt, "queuedAt");
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(htmlBody, "htmlBody");
    recipientEmail = recipientEmail == null ? "" : recipientEmail;
  }

  static OutboxMailView of(SqlMailOutbox.QueuedMail mail) {
    return new OutboxMailView(
        TO_THE_MINUTE.format(mail.queuedAt()),
        mail.recipientEmail(),
        mail.subject(),
        mail.htmlBody());
  }
}
