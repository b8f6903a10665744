package io.lodestar.pmo.jira.shared.host;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.atlassian.jira.bc.user.search.UserSearchParams;
import com.atlassian.jira.bc.user.search.UserSearchService;
import com.atlassian.jira.user.ApplicationUser;
import com.atlassian.jira.user.util.UserManager;
import io.lodestar.pmo.app.shared.host.HostUser;
import java.util.List;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.mockito.ArgumentCaptor;
import org.mockito.Mock;
import org.mockito.junit.MockitoJUnit;
import org.mockito.junit.MockitoRule;
import org.mockito.quality.Strictness;

public class JiraUserDirectoryTest {

  @Rule public MockitoRule mockito = MockitoJUnit.rule().strictness(Strictness.LENIENT);

  @Mock private UserManager userManager;
  @Mock private ApplicationUser alice;
  @Mock private UserSearchService search;

  private JiraUserDirectory target;

  @Before
  public void setUp() {
    when(alice.getKey()).thenReturn("JIRAUSER10100");
    when(alice.getUsername()).thenReturn("alice");
    when(alice.getDisplayName()).thenReturn("Alice Smith");
    when(userManager.getUserByKey("JIRAUSER10100")).thenReturn(alice);
    when(userManager.getUserByName("alice")).thenReturn(alice);
    target = new JiraUserDirectory(userManager, new JiraUsers(userManager), search);
  }

  @Test
  public void search_shouldAskJirasUserSearchForActiveUsersWithTheLimit_whenAPrefixIsTyped() {
    // given
    ArgumentCaptor<UserSearchParams> params = ArgumentCaptor.forClass(UserSearchParams.class);
    when(search.findUsers(eq("ali"), params.capture())).thenReturn(List.of(alice));

    // when
    List<HostUser> found = target.search(" ali ", 7);

    // then
    assertThat(found).extracting(HostUser::username).containsExactly("alice");
    assertThat(params.getValue().getMaxResults()).isEqualTo(7);
    assertThat(params.getValue().includeInactive()).isFalse();
    assertThat(params.getValue().allowEmptyQuery()).isFalse();
  }

  @Test
  public void search_shouldRefuse_whenTheLimitIsBeyondTheBound() {
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> target.search("a", 51))
        .isInstanceOf(IllegalArgumentException.class);
    verify(search, never()).findUsers(any(), any());
  }

  @Test
  public void maySearch_shouldFollowJirasBrowseUsersRule() {
    HostUser viewer = new HostUser("JIRAUSER10100", "alice", "Alice Smith", null);
    when(search.canPerformAjaxSearch(alice)).thenReturn(false);

    assertThat(target.maySearch(viewer)).isFalse();
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
