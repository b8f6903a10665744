package io.lodestar.pmo.engine.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lodestar.pmo.engine.capacity.AllocationCalculator;
import io.lodestar.pmo.engine.capacity.AllocationIndex;
import io.lodestar.pmo.engine.capacity.AllocationResult;
import io.lodestar.pmo.engine.capacity.CapacityInput;
import io.lodestar.pmo.engine.capacity.FreeCapacitySearch;
import io.lodestar.pmo.engine.capacity.HolidayCalendar;
import io.lodestar.pmo.engine.capacity.LoadCell;
import io.lodestar.pmo.engine.capacity.Period;
import io.lodestar.pmo.engine.capacity.Person;
import io.lodestar.pmo.engine.capacity.PersonCalendar;
import io.lodestar.pmo.engine.capacity.WorkItem;
import io.lodestar.pmo.engine.capacity.WorkingHoursPlan;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Skills, certifications, qualification for the dates of the work, courses and plans. */
class TrainingTest {

  private static final long H = 3600;
  private static final LocalDate MON = LocalDate.of(2026, 3, 2);

  private static Skill skill(String id, String parent) {
    return new Skill(
        id,
        id.toUpperCase(),
        Optional.ofNullable(parent),
        Map.of(1, "aware", 2, "guided", 3, "independent", 4, "leads", 5, "expert"));
  }

  private static final SkillCatalog SKILLS =
      SkillCatalog.of(
          List.of(skill("programming", null), skill("java", "programming"), skill("sql", null)));
  private static final CertificationType AWS =
      new CertificationType(
          "aws-sa",
          "AWS Solutions Architect",
          "Amazon Web Services",
          Optional.of(java.time.Period.ofYears(3)));
  private static final CertificationType SAFETY =
      new CertificationType("safety", "Site safety", "HSE", Optional.empty());
  private static final TrainingCatalog CATALOG = new TrainingCatalog(SKILLS, List.of(AWS, SAFETY));

  private final QualificationCheck target = new QualificationCheck(CATALOG);

  private static PersonCertification cert(String id, String type, LocalDate from, LocalDate until) {
    return new PersonCertification(
        id, "ann", type, from, Optional.ofNullable(until), Optional.of("https://evidence/" + id));
  }

  private static PersonCertification certOf(
      String person, String id, String type, LocalDate from, LocalDate until) {
    return new PersonCertification(
        id, person, type, from, Optional.ofNullable(until), Optional.of("https://evidence/" + id));
  }

  private static Work work(LocalDate start, LocalDate due) {
    return new Work(
        "ALPHA-1",
        "ALPHA",
        "10001",
        Set.of("backend"),
        Optional.ofNullable(start),
        Optional.ofNullable(due));
  }

  private static final List<Requirement> REQUIREMENTS =
      List.of(
          new Requirement(Requirement.Scope.PROJECT, "ALPHA", new Need.CertificationNeed("aws-sa")),
          new Requirement(
              Requirement.Scope.COMPONENT, "backend", new Need.SkillNeed("programming", 3)),
          new Requirement(Requirement.Scope.PROJECT, "BETA", new Need.SkillNeed("sql", 5)));

  @Test
  public void check_shouldWarn_whenTheCertificationExpiresBeforeTheDueDate() {
    // given a certificate valid until 15 March and work from 2 to 31 March
    Held ann =
        new Held(
            "ann",
            List.of(
                new PersonSkill("ann", "java", 4, SkillSource.MANAGER_VERIFIED, MON.minusYears(1))),
            List.of(cert("c1", "aws-sa", MON.minusYears(2), LocalDate.of(2026, 3, 15))));
    // when
    Qualification q = target.check(work(MON, LocalDate.of(2026, 3, 31)), REQUIREMENTS, ann, MON);
    // then the skill is met through java ⊂ programming, the certificate is not for the whole work
    assertThat(q.status()).isEqualTo(QualificationStatus.CERTIFICATION_EXPIRES);
    assertThat(q.findings()).hasSize(2);
    QualificationFinding cert = q.problems().get(0);
    assertThat(cert.messageKey()).isEqualTo(CertificationValidityPolicy.KEY_EXPIRES);
    assertThat(cert.args())
        .containsExactly(
            "AWS Solutions Architect", LocalDate.of(2026, 3, 15), LocalDate.of(2026, 3, 31));
  }

