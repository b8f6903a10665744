package io.lodestar.pmo.app.risk.rest;

import static io.lodestar.pmo.app.risk.rest.RestFixture.PMO;
import static io.lodestar.pmo.app.risk.rest.RestFixture.PROJECT_ADMIN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import io.lodestar.pmo.app.risk.rest.PmoAdminGroupResource.PmoGroupJson;
import io.lodestar.pmo.app.shared.audit.AuditHistory;
import io.lodestar.pmo.app.shared.error.AccessDeniedException;
import io.lodestar.pmo.app.shared.error.FieldError;
import io.lodestar.pmo.app.shared.error.InvalidInputException;
import io.lodestar.pmo.app.shared.error.NotAuthenticatedException;
import io.lodestar.pmo.app.shared.error.StaleVersionException;
import io.lodestar.pmo.app.shared.host.HostUser;
import io.lodestar.pmo.app.shared.security.PmoAdminGroupAdministration;
import io.lodestar.pmo.engine.shared.AuditEntry;
import io.lodestar.pmo.engine.shared.Outcome;
import io.lodestar.pmo.engine.shared.Versioned;
import io.lodestar.pmo.engine.shared.Violation;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.mockito.Mock;
import org.mockito.junit.MockitoJUnit;
import org.mockito.junit.MockitoRule;
import org.mockito.quality.Strictness;

/** The PMO admin group and the audit history. */
public class AdminResourcesTest {

  @Rule public MockitoRule mockito = MockitoJUnit.rule().strictness(Strictness.LENIENT);

  @Mock private PmoAdminGroupAdministration setting;
  @Mock private AuditHistory history;

  private final RestFixture fx = new RestFixture();
  private PmoAdminGroupResource target;
  private AuditResource audit;

  @Before
  public void setUp() {
    target = new PmoAdminGroupResource(fx.guard, setting, fx.texts);
    audit = new AuditResource(fx.guard, history, fx.texts);
    when(setting.current()).thenReturn(Versioned.of(Optional.of("pmo-admins"), 2L));
  }

  @Test
  public void get_shouldAnswerGroupAndVersion_whenPmoAdmin() {
    // given
    fx.signIn(PMO);

    // when / then
    assertThat(target.get()).isEqualTo(new PmoGroupJson("pmo-admins", 2L));
  }

  @Test
  public void get_shouldRefuseWith403_whenProjectAdminIsNoPmoAdmin() {
    // given
    fx.signIn(PROJECT_ADMIN);

    // when / then
    assertThat(catchThrowableOfType(() -> target.get(), AccessDeniedException.class).status())
        .isEqualTo(403);
  }

  @Test
  public void put_shouldAnswerTheNewVersion_whenVersionIsCurrent() {
    // given
    fx.signIn(PMO);
    when(setting.update("pmo", 2L, PMO.key()))
        .thenReturn(Outcome.ok(Versioned.of(Optional.of("pmo"), 3L)));

    // when / then
    assertThat(target.put(new PmoGroupJson("pmo", 2L))).isEqualTo(new PmoGroupJson("pmo", 3L));
  }

  @Test
  public void put_shouldRefuseWith409_whenVersionIsStale() {
    // given
    fx.signIn(PMO);
    when(setting.update("pmo", 1L, PMO.key())).thenReturn(Outcome.conflict(1L, 2L));

    // when
    StaleVersionException e =
        catchThrowableOfType(
            () -> target.put(new PmoGroupJson("pmo", 1L)), StaleVersionException.class);

    // then
    assertThat(e.currentVersion()).isEqualTo(2L);
  }

  @Test
  public void put_shouldRefuseWith400NamingVersion_whenVersionIsMissing() {
    // given
    fx.signIn(PMO);

    // when
    InvalidInputException e =
        catchThrowableOfType(
            () -> target.put(new PmoGroupJson("pmo", null)), InvalidInputException.class);

    // then
    assertThat(e.fieldErrors()).extracting(FieldError::field).containsExactly("version");
    verify(setting, never()).update(anyString(), anyLong(), anyString());
  }

