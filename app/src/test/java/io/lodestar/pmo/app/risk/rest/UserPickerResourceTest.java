package io.lodestar.pmo.app.risk.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import io.lodestar.pmo.app.shared.error.AccessDeniedException;
import io.lodestar.pmo.app.shared.error.InvalidInputException;
import io.lodestar.pmo.app.shared.error.NotAuthenticatedException;
import io.lodestar.pmo.app.shared.error.NotFoundException;
import io.lodestar.pmo.app.shared.host.HostUser;
import io.lodestar.pmo.app.shared.host.UserDirectory;
import java.util.List;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.mockito.Mock;
import org.mockito.junit.MockitoJUnit;
import org.mockito.junit.MockitoRule;
import org.mockito.quality.Strictness;

public class UserPickerResourceTest {

  @Rule public MockitoRule mockito = MockitoJUnit.rule().strictness(Strictness.LENIENT);

  @Mock private UserDirectory users;

  private final RestFixture fx = new RestFixture();
  private UserPickerResource target;

  private static HostUser user(int n) {
    return new HostUser("u" + n, "ann" + n, "Ann " + n, null);
  }

  @Before
  public void setUp() {
    target = new UserPickerResource(fx.guard, users, fx.texts);
    when(users.maySearch(RestFixture.READER)).thenReturn(true);
  }

  @Test
  public void find_shouldAnswerTheUsersFoundWithTheirLoginNames_whenAPrefixIsTyped() {
    // given
    fx.signIn(RestFixture.READER);
    when(users.search("ann", 11)).thenReturn(List.of(user(1), user(2)));

    // when
    UserPickerResource.PickerJson found = target.find("ALPHA", " ann ", null);

    // then
    assertThat(found.users())
        .containsExactly(
            new UserPickerResource.UserJson("ann1", "Ann 1"),
            new UserPickerResource.UserJson("ann2", "Ann 2"));
    assertThat(found.more()).isFalse();
  }

  @Test
  public void find_shouldAnswerAPageAndSayThereIsMore_whenMoreUsersMatchThanAsked() {
    // given
    fx.signIn(RestFixture.READER);
    when(users.search("ann", 3)).thenReturn(List.of(user(1), user(2), user(3)));

    // when
    UserPickerResource.PickerJson found = target.find("ALPHA", "ann", "2");

    // then
    assertThat(found.users()).hasSize(2);
    assertThat(found.more()).isTrue();
  }

  @Test
  public void find_shouldSearchNobody_whenNothingIsTyped() {
    fx.signIn(RestFixture.READER);

    assertThat(target.find("ALPHA", "  ", null).users()).isEmpty();
    verify(users, never()).search(anyString(), anyInt());
  }

  @Test
  public void find_shouldRefuseAPageBeyondTheBound() {
    fx.signIn(RestFixture.READER);

    assertThatThrownBy(() -> target.find("ALPHA", "ann", "21"))
        .isInstanceOf(InvalidInputException.class);
    verify(users, never()).search(anyString(), anyInt());
  }

  @Test
  public void find_shouldRefuseAnonymousUsers() {
    fx.signIn(null);

    assertThatThrownBy(() -> target.find("ALPHA", "ann", null))
        .isInstanceOf(NotAuthenticatedException.class);
  }

  @Test
  public void find_shouldAnswerNotFound_whenTheProjectIsHidden() {
    fx.signIn(RestFixture.READER);

    assertThatThrownBy(() -> target.find("SECRET", "ann", null))
        .isInstanceOf(NotFoundException.class);
    verify(users, never()).search(anyString(), anyInt());
  }

  @Test
  public void find_shouldRefuse_whenTheViewerMayNotBrowseUsers() {
    fx.signIn(RestFixture.PROJECT_ADMIN);
    when(users.maySearch(RestFixture.PROJECT_ADMIN)).thenReturn(false);

    assertThatThrownBy(() -> target.find("ALPHA", "ann", null))
        .isInstanceOf(AccessDeniedException.class);
    verify(users, never()).search(anyString(), anyInt());
  }
}
