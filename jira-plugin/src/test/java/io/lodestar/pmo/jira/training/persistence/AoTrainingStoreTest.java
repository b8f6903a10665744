package io.lodestar.pmo.jira.training.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lodestar.pmo.app.shared.persistence.StoredDataException;
import io.lodestar.pmo.app.training.TrainingStore;
import io.lodestar.pmo.engine.shared.StoreResult;
import io.lodestar.pmo.engine.shared.Versioned;
import io.lodestar.pmo.engine.training.CertificationType;
import io.lodestar.pmo.engine.training.Course;
import io.lodestar.pmo.engine.training.CourseSession;
import io.lodestar.pmo.engine.training.Enrolment;
import io.lodestar.pmo.engine.training.EnrolmentStatus;
import io.lodestar.pmo.engine.training.ExpiryReminders;
import io.lodestar.pmo.engine.training.Held;
import io.lodestar.pmo.engine.training.Need;
import io.lodestar.pmo.engine.training.PersonCertification;
import io.lodestar.pmo.engine.training.PersonSkill;
import io.lodestar.pmo.engine.training.Requirement;
import io.lodestar.pmo.engine.training.Skill;
import io.lodestar.pmo.engine.training.SkillSource;
import io.lodestar.pmo.jira.shared.persistence.AoTransactions;
import io.lodestar.pmo.jira.shared.persistence.ClusterWriteLocks;
import io.lodestar.pmo.jira.shared.persistence.InMemoryActiveObjects;
import io.lodestar.pmo.jira.shared.persistence.InMemoryClusterLockService;
import io.lodestar.pmo.jira.shared.persistence.WriteLockUnavailableException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.Before;
import org.junit.Test;

public class AoTrainingStoreTest {

  private static final LocalDate D = LocalDate.of(2026, 3, 2);

  private InMemoryActiveObjects ao;
  private InMemoryClusterLockService lockService;
  private AoTransactions transactions;
  private AoTrainingStore target;

  @Before
  public void setUp() {
    ao = new InMemoryActiveObjects();
    ao.migrate(
        SkillEntity.class,
        CertTypeEntity.class,
        TrainingPersonEntity.class,
        PersonSkillEntity.class,
        PersonCertEntity.class,
        RequirementEntity.class,
        CourseEntity.class,
        CourseGrantEntity.class,
        CourseSessionEntity.class,
        EnrolmentEntity.class,
        ReminderSentEntity.class);
    ao.requireMigration();
    lockService = new InMemoryClusterLockService();
    transactions = new AoTransactions(ao);
    target =
        new AoTrainingStore(
            ao,
            transactions,
            new ClusterWriteLocks(lockService, transactions, Duration.ofMillis(50)));
  }

  private static Skill skill(String id, String name, String parent) {
    return new Skill(
        id,
        name,
        Optional.ofNullable(parent),
        Map.of(1, "aware", 2, "guided", 3, "alone", 4, "leads", 5, "teaches"));
  }

  private static PersonCertification cert(String id, String person, LocalDate until) {
    return new PersonCertification(
        id,
        person,
        "pmp",
        D.minusYears(1),
        Optional.ofNullable(until),
        Optional.of("https://ex.org/" + id));
  }

  @Test
  public void saveSkill_shouldCreateVersionOne_andReadItBackExactly() {
    StoreResult<Long> result = target.saveSkill(skill("java", "Java", "prog"), Versioned.NEW);

    assertThat(result).isEqualTo(StoreResult.stored(1L));
    assertThat(target.skills()).containsExactly(Versioned.of(skill("java", "Java", "prog"), 1L));
    assertThat(lockService.requested()).contains(ClusterWriteLocks.name("training.skill"));
  }

  @Test
  public void saveSkill_shouldUpdateAndCountUp_whenTheVersionMatches() {
    target.saveSkill(skill("java", "Java", null), Versioned.NEW);

    StoreResult<Long> result = target.saveSkill(skill("java", "Java SE", "prog"), 1L);

    assertThat(result).isEqualTo(StoreResult.stored(2L));
    assertThat(target.skills()).containsExactly(Versioned.of(skill("java", "Java SE", "prog"), 2L));
  }

