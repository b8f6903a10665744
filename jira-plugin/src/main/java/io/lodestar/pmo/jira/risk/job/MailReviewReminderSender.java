package io.lodestar.pmo.jira.risk.job;

import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.util.I18nHelper;
import com.atlassian.sal.api.ApplicationProperties;
import com.atlassian.sal.api.UrlMode;
import io.lodestar.pmo.engine.risk.port.ReviewReminderSender;
import io.lodestar.pmo.engine.risk.register.OverdueReview;
import io.lodestar.pmo.jira.host.jira.JiraUsers;
import io.lodestar.pmo.jira.shared.host.HostUser;
import io.lodestar.pmo.jira.shared.host.MailOutbox;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
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

  static final String SUBJECT = "lodestar.risk.reminder.subject";
  static final String INTRO = "lodestar.risk.reminder.intro";
  static final String LINE = "lodestar.risk.reminder.line";
  static final String OUTRO = "lodestar.risk.reminder.outro";

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
    String subject = i18n.getText(SUBJECT, (Object) List.of(String.valueOf(overdue.size())));
    outbox.enqueue(recipient.get(), subject, body(i18n, overdue));
  }

  private String body(I18nHelper i18n, List<OverdueReview> overdue) {
    String base = stripSlash(applicationProperties.getBaseUrl(UrlMode.CANONICAL));
    StringBuilder html = new StringBuilder(256 + overdue.size() * 160);
    html.append("<p>").append(Html.escape(i18n.getText(INTRO))).append("</p>\n<ul>\n");
    for (OverdueReview r : overdue) {
      String href = base + "/browse/" + URLEncoder.encode(r.issueKey(), StandardCharsets.UTF_8);
      String link = "<a href=\"" + Html.escape(href) + "\">" + Html.escape(r.issueKey()) + "</a>";
      // The bundle's text is ours; the arguments are escaped first, then the line is assembled.
      String line =
          i18n.getText(
              LINE,
              (Object)
                  List.of(
                      link,
                      Html.escape(r.title()),
                      Html.escape(r.reviewDate().toString()),
                      String.valueOf(r.daysOverdue())));
      html.append("<li>").append(line).append("</li>\n");
    }
    html.append("</ul>\n<p>").append(Html.escape(i18n.getText(OUTRO))).append("</p>\n");
    return html.toString();
  }

  private static String stripSlash(String url) {
    if (url == null) {
      return "";
    }
    return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
  }
}
