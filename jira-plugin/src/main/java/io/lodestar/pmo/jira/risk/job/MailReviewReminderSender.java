package io.lodestar.pmo.jira.risk.job;

import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.util.I18nHelper;
import com.atlassian.sal.api.ApplicationProperties;
import com.atlassian.sal.api.UrlMode;
import io.lodestar.pmo.app.shared.host.HostUser;
import io.lodestar.pmo.app.shared.host.MailOutbox;
import io.lodestar.pmo.app.shared.mail.ReviewReminderMail;
import io.lodestar.pmo.engine.risk.port.ReviewReminderSender;
import io.lodestar.pmo.engine.risk.register.OverdueReview;
import io.lodestar.pmo.jira.shared.host.JiraTexts;
import io.lodestar.pmo.jira.shared.host.JiraUsers;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The engine's {@link ReviewReminderSender} as one HTML e-mail per owner, queued through the {@link
 * MailOutbox} (Jira's mail queue). Text comes from the Lodestar i18n bundle in the <em>owner's</em>
 * language; every dynamic part (titles, keys, dates) is HTML-escaped.
 *
 * <p>An owner Jira no longer knows, who is deactivated, or who has no e-mail address gets no mail:
 * {@link #send} throws {@link ReminderNotSentException}, so the review-reminder service does not
 * record the risks as reminded (they are flagged regardless, so the register still shows the
 * overdue review).
 */
public final class MailReviewReminderSender implements ReviewReminderSender {

  private final JiraUsers users;
  private final I18nHelper.BeanFactory i18nFactory;
  private final ApplicationProperties applicationProperties;
  private final MailOutbox outbox;

  public MailReviewReminderSender(
      JiraUsers users,
      I18nHelper.BeanFactory i18nFactory,
      ApplicationProperties applicationProperties,
      MailOutbox outbox) {
    this.users = Objects.requireNonNull(users, "users");
    this.i18nFactory = Objects.requireNonNull(i18nFactory, "i18nFactory");
    this.applicationProperties =
        Objects.requireNonNull(applicationProperties, "applicationProperties");
    this.outbox = Objects.requireNonNull(outbox, "outbox");
  }

  @Override
  public void send(String ownerKey, List<OverdueReview> overdue) {
    Objects.requireNonNull(ownerKey, "ownerKey");
    if (overdue == null || overdue.isEmpty()) {
      return;
    }
    Optional<ApplicationUser> owner = users.byKey(ownerKey).filter(ApplicationUser::isActive);
    Optional<HostUser> recipient = owner.flatMap(users::toHostUser).filter(u -> u.email() != null);
    if (recipient.isEmpty()) {
      throw new ReminderNotSentException(
          "owner "
              + ownerKey
              + " is unknown, inactive or has no e-mail address ("
              + overdue.size()
              + " overdue risks)");
    }
    I18nHelper i18n = i18nFactory.getInstance(owner.get());
    ReviewReminderMail mail =
        ReviewReminderMail.compose(
            JiraTexts.of(i18n), applicationProperties.getBaseUrl(UrlMode.CANONICAL), overdue);
    outbox.enqueue(recipient.get(), mail.subject(), mail.htmlBody());
  }
}