  @Test
  public void saveSkill_shouldConflictAndChangeNothing_whenStaleOrCreatingTwice() {
    target.saveSkill(skill("java", "Java", null), Versioned.NEW);
    target.saveSkill(skill("java", "Java 2", null), 1L);

    assertThat(target.saveSkill(skill("java", "Stale", null), 1L))
        .isEqualTo(StoreResult.conflict(1L, 2L));
    assertThat(target.saveSkill(skill("java", "Again", null), Versioned.NEW))
        .isEqualTo(StoreResult.conflict(0L, 2L));
    assertThat(target.skills()).containsExactly(Versioned.of(skill("java", "Java 2", null), 2L));
  }

  @Test
  public void saveSkill_shouldBeMissing_whenUpdatingAnAbsentSkill() {
    assertThat(target.saveSkill(skill("go", "Go", null), 3L)).isEqualTo(StoreResult.missing());
    assertThat(target.skills()).isEmpty();
  }

  @Test
  public void saveSkill_shouldWriteNothing_whenTheClusterLockIsHeldElsewhere() throws Exception {
    Thread other =
        new Thread(() -> lockService.holdOnThisThread(ClusterWriteLocks.name("training.skill")));
    other.start();
    other.join();

    assertThatThrownBy(() -> target.saveSkill(skill("java", "Java", null), Versioned.NEW))
        .isInstanceOf(WriteLockUnavailableException.class);
    assertThat(ao.rows(SkillEntity.class)).isEmpty();
  }

  @Test
  public void saveCertificationType_shouldKeepTheValidity_andCheckVersions() {
    CertificationType pmp =
        new CertificationType("pmp", "PMP", "PMI", Optional.of(Period.ofYears(3)));
    CertificationType open =
        new CertificationType("csm", "CSM", "Scrum Alliance", Optional.empty());

    assertThat(target.saveCertificationType(pmp, Versioned.NEW)).isEqualTo(StoreResult.stored(1L));
    assertThat(target.saveCertificationType(open, Versioned.NEW)).isEqualTo(StoreResult.stored(1L));
    assertThat(target.saveCertificationType(pmp, 5L)).isEqualTo(StoreResult.conflict(5L, 1L));

    assertThat(target.certificationTypes())
        .containsExactly(Versioned.of(open, 1L), Versioned.of(pmp, 1L));
  }

  @Test
  public void addRequirement_shouldReadBackSkillAndCertificationNeeds_inOrderAdded() {
    Requirement skill =
        new Requirement(Requirement.Scope.COMPONENT, "Payments", new Need.SkillNeed("java", 3));
    Requirement cert =
        new Requirement(Requirement.Scope.ISSUE_TYPE, "10001", new Need.CertificationNeed("pmp"));

    target.addRequirement(skill);
    target.addRequirement(cert);

    assertThat(target.requirements()).containsExactly(skill, cert);
  }

  @Test
  public void requirements_shouldNameTheRow_whenAStoredRowDoesNotParse() {
    ao.insertRaw(
        RequirementEntity.class,
        Map.of("SCOPE", "GALAXY", "SCOPE_KEY", "MOB", "MIN_LEVEL", 0, "CERT_TYPE_ID", "pmp"));

    assertThatThrownBy(() -> target.requirements())
        .isInstanceOf(StoredDataException.class)
        .hasMessageContaining(RequirementEntity.TABLE + " row 1");
  }

  @Test
  public void addCourse_shouldReadBackWhatItGrants_andRefuseASecondWithTheSameId() {
    Course course =
        new Course(
            "c1",
            "PMP prep",
            false,
            35 * 3600L,
            List.of(new Need.SkillNeed("pm", 3)),
            List.of("pmp"));
    CourseSession session = new CourseSession("s1", "c1", D, D.plusDays(2), Optional.of(4 * 3600));
    CourseSession whole =
        new CourseSession("s0", "c1", D.minusDays(7), D.minusDays(7), Optional.empty());

    assertThat(target.tryAddCourse(course)).isTrue();
    assertThat(target.tryAddCourse(course)).isFalse();
    assertThatThrownBy(() -> target.addCourse(course)).isInstanceOf(IllegalStateException.class);
    assertThat(target.tryAddSession(session)).isTrue();
    assertThat(target.tryAddSession(whole)).isTrue();
    assertThat(target.tryAddSession(whole)).isFalse();

    assertThat(target.courses()).containsExactly(Versioned.of(course, 1L));
    assertThat(target.sessions()).containsExactly(whole, session);
  }

