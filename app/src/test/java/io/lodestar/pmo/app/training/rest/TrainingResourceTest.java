package io.lodestar.pmo.app.training.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.lenient;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import io.lodestar.pmo.app.shared.error.AccessDeniedException;
import io.lodestar.pmo.app.shared.error.InvalidInputException;
import io.lodestar.pmo.app.shared.host.CurrentUser;
import io.lodestar.pmo.app.shared.host.HostPermissions;
import io.lodestar.pmo.app.shared.host.HostUser;
import io.lodestar.pmo.app.shared.host.ProjectDirectory;
import io.lodestar.pmo.app.shared.host.Texts;
import io.lodestar.pmo.app.shared.security.AccessGuard;
import io.lodestar.pmo.app.shared.security.PmoAdminGroupSetting;
import io.lodestar.pmo.app.training.TrainingAccess;
import io.lodestar.pmo.app.training.TrainingService;
import io.lodestar.pmo.app.training.TrainingStore;
import io.lodestar.pmo.app.training.TrainingWork;
import io.lodestar.pmo.engine.shared.AuditLog;
import io.lodestar.pmo.engine.shared.StoreResult;
import io.lodestar.pmo.engine.shared.Transactions;
import io.lodestar.pmo.engine.shared.Versioned;
import io.lodestar.pmo.engine.training.CourseSession;
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
 * The training REST resource's refusals: personal data only for the person, their manager, resource
 * managers and PMO admins; writes only for resource managers; bad input a 400 naming the field,
 * with nothing stored.
 */
public class TrainingResourceTest {

  private static final HostUser ADMIN = new HostUser("admin", "admin", "Admin", null);
  private static final HostUser RM = new HostUser("rm", "rm", "Resource Manager", null);
  private static final HostUser BOSS = new HostUser("boss", "boss", "Boss", null);
  private static final HostUser MEMBER = new HostUser("member", "member", "Member", null);

  @Rule public MockitoRule mockito = MockitoJUnit.rule().strictness(Strictness.LENIENT);

  private final CurrentUser currentUser = mock(CurrentUser.class);
  private final HostPermissions permissions = mock(HostPermissions.class);
  private final PmoAdminGroupSetting pmoGroup = mock(PmoAdminGroupSetting.class);
  private final Texts texts = mock(Texts.class);
  private final TrainingStore store = mock(TrainingStore.class);
  private TrainingResource target;

  @Before
  public void setUp() {
    lenient().when(texts.text(anyString(), any(Object[].class))).thenAnswer(i -> i.getArgument(0));
    lenient().when(texts.text(anyString())).thenAnswer(i -> i.getArgument(0));
    lenient().when(pmoGroup.pmoAdminGroup()).thenReturn(Optional.empty());
    lenient().when(permissions.isHostAdmin(ADMIN)).thenReturn(true);
    lenient()
        .when(permissions.isInGroup(RM, TrainingAccess.RESOURCE_MANAGERS_GROUP))
        .thenReturn(true);
    lenient()
        .when(store.person("alice"))
        .thenReturn(Optional.of(new TrainingStore.Person("alice", "boss", "Team")));
    lenient()
        .when(store.held(any()))
        .thenReturn(Map.of("alice", new Held("alice", List.of(), List.of())));
    Transactions direct =
        new Transactions() {
          @Override
          public <T> T inTransaction(Supplier<T> work) {
            return work.get();
          }
        };
    AccessGuard guard =
        new AccessGuard(currentUser, mock(ProjectDirectory.class), permissions, pmoGroup, texts);
    TrainingService service =
        new TrainingService(
            store,
            mock(TrainingWork.class),
            mock(AuditLog.class),
            direct,
            Clock.fixed(Instant.parse("2026-03-10T09:00:00Z"), ZoneOffset.UTC));
    target =
        new TrainingResource(new TrainingAccess(guard, permissions, store, texts), service, texts);
  }

  private void signIn(HostUser user) {
    when(currentUser.get()).thenReturn(Optional.of(user));
  }

  @Test
  public void person_shouldRefuse_whenTheViewerIsNeitherThePersonNorTheirManager() {
    signIn(MEMBER);

    AccessDeniedException refused =
        catchThrowableOfType(() -> target.person("alice"), AccessDeniedException.class);

    assertThat(refused.status()).isEqualTo(403);
    verify(store, never()).held(any());
  }

  @Test
  public void person_shouldAnswer_forTheManagerAndAResourceManager() {
    signIn(BOSS);
    assertThat(target.person("alice").personKey()).isEqualTo("alice");
    signIn(RM);
    assertThat(target.person("alice").managerKey()).isEqualTo("boss");
  }

  @Test
  public void putSkill_shouldAnswer400NamingTheLevel_whenALevelIsNotDescribed() {
    signIn(ADMIN);
    TrainingJson.SkillJson body =
        new TrainingJson.SkillJson(
            null, "Java", null, Map.of("1", "a", "2", "b", "3", "c", "4", " "), 0L);

    InvalidInputException refused =
        catchThrowableOfType(() -> target.putSkill("java", body), InvalidInputException.class);

    assertThat(refused.fieldErrors()).extracting("field").containsExactly("levels.4");
    verify(store, never()).saveSkill(any(), anyLong());
  }

