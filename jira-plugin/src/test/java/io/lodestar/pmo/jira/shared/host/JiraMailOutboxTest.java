package io.lodestar.pmo.jira.shared.host;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;

import com.atlassian.mail.Email;
import com.atlassian.mail.queue.MailQueue;
import com.atlassian.mail.queue.MailQueueItem;
import com.atlassian.mail.queue.SingleMailQueueItem;
import io.lodestar.pmo.app.shared.host.HostUser;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.mockito.ArgumentCaptor;
import org.mockito.Mock;
import org.mockito.junit.MockitoJUnit;
import org.mockito.junit.MockitoRule;

public class JiraMailOutboxTest {

  @Rule public MockitoRule mockito = MockitoJUnit.rule();

  @Mock private MailQueue mailQueue;

  private JiraMailOutbox target;

  @Before
  public void setUp() {
    target = new JiraMailOutbox(mailQueue);
  }

  @Test
  public void enqueue_shouldQueueOneHtmlJiraEmail_whenRecipientHasAddress() {
    // given
    HostUser alice = new HostUser("u1", "alice", "Alice", "alice@example.com");

    // when
    target.enqueue(alice, "Subject", "<p>Body</p>");

    // then
    ArgumentCaptor<MailQueueItem> item = ArgumentCaptor.forClass(MailQueueItem.class);
    verify(mailQueue).addItem(item.capture());
    Email email = ((SingleMailQueueItem) item.getValue()).getEmail();
    assertThat(email).isInstanceOf(com.atlassian.jira.mail.Email.class);
    assertThat(email.getTo()).isEqualTo("alice@example.com");
    assertThat(email.getSubject()).isEqualTo("Subject");
    assertThat(email.getBody()).isEqualTo("<p>Body</p>");
    assertThat(email.getMimeType()).isEqualTo("text/html");
  }

  @Test
  public void enqueue_shouldRefuseAndQueueNothing_whenRecipientHasNoAddress() {
    HostUser bob = new HostUser("u2", "bob", "Bob", null);

    assertThatThrownBy(() -> target.enqueue(bob, "s", "b"))
        .isInstanceOf(IllegalArgumentException.class);
    verifyNoInteractions(mailQueue);
  }
}