  @Test
  public void addCourse_shouldLeaveNothingHalfWritten_whenAGrantFails() {
    Course course =
        new Course(
            "c1", "PMP prep", false, 3600L, List.of(new Need.SkillNeed("pm", 3)), List.of("pmp"));
    ao.failOnWrite(3); // the course and the skill grant, then the certificate grant fails

    assertThatThrownBy(() -> target.addCourse(course)).isInstanceOf(IllegalStateException.class);
    assertThat(ao.rows(CourseEntity.class)).isEmpty();
    assertThat(ao.rows(CourseGrantEntity.class)).isEmpty();
  }

  @Test
  public void held_shouldGiveEveryKeyAnEntry_withTheirSkillsAndCertificates() {
    PersonSkill java = new PersonSkill("alice", "java", 3, SkillSource.MANAGER_VERIFIED, D);
    PersonSkill javaLater =
        new PersonSkill("alice", "java", 4, SkillSource.CERTIFIED, D.plusDays(9));
    target.addPersonSkill(javaLater);
    target.addPersonSkill(java);
    target.addPersonSkill(new PersonSkill("alice", "java", 3, SkillSource.MANAGER_VERIFIED, D));
    target.addCertification(cert("pmp-a", "alice", D.plusYears(3)));
    target.addCertification(cert("pmp-b", "bob", null));

    Map<String, Held> held = target.held(List.of("alice", "carol", "alice"));

    assertThat(held.keySet()).containsExactly("alice", "carol");
    assertThat(held.get("alice").skills()).containsExactly(java, javaLater);
    assertThat(held.get("alice").certifications())
        .containsExactly(cert("pmp-a", "alice", D.plusYears(3)));
    assertThat(held.get("carol").skills()).isEmpty();
  }

  @Test
  public void held_shouldReadInChunks_whenManyKeysAreAsked() {
    List<String> keys = new ArrayList<>();
    IntStream.range(0, AoTrainingStore.IN_CHUNK * 2 + 3).forEach(i -> keys.add("u" + i));
    target.addCertification(cert("last", "u" + (keys.size() - 1), null));

    Map<String, Held> held = target.held(keys);

    assertThat(held).hasSize(keys.size());
    assertThat(held.get("u" + (keys.size() - 1)).certifications()).hasSize(1);
  }

  @Test
  public void addCertification_shouldRefuseASecondWithTheSameId() {
    assertThat(target.addCertification(cert("x", "alice", D))).isTrue();
    assertThat(target.addCertification(cert("x", "bob", D.plusDays(1)))).isFalse();
    assertThat(target.held(List.of("bob")).get("bob").certifications()).isEmpty();
  }

  @Test
  public void savePerson_shouldReplaceWhatWasRecorded_andTeamsShouldBePaged() {
    target.savePerson(new TrainingStore.Person("alice", "mia", "Core"));
    target.savePerson(new TrainingStore.Person("alice", "noah", "Apps"));
    target.savePerson(new TrainingStore.Person("bob", "noah", "Apps"));
    target.savePerson(new TrainingStore.Person("carl", null, "Apps"));
    target.savePerson(new TrainingStore.Person("dora", null, null));

    assertThat(target.person("alice")).contains(new TrainingStore.Person("alice", "noah", "Apps"));
    assertThat(target.person("zed")).isEmpty();
    assertThat(target.person(null)).isEmpty();
    assertThat(target.teams()).containsExactly("Apps");
    assertThat(target.teamSize("Apps")).isEqualTo(3);
    assertThat(target.teamMembers("Apps", 1, 5)).containsExactly("bob", "carl");
    assertThat(target.teamMembers("Apps", 0, 1)).containsExactly("alice");
  }