  @Test
  public void check_shouldBeOk_whenARenewalTakesOverTheDayAfterTheOldCertificateEnds() {
    // given a certificate valid until 15 March, renewed from 16 March, and work from 2 to 31 March
    Held ann =
        new Held(
            "ann",
            List.of(
                new PersonSkill("ann", "java", 4, SkillSource.MANAGER_VERIFIED, MON.minusYears(1))),
            List.of(
                cert("c1", "aws-sa", MON.minusYears(2), LocalDate.of(2026, 3, 15)),
                cert("c2", "aws-sa", LocalDate.of(2026, 3, 16), LocalDate.of(2029, 3, 15))));
    // when
    Qualification q = target.check(work(MON, LocalDate.of(2026, 3, 31)), REQUIREMENTS, ann, MON);
    // then a valid certificate is held on every day of the work, until the renewal's end
    assertThat(q.status()).isEqualTo(QualificationStatus.OK);
    QualificationFinding cert =
        q.findings().stream()
            .filter(f -> f.policy().equals(CertificationValidityPolicy.NAME))
            .findFirst()
            .orElseThrow();
    assertThat(cert.messageKey()).isEqualTo(CertificationValidityPolicy.KEY_OK);
    assertThat(cert.args()).containsExactly("AWS Solutions Architect", LocalDate.of(2029, 3, 15));
  }

  @Test
  public void check_shouldWarn_whenARenewalLeavesAGapDayInTheWork() {
    // given a certificate valid until 15 March, renewed only from 17 March
    Held ann =
        new Held(
            "ann",
            List.of(
                new PersonSkill("ann", "java", 4, SkillSource.MANAGER_VERIFIED, MON.minusYears(1))),
            List.of(
                cert("c1", "aws-sa", MON.minusYears(2), LocalDate.of(2026, 3, 15)),
                cert("c2", "aws-sa", LocalDate.of(2026, 3, 17), LocalDate.of(2029, 3, 15))));
    // when
    Qualification q = target.check(work(MON, LocalDate.of(2026, 3, 31)), REQUIREMENTS, ann, MON);
    // then 16 March is not covered
    assertThat(q.status()).isEqualTo(QualificationStatus.CERTIFICATION_EXPIRES);
  }

  @Test
  public void check_shouldBeOk_whenTheCertificationCoversEveryDayOfTheWork() {
    Held ann =
        new Held(
            "ann",
            List.of(new PersonSkill("ann", "programming", 3, SkillSource.SELF_ASSESSED, MON)),
            List.of(
                cert("old", "aws-sa", MON.minusYears(4), MON.minusYears(1)),
                cert("c1", "aws-sa", MON.minusYears(1), LocalDate.of(2026, 3, 31))));
    Qualification q = target.check(work(MON, LocalDate.of(2026, 3, 31)), REQUIREMENTS, ann, MON);
    assertThat(q.status()).isEqualTo(QualificationStatus.OK);
    assertThat(q.problems()).isEmpty();
  }

  @Test
  public void check_shouldSayNotYetValid_whenTheCertificationStartsAfterTheWork() {
    Held ann =
        new Held(
            "ann",
            List.of(new PersonSkill("ann", "java", 3, SkillSource.CERTIFIED, MON.minusDays(1))),
            List.of(cert("c1", "aws-sa", MON.plusDays(10), null)));
    Qualification q = target.check(work(MON, MON.plusDays(20)), REQUIREMENTS, ann, MON);
    assertThat(q.status()).isEqualTo(QualificationStatus.CERTIFICATION_NOT_YET_VALID);
    assertThat(q.problems().get(0).args())
        .containsExactly("AWS Solutions Architect", MON.plusDays(10), MON);
  }

  @Test
  public void check_shouldSayExpiredOrMissing_andMissingSkillIsWorst() {
    // given an expired certificate and programming at level 2 only
    Held ann =
        new Held(
            "ann",
            List.of(
                new PersonSkill("ann", "java", 2, SkillSource.SELF_ASSESSED, MON.minusYears(1))),
            List.of(cert("c1", "aws-sa", MON.minusYears(3), MON.minusDays(1))));
    Held bob = new Held("bob", List.of(), List.of());
    // when
    Qualification q = target.check(work(MON, MON.plusDays(5)), REQUIREMENTS, ann, MON);
    Qualification none = target.check(work(MON, MON.plusDays(5)), REQUIREMENTS, bob, MON);
    // then
    assertThat(q.status()).isEqualTo(QualificationStatus.MISSING_SKILL);
    assertThat(q.findings())
        .extracting(QualificationFinding::messageKey)
        .containsExactly(CertificationValidityPolicy.KEY_EXPIRED, SkillLevelPolicy.KEY_BELOW);
    assertThat(none.findings())
        .extracting(QualificationFinding::messageKey)
        .containsExactly(CertificationValidityPolicy.KEY_MISSING, SkillLevelPolicy.KEY_MISSING);
  }

