package io.lodestar.pmo.jira.risk.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.user.util.UserManager;
import com.atlassian.jira.util.I18nHelper;
import com.atlassian.sal.api.ApplicationProperties;
import com.atlassian.sal.api.UrlMode;
import io.lodestar.pmo.app.shared.host.HostUser;
import io.lodestar.pmo.app.shared.host.MailOutbox;
import io.lodestar.pmo.engine.risk.register.OverdueReview;
import io.lodestar.pmo.jira.shared.host.JiraUsers;
import java.time.LocalDate;
import java.util.List;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.mockito.ArgumentCaptor;
import org.mockito.Mock;
import org.mockito.junit.MockitoJUnit;
import org.mockito.junit.MockitoRule;

public class MailReviewReminderSenderTest {

  @Rule public MockitoRule mockito = MockitoJUnit.rule();

  @Mock private UserManager userManager;
  @Mock private I18nHelper.BeanFactory i18nFactory;
  @Mock private I18nHelper ownersI18n;
  @Mock private ApplicationProperties applicationProperties;
  @Mock private MailOutbox outbox;

  private final ApplicationUser alice = mock(ApplicationUser.class);
  private final OverdueReview review =
      new OverdueReview(
          "ALPHA-1", "ALPHA", "<script>x</script> & co", "u1", LocalDate.of(2026, 5, 1), 3);

  private MailReviewReminderSender target;

  @Before
  public void setUp() {
    when(alice.getKey()).thenReturn("u1");
    when(alice.getUsername()).thenReturn("alice");
    when(alice.getDisplayName()).thenReturn("Alice");
    when(alice.getEmailAddress()).thenReturn("alice@example.com");
    when(alice.isActive()).thenReturn(true);
    when(userManager.getUserByKey("u1")).thenReturn(alice);
    when(i18nFactory.getInstance(alice)).thenReturn(ownersI18n);
    when(applicationProperties.getBaseUrl(UrlMode.CANONICAL)).thenReturn("https://jira.example/");
    when(ownersI18n.getText(anyString())).thenAnswer(inv -> "[" + inv.getArgument(0) + "]");
    when(ownersI18n.getText(anyString(), any(Object.class)))
        .thenAnswer(inv -> inv.getArgument(0) + ":" + inv.getArgument(1));
    target =
        new MailReviewReminderSender(
            new JiraUsers(userManager), i18nFactory, applicationProperties, outbox);
  }

  @Test
  public void send_shouldQueueEscapedHtmlInOwnersLanguage_whenOwnerHasEmail() {
    // when
    target.send("u1", List.of(review));

    // then
    ArgumentCaptor<String> body = ArgumentCaptor.forClass(String.class);
    verify(outbox)
        .enqueue(
            eq(new HostUser("u1", "alice", "Alice", "alice@example.com")),
            eq("lodestar.risk.reminder.subject:[1]"),
            body.capture());
    assertThat(body.getValue())
        .contains("<a href=\"https://jira.example/browse/ALPHA-1\">ALPHA-1</a>")
        .contains("&lt;script&gt;x&lt;/script&gt; &amp; co")
        .doesNotContain("<script>");
  }

  @Test
  public void send_shouldRefuseAndQueueNothing_whenOwnerHasNoEmail() {
    when(alice.getEmailAddress()).thenReturn(null);

    assertThatThrownBy(() -> target.send("u1", List.of(review)))
        .isInstanceOf(ReminderNotSentException.class);
    verifyNoInteractions(outbox);
  }

  @Test
  public void send_shouldRefuseAndQueueNothing_whenOwnerIsInactive() {
    when(alice.isActive()).thenReturn(false);

    assertThatThrownBy(() -> target.send("u1", List.of(review)))
        .isInstanceOf(ReminderNotSentException.class);
    verifyNoInteractions(outbox);
  }
}