  @Test
  public void saveEnrolment_shouldCreateUpdateAndRefuseStaleVersions() {
    Enrolment planned = new Enrolment("e1", "alice", "s1", EnrolmentStatus.PLANNED);
    Enrolment passed = new Enrolment("e1", "alice", "s1", EnrolmentStatus.PASSED);

    assertThat(target.saveEnrolment(planned, Versioned.NEW)).isEqualTo(StoreResult.stored(1L));
    assertThat(target.saveEnrolment(passed, 1L)).isEqualTo(StoreResult.stored(2L));
    assertThat(target.saveEnrolment(planned, 1L)).isEqualTo(StoreResult.conflict(1L, 2L));
    assertThat(target.saveEnrolment(new Enrolment("e9", "bob", "s1", EnrolmentStatus.PLANNED), 1L))
        .isEqualTo(StoreResult.missing());

    assertThat(target.enrolment("e1")).contains(Versioned.of(passed, 2L));
    assertThat(target.enrolments("alice")).containsExactly(Versioned.of(passed, 2L));
    assertThat(target.enrolment("e9")).isEmpty();
  }

  @Test
  public void expiringBetween_shouldGiveTheWindowSoonestFirst_paged() {
    target.addCertification(cert("late", "a", D.plusDays(40)));
    target.addCertification(cert("b", "a", D.plusDays(10)));
    target.addCertification(cert("a", "b", D.plusDays(10)));
    target.addCertification(cert("early", "c", D.minusDays(1)));
    target.addCertification(cert("never", "c", null));
    target.addCertification(cert("edge", "c", D.plusDays(30)));

    assertThat(target.expiringBetween(D, D.plusDays(30), 0, 10))
        .extracting(PersonCertification::id)
        .containsExactly("a", "b", "edge");
    assertThat(target.expiringBetween(D, D.plusDays(30), 1, 1))
        .extracting(PersonCertification::id)
        .containsExactly("b");
  }

  @Test
  public void markSent_shouldBeReadBack_andMarkingTwiceShouldKeepOneRow() {
    var k30 = new ExpiryReminders.SentKey("pmp-a", 30);
    var k7 = new ExpiryReminders.SentKey("pmp-a", 7);

    target.markSent(List.of(k30), D);
    target.markSent(List.of(k30, k7), D.plusDays(1));

    assertThat(target.sentReminders(List.of("pmp-a", "other"))).containsExactlyInAnyOrder(k30, k7);
    assertThat(ao.rows(ReminderSentEntity.class)).hasSize(2);
  }

  @Test
  public void erase_shouldDeleteEveryRowOfThePerson_andClearThemAsManager() {
    target.savePerson(new TrainingStore.Person("alice", "mia", "Core"));
    target.savePerson(new TrainingStore.Person("bob", "alice", "Core"));
    target.addPersonSkill(new PersonSkill("alice", "java", 3, SkillSource.SELF_ASSESSED, D));
    target.addCertification(cert("pmp-a", "alice", D.plusDays(5)));
    target.addCertification(cert("pmp-b", "bob", D.plusDays(5)));
    target.markSent(List.of(new ExpiryReminders.SentKey("pmp-a", 30)), D);
    target.markSent(List.of(new ExpiryReminders.SentKey("pmp-b", 30)), D);
    target.saveEnrolment(new Enrolment("e1", "alice", "s1", EnrolmentStatus.PLANNED), 0L);

    int changed = target.erase("alice");

    // reminder, certificate, skill, enrolment, person row, bob's manager
    assertThat(changed).isEqualTo(6);
    assertThat(target.person("alice")).isEmpty();
    assertThat(target.person("bob")).contains(new TrainingStore.Person("bob", null, "Core"));
    Held alice = target.held(List.of("alice")).get("alice");
    assertThat(alice.skills()).isEmpty();
    assertThat(alice.certifications()).isEmpty();
    assertThat(target.enrolments("alice")).isEmpty();
    assertThat(target.sentReminders(List.of("pmp-a", "pmp-b")))
        .containsExactly(new ExpiryReminders.SentKey("pmp-b", 30));
  }

  @Test
  public void erase_shouldChangeNothing_whenADeleteFails() {
    target.savePerson(new TrainingStore.Person("alice", null, "Core"));
    target.addCertification(cert("pmp-a", "alice", D));
    target.addPersonSkill(new PersonSkill("alice", "java", 3, SkillSource.SELF_ASSESSED, D));
    ao.failOnWrite(2);

    assertThatThrownBy(() -> target.erase("alice")).isInstanceOf(IllegalStateException.class);
    assertThat(target.person("alice")).isPresent();
    assertThat(target.held(List.of("alice")).get("alice").certifications()).hasSize(1);
  }
}