  @Test
  public void check_shouldNotCountASkillGainedAfterTheWorkStarts() {
    Held ann =
        new Held(
            "ann",
            List.of(new PersonSkill("ann", "java", 5, SkillSource.CERTIFIED, MON.plusDays(3))),
            List.of(cert("c1", "aws-sa", MON.minusYears(1), null)));
    Qualification q = target.check(work(MON, MON.plusDays(5)), REQUIREMENTS, ann, MON);
    assertThat(q.status()).isEqualTo(QualificationStatus.MISSING_SKILL);
    assertThat(q.problems().get(0).messageKey()).isEqualTo(SkillLevelPolicy.KEY_NOT_YET);
    // and undated work is checked on the day of the check
    Qualification later = target.check(work(null, null), REQUIREMENTS, ann, MON.plusDays(3));
    assertThat(later.status()).isEqualTo(QualificationStatus.OK);
  }

  @Test
  public void check_shouldBeOk_whenNothingIsRequired() {
    Work beta = new Work("GAMMA-1", "GAMMA", "10001", Set.of(), Optional.of(MON), Optional.of(MON));
    assertThat(target.check(beta, REQUIREMENTS, new Held("x", List.of(), List.of()), MON).status())
        .isEqualTo(QualificationStatus.OK);
  }

  @Test
  public void attendingACourse_shouldReserveCapacity_asTrainingAbsence() {
    // given a two-day whole-day session and a half-day session, one withdrawn enrolment
    CourseSession twoDays =
        new CourseSession("s1", "aws-course", MON, MON.plusDays(1), Optional.empty());
    CourseSession halfDay =
        new CourseSession(
            "s2", "sql-course", MON.plusDays(3), MON.plusDays(3), Optional.of(4 * 3600));
    List<Enrolment> enrolments =
        List.of(
            new Enrolment("e1", "ann", "s1", EnrolmentStatus.PLANNED),
            new Enrolment("e2", "ann", "s2", EnrolmentStatus.ATTENDED),
            new Enrolment("e3", "bob", "s1", EnrolmentStatus.WITHDRAWN));
    // when the absences go into capacity
    var absences = new TrainingAbsences().of(enrolments, List.of(twoDays, halfDay));
    Person ann = Person.of("ann", WorkingHoursPlan.standard()).withAbsences(absences.get("ann"));
    Person bob = Person.of("bob", WorkingHoursPlan.standard());
    AllocationResult result =
        new AllocationCalculator()
            .calculate(
                new CapacityInput(
                    MON,
                    MON.plusDays(6),
                    List.of(ann, bob),
                    List.of(),
                    Map.of(),
                    List.of(WorkItem.of("A-1", "A", "ann", MON, MON.plusDays(4), 12 * H)),
                    List.of()));
    // then 40 − 16 − 4 = 20 h; the work avoids the training days
    assertThat(absences).doesNotContainKey("bob");
    assertThat(absences.get("ann").get(0).source()).isEqualTo("enrolment:e1");
    LoadCell week = result.person("ann").orElseThrow().cell(Period.ISO_WEEK, MON);
    assertThat(week.capacitySeconds()).isEqualTo(20 * H);
    assertThat(result.person("ann").orElseThrow().day(MON).allocatedSeconds()).isZero();
    assertThat(result.person("ann").orElseThrow().day(MON.plusDays(2)).allocatedSeconds())
        .isEqualTo(4 * H);
    assertThat(result.person("bob").orElseThrow().cell(Period.ISO_WEEK, MON).capacitySeconds())
        .isEqualTo(40 * H);
  }

