package io.lodestar.pmo.sandbox.risk;

import io.lodestar.pmo.app.shared.host.HostUser;
import io.lodestar.pmo.app.shared.host.MailOutbox;
import io.lodestar.pmo.app.shared.host.Texts;
import io.lodestar.pmo.app.shared.mail.ReviewReminderMail;
import io.lodestar.pmo.engine.risk.port.ReviewReminderSender;
import io.lodestar.pmo.engine.risk.register.OverdueReview;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * The engine's {@link ReviewReminderSender} in the sandbox: one HTML mail per owner, queued in the
 * sandbox {@link MailOutbox} (shown on the outbox page), with the same i18n keys and layout as the
 * plugin's {@code MailReviewReminderSender} (which reads Jira's users and i18n, so it cannot be
 * reused here). Every dynamic part is HTML-escaped; links point at this sandbox's issue pages.
 *
 * <p>An owner the sandbox does not know, or without an e-mail address, gets no mail: {@link #send}
 * throws, so the review-reminder service leaves the risks unreminded for the next run.
 */
public final class SandboxReviewReminderSender implements ReviewReminderSender {

  private final Function<String, Optional<HostUser>> users;
  private final Texts texts;
  private final MailOutbox outbox;
  private final String baseUrl;

  /**
   * @param users the sandbox's users by key
   * @param texts the plugin's i18n bundle (the sandbox has one language)
   * @param outbox where mail is queued
   * @param baseUrl the sandbox's base URL, e.g. {@code http://localhost:8090}; a trailing slash is
   *     ignored
   */
  public SandboxReviewReminderSender(
      Function<String, Optional<HostUser>> users, Texts texts, MailOutbox outbox, String baseUrl) {
    this.users = Objects.requireNonNull(users, "users");
    this.texts = Objects.requireNonNull(texts, "texts");
    this.outbox = Objects.requireNonNull(outbox, "outbox");
    String base = Objects.requireNonNull(baseUrl, "baseUrl");
    this.baseUrl = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
  }

  @Override
  public void send(String ownerKey, List<OverdueReview> overdue) {
    Objects.requireNonNull(ownerKey, "ownerKey");
    if (overdue == null || overdue.isEmpty()) {
      return;
    }
    HostUser recipient =
        users
            .apply(ownerKey)
            .filter(u -> u.email() != null && !u.email().isBlank())
            .orElseThrow(
                () ->
                    new IllegalStateException(
                        "owner "
                            + ownerKey
                            + " is unknown or has no e-mail address ("
                            + overdue.size()
                            + " overdue risks)"));
    ReviewReminderMail mail = ReviewReminderMail.compose(texts, baseUrl, overdue);
    outbox.enqueue(recipient, mail.subject(), mail.htmlBody());
  }
}