  @Test
  public void putCertificationType_shouldAnswer400NamingValidity_whenItIsNoPeriod() {
    signIn(RM);
    TrainingJson.CertificationTypeJson body =
        new TrainingJson.CertificationTypeJson(null, "AWS", "Amazon", "three years", 0L);

    InvalidInputException refused =
        catchThrowableOfType(
            () -> target.putCertificationType("aws", body), InvalidInputException.class);

    assertThat(refused.fieldErrors()).extracting("field").containsExactly("validity");
    verify(store, never()).saveCertificationType(any(), anyLong());
  }

  @Test
  public void putSkill_shouldRefuse_whenTheViewerIsNoResourceManager() {
    signIn(BOSS);

    AccessDeniedException refused =
        catchThrowableOfType(
            () ->
                target.putSkill(
                    "java", new TrainingJson.SkillJson(null, "Java", null, Map.of(), 0L)),
            AccessDeniedException.class);

    assertThat(refused.status()).isEqualTo(403);
  }

  private void catalogWithJava() {
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
  }

  @Test
  public void assessSkill_shouldRecordASelfAssessment_whenThePersonRecordsTheirOwn() {
    catalogWithJava();
    signIn(MEMBER);

    TrainingJson.PersonSkillJson saved =
        target.assessSkill("member", new TrainingJson.SkillLevelJson("java", "3"));

    assertThat(saved.source()).isEqualTo("SELF_ASSESSED");
    verify(store)
        .addPersonSkill(
            new PersonSkill(
                "member", "java", 3, SkillSource.SELF_ASSESSED, LocalDate.parse("2026-03-10")));
  }

  @Test
  public void assessSkill_shouldRecordAVerifiedLevel_whenTheManagerRecordsIt() {
    catalogWithJava();
    signIn(BOSS);

    TrainingJson.PersonSkillJson saved =
        target.assessSkill("alice", new TrainingJson.SkillLevelJson("java", "4"));

    assertThat(saved.source()).isEqualTo("MANAGER_VERIFIED");
    assertThat(saved.level()).isEqualTo(4);
  }

  @Test
  public void assessSkill_shouldRefuse_whenTheViewerIsNeitherThePersonNorTheirManager() {
    catalogWithJava();
    signIn(MEMBER);

    AccessDeniedException refused =
        catchThrowableOfType(
            () -> target.assessSkill("alice", new TrainingJson.SkillLevelJson("java", "3")),
            AccessDeniedException.class);

    assertThat(refused.status()).isEqualTo(403);
    verify(store, never()).addPersonSkill(any());
  }

  @Test
  public void assessSkill_shouldAnswer400NamingTheLevel_whenItIsOutOfRange() {
    catalogWithJava();
    signIn(MEMBER);

    InvalidInputException refused =
        catchThrowableOfType(
            () -> target.assessSkill("member", new TrainingJson.SkillLevelJson("java", "6")),
            InvalidInputException.class);

    assertThat(refused.fieldErrors()).extracting("field").containsExactly("level");
    verify(store, never()).addPersonSkill(any());
  }

  @Test
  public void addCourse_shouldAnswer400NamingHours_whenTheyAreNotPositive() {
    signIn(RM);

    InvalidInputException refused =
        catchThrowableOfType(
            () ->
                target.addCourse(
                    "aws-prep",
                    new TrainingJson.NewCourseJson("AWS prep", "external", "0", null, null, null)),
            InvalidInputException.class);

    assertThat(refused.fieldErrors()).extracting("field").containsExactly("hours");
    verify(store, never()).addCourse(any());
  }

  @Test
  public void addSession_shouldAnswer400NamingLast_whenItEndsBeforeItStarts() {
    signIn(RM);

    InvalidInputException refused =
        catchThrowableOfType(
            () ->
                target.addSession(
                    new TrainingJson.SessionJson(
                        null, "aws-prep", "2026-04-10", "2026-04-09", null)),
            InvalidInputException.class);

    assertThat(refused.fieldErrors()).extracting("field").containsExactly("last");
    verify(store, never()).addSession(any());
  }

  @Test
  public void enrol_shouldAnswer400NamingTheSession_whenItDoesNotExist() {
    signIn(RM);
    when(store.sessions()).thenReturn(List.of());

    InvalidInputException refused =
        catchThrowableOfType(
            () -> target.enrol(new TrainingJson.NewEnrolmentJson("alice", "nope")),
            InvalidInputException.class);

    assertThat(refused.fieldErrors()).extracting("field").containsExactly("sessionId");
    verify(store, never()).saveEnrolment(any(), anyLong());
  }

  @Test
  public void enrol_shouldPlanTheEnrolment_whenTheSessionExists() {
    signIn(RM);
    when(store.sessions())
        .thenReturn(
            List.of(
                new CourseSession(
                    "s1",
                    "aws-prep",
                    LocalDate.parse("2026-04-01"),
                    LocalDate.parse("2026-04-02"),
                    Optional.empty())));
    when(store.enrolments("alice")).thenReturn(List.of());
    when(store.saveEnrolment(any(), anyLong())).thenReturn(new StoreResult.Stored<>(1L));

    TrainingJson.EnrolmentJson planned =
        target.enrol(new TrainingJson.NewEnrolmentJson("alice", "s1"));

    assertThat(planned.status()).isEqualTo("PLANNED");
    assertThat(planned.sessionId()).isEqualTo("s1");
  }
}
