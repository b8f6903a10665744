package io.lodestar.pmo.sandbox.shared.host;

import io.lodestar.pmo.app.shared.host.HostUser;
import io.lodestar.pmo.app.shared.host.MailOutbox;
import io.lodestar.pmo.sandbox.shared.store.SandboxStore;
import io.lodestar.pmo.sandbox.shared.store.Sql;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * {@link MailOutbox} that keeps mail in the table {@code mail_outbox} instead of sending it; the
 * sandbox shows it on an outbox page ({@link #page}, {@link #count}).
 */
public final class SqlMailOutbox implements MailOutbox {

  /** Largest page {@link #page} returns. */
  public static final int MAX_PAGE_SIZE = 100;

  /**
   * One queued mail.
   *
   * @param id row id, increasing in queue order
   * @param recipientKey user key of the recipient
   * @param recipientEmail the address it would have gone to
   * @param subject plain-text subject
   * @param htmlBody HTML body, dynamic parts already escaped by the sender
   * @param queuedAt when it was queued
   */
  public record QueuedMail(
      long id,
      String recipientKey,
      String recipientEmail,
      String subject,
      String htmlBody,
      Instant queuedAt) {}

  private final SandboxStore store;
  private final Clock clock;

  public SqlMailOutbox(SandboxStore store, Clock clock) {
    this.store = Objects.requireNonNull(store, "store");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /**
   * {@inheritDoc}
   *
   * @throws IllegalArgumentException when the recipient has no e-mail address (nothing is queued)
   */
  @Override
  public void enqueue(HostUser recipient, String subject, String htmlBody) {
    MailOutbox.checkEnqueueArguments(recipient, subject, htmlBody);
    store.inTransaction(
        c -> {
          try (PreparedStatement ps =
              c.prepareStatement(
                  "INSERT INTO mail_outbox (recipient_key, recipient_email, subject, html_body,"
                      + " queued_at) VALUES (?, ?, ?, ?, ?)")) {
            ps.setString(1, recipient.key());
            ps.setString(2, recipient.email());
            ps.setString(3, subject);
            ps.setString(4, htmlBody);
            Sql.instant(ps, 5, clock.instant());
            ps.executeUpdate();
          }
          return null;
        });
  }

  /**
   * One page of the outbox, newest first.
   *
   * @param startAt 0-based index, at least 0
   * @param maxResults 1..{@value #MAX_PAGE_SIZE}
   */
  public List<QueuedMail> page(int startAt, int maxResults) {
    if (startAt < 0 || maxResults < 1 || maxResults > MAX_PAGE_SIZE) {
      throw new IllegalArgumentException("bad page " + startAt + "/" + maxResults);
    }
    return store.inTransaction(
        c -> {
          List<QueuedMail> mails = new ArrayList<>();
          try (PreparedStatement ps =
              c.prepareStatement(
                  "SELECT id, recipient_key, recipient_email, subject, html_body, queued_at FROM"
                      + " mail_outbox ORDER BY id DESC LIMIT ? OFFSET ?")) {
            ps.setInt(1, maxResults);
            ps.setInt(2, startAt);
            try (ResultSet rs = ps.executeQuery()) {
              while (rs.next()) {
                mails.add(
                    new QueuedMail(
                        rs.getLong("id"),
                        rs.getString("recipient_key"),
                        rs.getString("recipient_email"),
                        rs.getString("subject"),
                        rs.getString("html_body"),
                        Sql.instant(rs, "queued_at")));
              }
            }
          }
          return List.copyOf(mails);
        });
  }

  /** Number of queued mails. */
  public int count() {
    return store.inTransaction(
        c -> {
          try (Statement s = c.createStatement();
              ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM mail_outbox")) {
            rs.next();
            return rs.getInt(1);
          }
        });
  }
}