  @Test
  public void put_shouldRefuseWith400NamingGroup_whenTheStoreRefusesTheName() {
    // given
    fx.signIn(PMO);
    when(setting.update("x".repeat(300), 2L, PMO.key()))
        .thenReturn(Outcome.invalid(Violation.of("group", "lodestar.admin.error.tooLong", 255)));

    // when
    InvalidInputException e =
        catchThrowableOfType(
            () -> target.put(new PmoGroupJson("x".repeat(300), 2L)), InvalidInputException.class);

    // then
    assertThat(e.fieldErrors()).extracting(FieldError::field).containsExactly("group");
  }

  @Test
  public void put_shouldRefuseWith401_whenAnonymous() {
    // given
    fx.signIn(null);

    // when / then
    assertThat(
            catchThrowableOfType(
                () -> target.put(new PmoGroupJson("pmo", 2L)), NotAuthenticatedException.class))
        .isNotNull();
  }

  @Test
  public void audit_shouldAnswerAPageNewestFirstWithTotal_whenPmoAdmin() {
    // given
    fx.signIn(PMO);
    AuditEntry entry =
        new AuditEntry(
            "u-pmo",
            "lodestar.risk.audit.model.created",
            "risk.scoringModel",
            "9",
            null,
            "name=Ours",
            Instant.parse("2026-03-10T09:00:00Z"));
    when(history.page(20, 10)).thenReturn(List.of(entry));
    when(history.count()).thenReturn(21);

    // when
    AuditResource.AuditPageJson page = audit.page("20", "10");

    // then
    assertThat(page.total()).isEqualTo(21);
    assertThat(page.entries()).hasSize(1);
    assertThat(page.entries().get(0).actionKey()).isEqualTo("lodestar.risk.audit.model.created");
    assertThat(page.entries().get(0).at()).isEqualTo("2026-03-10T09:00:00Z");
  }

  @Test
  public void audit_shouldRefuseWith400NamingMaxResults_whenAbove100() {
    // given
    fx.signIn(PMO);

    // when
    InvalidInputException e =
        catchThrowableOfType(() -> audit.page(null, "500"), InvalidInputException.class);

    // then
    assertThat(e.fieldErrors()).extracting(FieldError::field).containsExactly("maxResults");
    verify(history, never()).page(anyInt(), anyInt());
  }

  @Test
  public void audit_shouldRefuseWith403_whenNoPmoAdmin() {
    // given
    fx.signIn(PROJECT_ADMIN);

    // when / then
    assertThat(catchThrowableOfType(() -> audit.page(null, null), AccessDeniedException.class))
        .isNotNull();
    verify(history, never()).page(anyInt(), anyInt());
  }

  @Test
  public void audit_shouldUseDefaults_whenNoParameters() {
    // given
    fx.signIn(PMO);
    when(history.page(any(Integer.class), any(Integer.class))).thenReturn(List.of());

    // when
    AuditResource.AuditPageJson page = audit.page(null, null);

    // then
    assertThat(page.startAt()).isZero();
    assertThat(page.maxResults()).isEqualTo(50);
  }

  /** A PMO admin through the group only, not a Jira administrator. */
  private void signInPmoGroupMember() {
    HostUser member = new HostUser("u-member", "member", "Mo Member", null);
    when(fx.pmoGroup.pmoAdminGroup()).thenReturn(Optional.of("pmo-admins"));
    when(fx.permissions.isInGroup(member, "pmo-admins")).thenReturn(true);
    fx.signIn(member);
  }

  @Test
  public void get_shouldAnswerTheGroup_whenUserIsAPmoGroupMember() {
    // given
    signInPmoGroupMember();

    // when / then
    assertThat(target.get()).isEqualTo(new PmoGroupJson("pmo-admins", 2L));
  }

  @Test
  public void put_shouldRefuseWith403AndChangeNothing_whenUserIsOnlyAPmoGroupMember() {
    // given
    signInPmoGroupMember();

    // when
    AccessDeniedException e =
        catchThrowableOfType(
            () -> target.put(new PmoGroupJson("everyone", 2L)), AccessDeniedException.class);

    // then
    assertThat(e.status()).isEqualTo(403);
    assertThat(e.getMessage()).isEqualTo("lodestar.error.hostAdminRequired");
    verify(setting, never()).update(any(), anyLong(), any());
  }
}
