package io.lodestar.pmo.app.shared.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lodestar.pmo.app.shared.host.Texts;
import io.lodestar.pmo.engine.risk.register.OverdueReview;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.Test;

public class ReviewReminderMailTest {

  /** Texts that show the key and its arguments, so the test sees what was asked for. */
  private final Texts texts =
      (key, args) -> args.length == 0 ? "[" + key + "]" : "[" + key + Arrays.toString(args) + "]";

  private final OverdueReview supplier =
      new OverdueReview(
          "RISK-7", "RISK", "Supplier <b>insolvent</b> & late", "u1", LocalDate.of(2026, 11, 1), 5);

  @Test
  public void compose_shouldEscapeTitleAndLinkTheIssue_underTheBaseUrl() {
    ReviewReminderMail mail =
        ReviewReminderMail.compose(texts, "https://jira.example.com/", List.of(supplier));

    assertThat(mail.subject()).isEqualTo("[lodestar.risk.reminder.subject[1]]");
    assertThat(mail.htmlBody())
        .contains("<a href=\"https://jira.example.com/browse/RISK-7\">RISK-7</a>")
        .contains("Supplier &lt;b&gt;insolvent&lt;/b&gt; &amp; late")
        .contains("2026-11-01, 5]")
        .doesNotContain("<b>insolvent");
  }

  @Test
  public void compose_shouldListUnownedRisksApart_whenTheRecipientLeadsTheirProject() {
    OverdueReview unowned =
        new OverdueReview("RISK-9", "RISK", "No one looks", null, LocalDate.of(2026, 11, 2), 4);

    ReviewReminderMail mail = ReviewReminderMail.compose(texts, "", List.of(supplier, unowned));

    String body = mail.htmlBody();
    assertThat(mail.subject()).isEqualTo("[lodestar.risk.reminder.subject[2]]");
    assertThat(body.indexOf("[lodestar.risk.reminder.intro]"))
        .isLessThan(body.indexOf("RISK-7"))
        .isLessThan(body.indexOf("[lodestar.risk.reminder.unownedIntro]"));
    assertThat(body.indexOf("[lodestar.risk.reminder.unownedIntro]"))
        .isLessThan(body.indexOf("RISK-9"));
  }

  @Test
  public void compose_shouldLeaveOutTheOwnersIntro_whenEveryRiskIsUnowned() {
    OverdueReview unowned =
        new OverdueReview("RISK-9", "RISK", "No one looks", null, LocalDate.of(2026, 11, 2), 4);

    String body = ReviewReminderMail.compose(texts, "", List.of(unowned)).htmlBody();

    assertThat(body)
        .contains("[lodestar.risk.reminder.unownedIntro]")
        .doesNotContain("[lodestar.risk.reminder.intro]");
  }

  @Test
  public void compose_shouldRefuseAnEmptyList() {
    assertThatThrownBy(() -> ReviewReminderMail.compose(texts, "", List.of()))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  public void escape_shouldReplaceEveryHtmlSpecialCharacter() {
    assertThat(Html.escape("<a href=\"x\">'&'</a>"))
        .isEqualTo("&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;");
    assertThat(Html.escape(null)).isEmpty();
  }
}
