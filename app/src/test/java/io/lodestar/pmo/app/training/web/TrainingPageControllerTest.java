package io.lodestar.pmo.app.training.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.lenient;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import io.lodestar.pmo.app.shared.host.CurrentUser;
import io.lodestar.pmo.app.shared.host.HostPermissions;
import io.lodestar.pmo.app.shared.host.HostUser;
import io.lodestar.pmo.app.shared.host.ProjectDirectory;
import io.lodestar.pmo.app.shared.host.Texts;
import io.lodestar.pmo.app.shared.host.UserDirectory;
import io.lodestar.pmo.app.shared.security.AccessGuard;
import io.lodestar.pmo.app.shared.security.PmoAdminGroupSetting;
import io.lodestar.pmo.app.training.TrainingAccess;
import io.lodestar.pmo.app.training.TrainingService;
import io.lodestar.pmo.app.training.TrainingStore;
import io.lodestar.pmo.app.training.TrainingWork;
import io.lodestar.pmo.engine.shared.AuditLog;
import io.lodestar.pmo.engine.shared.Transactions;
import io.lodestar.pmo.engine.shared.Versioned;
import io.lodestar.pmo.engine.training.Held;
import io.lodestar.pmo.engine.training.PersonSkill;
import io.lodestar.pmo.engine.training.Skill;
import io.lodestar.pmo.engine.training.SkillSource;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.mockito.junit.MockitoJUnit;
import org.mockito.junit.MockitoRule;
import org.mockito.quality.Strictness;

/**
 * The training page's form posts: writes only for who may make them (403 otherwise), bad input the
 * page again with a 400 naming the field, nothing stored; a saved form redirects back.
 */
public class TrainingPageControllerTest {

  private static final HostUser RM = new HostUser("rm", "rm", "Resource Manager", null);
  private static final HostUser MEMBER = new HostUser("member", "member", "Member", null);

  @Rule public MockitoRule mockito = MockitoJUnit.rule().strictness(Strictness.LENIENT);

  private final CurrentUser currentUser = mock(CurrentUser.class);
  private final HostPermissions permissions = mock(HostPermissions.class);
  private final PmoAdminGroupSetting pmoGroup = mock(PmoAdminGroupSetting.class);
  private final Texts texts = mock(Texts.class);
  private final TrainingStore store = mock(TrainingStore.class);
  private final TrainingWork work = mock(TrainingWork.class);
  private TrainingPageController target;

  @Before
  public void setUp() {
    lenient()
        .when(texts.text(anyString(), any(Object[].class)))
        .thenAnswer(i -> java.util.Arrays.toString(i.getArguments()));
    lenient().when(texts.text(anyString())).thenAnswer(i -> i.getArgument(0));
    lenient().when(pmoGroup.pmoAdminGroup()).thenReturn(Optional.empty());
    lenient()
        .when(permissions.isInGroup(RM, TrainingAccess.RESOURCE_MANAGERS_GROUP))
        .thenReturn(true);
    lenient()
        .when(store.person("alice"))
        .thenReturn(Optional.of(new TrainingStore.Person("alice", "boss", "Team")));
    lenient()
        .when(store.held(any()))
        .thenAnswer(
            i -> {
              Map<String, Held> held = new java.util.HashMap<>();
              for (Object k : (java.util.Collection<?>) i.getArgument(0)) {
                held.put((String) k, new Held((String) k, List.of(), List.of()));
              }
              return held;
            });
    Transactions direct =
        new Transactions() {
          @Override
          public <T> T inTransaction(Supplier<T> w) {
            return w.get();
          }
        };
    AccessGuard guard =
        new AccessGuard(currentUser, mock(ProjectDirectory.class), permissions, pmoGroup, texts);
    TrainingService service =
        new TrainingService(
            store,
            work,
            mock(AuditLog.class),
            direct,
            Clock.fixed(Instant.parse("2026-03-10T09:00:00Z"), ZoneOffset.UTC));
    target =
        new TrainingPageController(
            new TrainingAccess(guard, permissions, store, texts),
            service,
            mock(UserDirectory.class),
            texts);
  }

  private void signIn(HostUser user) {
    when(currentUser.get()).thenReturn(Optional.of(user));
  }

  private static Map<String, String[]> form(String... pairs) {
    Map<String, String[]> m = new java.util.HashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      m.put(pairs[i], new String[] {pairs[i + 1]});
    }
    return m;
  }

  @Test
  public void post_shouldAnswer403AndStoreNothing_whenAMemberAddsACertification() {
    signIn(MEMBER);

    TrainingPageController.Result result =
        target.post(
            "",
            form("action", "cert", "person", "member", "typeId", "aws", "issuedOn", "2026-01-01"));

    assertThat(result.isRedirect()).isFalse();
    assertThat(result.page().status()).isEqualTo(403);
    verify(store, never()).addCertification(any());
  }

  @Test
  public void post_shouldAnswer400NamingIssuedOn_whenTheDateIsNoDate() {
    signIn(RM);

    TrainingPageController.Result result =
        target.post(
            "", form("action", "cert", "person", "alice", "typeId", "aws", "issuedOn", "soon"));

    assertThat(result.isRedirect()).isFalse();
    assertThat(result.page().status()).isEqualTo(400);
    TrainingPageView view = (TrainingPageView) result.page().context().get("page");
    assertThat(view.error()).isTrue();
    assertThat(view.message()).contains("issuedOn");
    verify(store, never()).addCertification(any());
  }

  @Test
  public void post_shouldRedirectToThePerson_whenTheManagerVerifiesASkillLevel() {
    signIn(new HostUser("boss", "boss", "Boss", null));
    when(store.skills())
        .thenReturn(
            List.of(
                Versioned.of(
                    new Skill(
                        "java",
                        "Java",
                        Optional.empty(),
                        Map.of(1, "a", 2, "b", 3, "c", 4, "d", 5, "e")),
                    1L)));

    TrainingPageController.Result result =
        target.post(
            "/jira", form("action", "assess", "person", "alice", "skillId", "java", "level", "4"));

    assertThat(result.redirect())
        .isEqualTo("/jira" + TrainingPageController.PATH + "?saved=1&person=alice");
    verify(store)
        .addPersonSkill(
            new PersonSkill(
                "alice", "java", 4, SkillSource.MANAGER_VERIFIED, LocalDate.parse("2026-03-10")));
  }

  @Test
  public void post_shouldAnswer400NamingTheAction_whenItIsUnknown() {
    signIn(RM);

    TrainingPageController.Result result = target.post("", form("action", "drop-tables"));

    assertThat(result.page().status()).isEqualTo(400);
    assertThat(((TrainingPageView) result.page().context().get("page")).message())
        .contains("action");
  }
}
