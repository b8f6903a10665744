package io.lodestar.pmo.jira.shared.host;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.atlassian.jira.security.JiraAuthenticationContext;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.user.util.UserManager;
import io.lodestar.pmo.app.shared.host.HostUser;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.mockito.Mock;
import org.mockito.junit.MockitoJUnit;
import org.mockito.junit.MockitoRule;

public class JiraCurrentUserTest {

  @Rule public MockitoRule mockito = MockitoJUnit.rule();

  @Mock private JiraAuthenticationContext authenticationContext;
  @Mock private UserManager userManager;

  private JiraCurrentUser target;

  @Before
  public void setUp() {
    target = new JiraCurrentUser(authenticationContext, new JiraUsers(userManager));
  }

  @Test
  public void get_shouldBeEmpty_whenAnonymous() {
    assertThat(target.get()).isEmpty();
  }

  @Test
  public void get_shouldMapByUserKey_whenLoggedIn() {
    // given: key and user name differ (a renamed user)
    ApplicationUser user = mock(ApplicationUser.class);
    when(user.getKey()).thenReturn("JIRAUSER10100");
    when(user.getUsername()).thenReturn("alice2");
    when(user.getDisplayName()).thenReturn("Alice A.");
    when(user.getEmailAddress()).thenReturn("alice@example.com");
    when(authenticationContext.getLoggedInUser()).thenReturn(user);

    // when / then
    assertThat(target.get())
        .contains(new HostUser("JIRAUSER10100", "alice2", "Alice A.", "alice@example.com"));
  }

  @Test
  public void get_shouldUseUserNameAsDisplayNameAndNoEmail_whenJiraHasNeither() {
    ApplicationUser user = mock(ApplicationUser.class);
    when(user.getKey()).thenReturn("k1");
    when(user.getUsername()).thenReturn("carol");
    when(user.getEmailAddress()).thenReturn("");
    when(authenticationContext.getLoggedInUser()).thenReturn(user);

    assertThat(target.get()).contains(new HostUser("k1", "carol", "carol", null));
  }
}
