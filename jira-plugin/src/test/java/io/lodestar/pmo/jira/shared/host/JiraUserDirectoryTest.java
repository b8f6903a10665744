package io.lodestar.pmo.jira.shared.host;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.user.util.UserManager;
import io.lodestar.pmo.app.shared.host.HostUser;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.mockito.Mock;
import org.mockito.junit.MockitoJUnit;
import org.mockito.junit.MockitoRule;
import org.mockito.quality.Strictness;

public class JiraUserDirectoryTest {

  @Rule public MockitoRule mockito = MockitoJUnit.rule().strictness(Strictness.LENIENT);

  @Mock private UserManager userManager;
  @Mock private ApplicationUser alice;

  private JiraUserDirectory target;

  @Before
  public void setUp() {
    when(alice.getKey()).thenReturn("JIRAUSER10100");
    when(alice.getUsername()).thenReturn("alice");
    when(alice.getDisplayName()).thenReturn("Alice Smith");
    when(userManager.getUserByKey("JIRAUSER10100")).thenReturn(alice);
    when(userManager.getUserByName("alice")).thenReturn(alice);
    target = new JiraUserDirectory(userManager, new JiraUsers(userManager));
  }

  @Test
  public void byUsername_shouldGiveTheUserWithItsKey_whenJiraKnowsTheName() {
    assertThat(target.byUsername(" alice "))
        .contains(new HostUser("JIRAUSER10100", "alice", "Alice Smith", null));
  }

  @Test
  public void byUsername_shouldGiveNothing_whenJiraDoesNotKnowTheName() {
    assertThat(target.byUsername("nobody")).isEmpty();
  }

  @Test
  public void byUsername_shouldNotAskJira_whenNameIsBlank() {
    assertThat(target.byUsername(" ")).isEmpty();
    verify(userManager, never()).getUserByName(any());
  }

  @Test
  public void byKey_shouldGiveTheDisplayName_whenJiraKnowsTheKey() {
    assertThat(target.byKey("JIRAUSER10100")).map(HostUser::displayName).contains("Alice Smith");
  }

  @Test
  public void byKey_shouldGiveNothing_whenKeyIsUnknown() {
    assertThat(target.byKey("JIRAUSER99999")).isEmpty();
  }
}
