package io.lodestar.pmo.app.shared.mail;

import io.lodestar.pmo.app.shared.host.Texts;
import io.lodestar.pmo.engine.risk.register.OverdueReview;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;

/**
 * The review-reminder e-mail one risk owner receives: a subject and an HTML list of their overdue
 * risks, each linking to the risk's issue, then, for a project lead, the overdue risks of their
 * projects that have no owner (listed apart, asking for an owner). Every host (Jira's mail queue,
 * the sandbox's outbox) sends exactly this content.
 *
 * @param subject the subject line, plain text
 * @param htmlBody the body; every dynamic part is escaped
 */
public record ReviewReminderMail(String subject, String htmlBody) {

  static final String SUBJECT = "lodestar.risk.reminder.subject";
  static final String INTRO = "lodestar.risk.reminder.intro";
  static final String LINE = "lodestar.risk.reminder.line";
  static final String OUTRO = "lodestar.risk.reminder.outro";
  static final String UNOWNED_INTRO = "lodestar.risk.reminder.unownedIntro";

  public ReviewReminderMail {
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(htmlBody, "htmlBody");
  }

  /**
   * @param texts the bundle in the recipient's language
   * @param baseUrl the host's base URL, e.g. {@code https://jira.example.com}; a trailing slash is
   *     ignored; null or empty gives links relative to the host root
   * @param overdue the recipient's overdue risks, most overdue first; not empty; those without an
   *     owner (a project lead's unowned risks) are listed in a section of their own
   * @return the mail
   */
  public static ReviewReminderMail compose(
      Texts texts, String baseUrl, List<OverdueReview> overdue) {
    Objects.requireNonNull(texts, "texts");
    if (overdue == null || overdue.isEmpty()) {
      throw new IllegalArgumentException("a reminder lists at least one overdue risk");
    }
    String base = baseUrl == null ? "" : baseUrl;
    if (base.endsWith("/")) {
      base = base.substring(0, base.length() - 1);
    }
    List<OverdueReview> owned = overdue.stream().filter(r -> r.ownerKey() != null).toList();
    List<OverdueReview> unowned = overdue.stream().filter(r -> r.ownerKey() == null).toList();
    StringBuilder html = new StringBuilder(256 + overdue.size() * 160);
    if (!owned.isEmpty()) {
      section(html, texts, base, texts.text(INTRO), owned);
    }
    if (!unowned.isEmpty()) {
      section(html, texts, base, texts.text(UNOWNED_INTRO), unowned);
    }
    html.append("<p>").append(Html.escape(texts.text(OUTRO))).append("</p>\n");
    String subject = texts.text(SUBJECT, String.valueOf(overdue.size()));
    return new ReviewReminderMail(subject, html.toString());
  }

  private static void section(
      StringBuilder html, Texts texts, String base, String intro, List<OverdueReview> reviews) {
    html.append("<p>").append(Html.escape(intro)).append("</p>\n<ul>\n");
    for (OverdueReview r : reviews) {
      String href = base + "/browse/" + URLEncoder.encode(r.issueKey(), StandardCharsets.UTF_8);
      String link = "<a href=\"" + Html.escape(href) + "\">" + Html.escape(r.issueKey()) + "</a>";
      // The bundle's text is ours; the arguments are escaped first, then the line is assembled.
      String line =
          texts.text(
              LINE,
              link,
              Html.escape(r.title()),
              Html.escape(r.reviewDate().toString()),
              String.valueOf(r.daysOverdue()));
      html.append("<li>").append(line).append("</li>\n");
    }
    html.append("</ul>\n");
  }
}