  @Test
  public void passing_shouldGrantRaisedSkillsAndCertificates() {
    Course course =
        new Course(
            "aws-course",
            "AWS architecture",
            false,
            16 * H,
            List.of(new Need.SkillNeed("java", 3), new Need.SkillNeed("sql", 2)),
            List.of("aws-sa"));
    CourseSession session =
        new CourseSession("s1", "aws-course", MON, MON.plusDays(1), Optional.empty());
    Held ann =
        new Held(
            "ann",
            List.of(new PersonSkill("ann", "sql", 4, SkillSource.SELF_ASSESSED, MON.minusYears(1))),
            List.of());
    PassingGrants target = new PassingGrants();
    // when
    PassingGrants.Grants passed =
        target.of(
            new Enrolment("e1", "ann", "s1", EnrolmentStatus.PASSED),
            session,
            course,
            ann,
            CATALOG);
    PassingGrants.Grants attended =
        target.of(
            new Enrolment("e1", "ann", "s1", EnrolmentStatus.ATTENDED),
            session,
            course,
            ann,
            CATALOG);
    // then sql stays at 4 (never lowered); the certificate holds three years from the last day
    assertThat(passed.skills())
        .containsExactly(new PersonSkill("ann", "java", 3, SkillSource.CERTIFIED, MON.plusDays(1)));
    assertThat(passed.certifications()).hasSize(1);
    assertThat(passed.certifications().get(0).validUntil()).contains(LocalDate.of(2029, 3, 2));
    assertThat(attended.isEmpty()).isTrue();
    assertThatThrownBy(
            () ->
                target.of(
                    new Enrolment("e1", "ann", "other", EnrolmentStatus.PASSED),
                    session,
                    course,
                    ann,
                    CATALOG))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  public void plan_shouldListGaps_andSuggestTheCoursesThatCloseMostOfThem() {
    Course both =
        new Course(
            "c-both",
            "Both",
            true,
            40 * H,
            List.of(new Need.SkillNeed("java", 3)),
            List.of("aws-sa"));
    Course shortJava =
        new Course(
            "c-java", "Java", true, 8 * H, List.of(new Need.SkillNeed("java", 4)), List.of());
    Course longJava =
        new Course(
            "c-java2",
            "Java long",
            true,
            16 * H,
            List.of(new Need.SkillNeed("java", 5)),
            List.of());
    Course unrelated =
        new Course("c-sql", "SQL", true, 4 * H, List.of(new Need.SkillNeed("sql", 5)), List.of());
    Held ann = new Held("ann", List.of(), List.of());
    Held bob =
        new Held(
            "bob",
            List.of(
                new PersonSkill("bob", "java", 4, SkillSource.MANAGER_VERIFIED, MON.minusYears(1))),
            List.of());
    List<Need> needs =
        List.of(new Need.SkillNeed("programming", 3), new Need.CertificationNeed("aws-sa"));
    TrainingPlanner planner = new TrainingPlanner(CATALOG);
    // when
    TrainingPlanner.PersonPlan plan =
        planner.plan(
            ann, needs, MON, MON.plusDays(30), List.of(longJava, unrelated, shortJava, both));
    TrainingPlanner.TeamPlan team =
        planner.teamPlan(List.of(ann, bob), needs, MON, MON.plusDays(30), List.of(both));
    // then
    assertThat(plan.gaps()).extracting(TrainingPlanner.Gap::need).containsExactlyElementsOf(needs);
    assertThat(plan.suggestions())
        .extracting(s -> s.course().id())
        .containsExactly("c-both", "c-java", "c-java2");
    assertThat(team.missing()).containsEntry(needs.get(0), 1).containsEntry(needs.get(1), 2);
  }

  @Test
  public void matrix_shouldShowEachMembersHighestLevel_asOfTheDay() {
    Held ann =
        new Held(
            "ann",
            List.of(
                new PersonSkill("ann", "java", 2, SkillSource.SELF_ASSESSED, MON.minusYears(2)),
                new PersonSkill("ann", "java", 4, SkillSource.MANAGER_VERIFIED, MON.minusYears(1)),
                new PersonSkill("ann", "sql", 5, SkillSource.CERTIFIED, MON.plusDays(5))),
            List.of());
    CompetencyMatrix matrix =
        CompetencyMatrix.of(List.of("ann", "bob"), List.of("java", "sql"), List.of(ann), MON);
    assertThat(matrix.cell("ann", "java").map(PersonSkill::level)).contains(4);
    assertThat(matrix.cell("ann", "java").map(PersonSkill::source))
        .contains(SkillSource.MANAGER_VERIFIED);
    assertThat(matrix.cell("ann", "sql")).isEmpty();
    assertThat(matrix.cell("bob", "java")).isEmpty();
    assertThat(matrix.coverage("java", 3)).isEqualTo(1);
    assertThat(matrix.holders("java", 5)).isEmpty();
  }

  @Test
  public void reminders_shouldSendTheMostUrgentThresholdOnce() {
    ExpiryReminders target = new ExpiryReminders(Set.of(60, 30, 7), CATALOG);
    PersonCertification soon = cert("c1", "aws-sa", MON.minusYears(2), MON.plusDays(5));
    PersonCertification later = certOf("bob", "c2", "aws-sa", MON.minusYears(2), MON.plusDays(45));
    PersonCertification far = certOf("cid", "c3", "aws-sa", MON.minusYears(2), MON.plusDays(90));
    PersonCertification forever = cert("c4", "safety", MON.minusYears(2), null);
    PersonCertification expired = cert("c5", "aws-sa", MON.minusYears(2), MON.minusDays(1));
    List<PersonCertification> all = List.of(soon, later, far, forever, expired);
    // when a first run is late for c1 (5 days left: 60, 30 and 7 reached)
    List<ExpiryReminders.Reminder> first = target.due(all, Set.of(), MON);
    // then one reminder each, c1 at 7 days with all three marked
    assertThat(first).extracting(r -> r.certification().id()).containsExactly("c1", "c2");
    assertThat(first.get(0).thresholdDays()).isEqualTo(7);
    assertThat(first.get(0).markSent())
        .containsExactlyInAnyOrder(
            new ExpiryReminders.SentKey("c1", 7),
            new ExpiryReminders.SentKey("c1", 30),
            new ExpiryReminders.SentKey("c1", 60));
    assertThat(first.get(1).thresholdDays()).isEqualTo(60);
    assertThat(first.get(1).args())
        .containsExactly("AWS Solutions Architect", MON.plusDays(45), 45L);
    // and running again with what was stored sends nothing; c2 reaches 30 days later
    Set<ExpiryReminders.SentKey> sent = new java.util.HashSet<>();
    first.forEach(r -> sent.addAll(r.markSent()));
    assertThat(target.due(all, sent, MON)).isEmpty();
    assertThat(target.due(all, sent, MON.plusDays(15)))
        .extracting(ExpiryReminders.Reminder::thresholdDays)
        .containsExactly(30);
  }

  @Test
  public void reminders_shouldStaySilent_whenTheSameTypeIsAlreadyRenewedByTheSamePerson() {
    ExpiryReminders target = new ExpiryReminders(Set.of(60, 30, 7), CATALOG);
    // given ann's certificate ends in 5 days and she already holds its renewal from the next day;
    // bob's renewal starts a day late, and his other certificate is of another type
    PersonCertification old = cert("c1", "aws-sa", MON.minusYears(2), MON.plusDays(5));
    PersonCertification renewal = cert("c2", "aws-sa", MON.plusDays(6), MON.plusYears(3));
    PersonCertification bobs = certOf("bob", "c3", "aws-sa", MON.minusYears(2), MON.plusDays(5));
    PersonCertification bobsLate = certOf("bob", "c4", "aws-sa", MON.plusDays(7), MON.plusYears(3));
    PersonCertification bobsSafety = certOf("bob", "c5", "safety", MON.minusDays(1), null);
    // when
    List<ExpiryReminders.Reminder> due =
        target.due(List.of(old, renewal, bobs, bobsLate, bobsSafety), Set.of(), MON);
    // then only bob, whose cover has a gap, is reminded
    assertThat(due).extracting(r -> r.certification().id()).containsExactly("c3");
  }

  @Test
  public void skillFilter_shouldNarrowTheFreeCapacitySearch() {
    AllocationIndex index = new AllocationIndex(MON, 4, 2, 4);
    index.putPerson(
        new PersonCalendar(Person.of("ann", WorkingHoursPlan.standard()), HolidayCalendar.NONE));
    index.putPerson(
        new PersonCalendar(Person.of("bob", WorkingHoursPlan.standard()), HolidayCalendar.NONE));
    List<Held> held =
        List.of(
            new Held(
                "ann",
                List.of(new PersonSkill("ann", "java", 4, SkillSource.CERTIFIED, MON)),
                List.of()),
            new Held(
                "bob",
                List.of(new PersonSkill("bob", "java", 2, SkillSource.CERTIFIED, MON)),
                List.of()));
    var eligible =
        SkillFilter.meeting(
            new Need.SkillNeed("programming", 3), held, MON, MON.plusDays(27), CATALOG);
    List<FreeCapacitySearch.Candidate> found =
        new FreeCapacitySearch().search(index, 20 * H, 0, 3, eligible, 10);
    assertThat(found).extracting(FreeCapacitySearch.Candidate::personKey).containsExactly("ann");
  }

  @Test
  public void values_shouldRefuseInvalidInput() {
    assertThatThrownBy(() -> new Skill("x", "X", Optional.empty(), Map.of(1, "a")))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> SkillCatalog.of(List.of(skill("a", "b"))))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> SkillCatalog.of(List.of(skill("a", "b"), skill("b", "a"))))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Need.SkillNeed("java", 6))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> cert("c", "aws-sa", MON, MON.minusDays(1)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(
            () ->
                new Held(
                    "ann",
                    List.of(new PersonSkill("bob", "java", 1, SkillSource.SELF_ASSESSED, MON)),
                    List.of()))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new ExpiryReminders(Set.of(), CATALOG))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
