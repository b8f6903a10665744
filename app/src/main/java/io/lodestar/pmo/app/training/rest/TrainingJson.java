package io.lodestar.pmo.app.training.rest;

import io.lodestar.pmo.app.training.TrainingService;
import io.lodestar.pmo.app.training.TrainingStore;
import io.lodestar.pmo.engine.shared.Versioned;
import io.lodestar.pmo.engine.training.CertificationType;
import io.lodestar.pmo.engine.training.Course;
import io.lodestar.pmo.engine.training.CourseSession;
import io.lodestar.pmo.engine.training.Enrolment;
import io.lodestar.pmo.engine.training.Need;
import io.lodestar.pmo.engine.training.PersonCertification;
import io.lodestar.pmo.engine.training.PersonSkill;
import io.lodestar.pmo.engine.training.QualificationFinding;
import io.lodestar.pmo.engine.training.Skill;
import io.lodestar.pmo.engine.training.TrainingPlanner;
import java.time.Period;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The training API's JSON shapes, in and out. Dates are ISO {@code YYYY-MM-DD}. */
public final class TrainingJson {

  private TrainingJson() {}

  /** A skill; {@code levels} maps "1".."5" to their descriptions. */
  public record SkillJson(
      String id, String name, String parentId, Map<String, String> levels, Long version) {
    static SkillJson of(Versioned<Skill> v) {
      Map<String, String> levels = new TreeMap<>();
      v.value().levels().forEach((k, t) -> levels.put(String.valueOf(k), t));
      return new SkillJson(
          v.value().id(), v.value().name(), v.value().parentId().orElse(null), levels, v.version());
    }
  }

  /** A certification type; {@code validity} an ISO period (P3Y), null when it never expires. */
  public record CertificationTypeJson(
      String id, String name, String issuer, String validity, Long version) {
    static CertificationTypeJson of(Versioned<CertificationType> v) {
      CertificationType t = v.value();
      return new CertificationTypeJson(
          t.id(),
          t.name(),
          t.issuer(),
          t.validity().map(Period::toString).orElse(null),
          v.version());
    }
  }

  /** A course and what passing it grants. */
  public record CourseJson(
      String id,
      String name,
      boolean internal,
      double hours,
      List<NeedJson> grantsSkills,
      List<String> grantsCertifications) {
    static CourseJson of(Course c) {
      return new CourseJson(
          c.id(),
          c.name(),
          c.internal(),
          c.durationSeconds() / 3600.0,
          c.grantsSkills().stream().map(NeedJson::of).toList(),
          c.grantsCertifications());
    }
  }

  /** A need: a skill at a minimum level, or a certification type. */
  public record NeedJson(String skillId, Integer minLevel, String certificationTypeId) {
    static NeedJson of(Need need) {
      if (need instanceof Need.SkillNeed s) {
        return new NeedJson(s.skillId(), s.minLevel(), null);
      }
      return new NeedJson(null, null, ((Need.CertificationNeed) need).typeId());
    }
  }

  /** The catalog. */
  public record CatalogJson(
      List<SkillJson> skills,
      List<CertificationTypeJson> certificationTypes,
      List<CourseJson> courses) {}

  /** A held skill. */
  public record PersonSkillJson(String skillId, int level, String source, String since) {
    static PersonSkillJson of(PersonSkill s) {
      return new PersonSkillJson(s.skillId(), s.level(), s.source().name(), s.since().toString());
    }
  }

  /** A certificate (in: {@code id} optional, {@code validUntil} from the type when absent). */
  public record CertificationJson(
      String id,
      String personKey,
      String typeId,
      String issuedOn,
      String validUntil,
      String evidenceLink) {
    static CertificationJson of(PersonCertification c) {
      return new CertificationJson(
          c.id(),
          c.personKey(),
          c.typeId(),
          c.issuedOn().toString(),
          c.validUntil().map(Object::toString).orElse(null),
          c.evidenceLink().orElse(null));
    }
  }

  /** An enrolment. */
  public record EnrolmentJson(String id, String sessionId, String status, long version) {
    static EnrolmentJson of(Versioned<Enrolment> v) {
      return new EnrolmentJson(
          v.value().id(), v.value().sessionId(), v.value().status().name(), v.version());
    }
  }

  /** A status change: {@code status} planned, attended, passed or withdrawn; the version edited. */
  public record EnrolmentStatusJson(String status, Long version) {}

  /** What passing granted. */
  public record GrantsJson(List<PersonSkillJson> skills, List<CertificationJson> certifications) {}

  /** A person's training data. */
  public record PersonJson(
      String personKey,
      String managerKey,
      String team,
      List<PersonSkillJson> skills,
      List<CertificationJson> certifications,
      List<EnrolmentJson> enrolments) {
    static PersonJson of(TrainingService.PersonData d) {
      return new PersonJson(
          d.personKey(),
          d.person().map(TrainingStore.Person::managerKey).orElse(null),
          d.person().map(TrainingStore.Person::team).orElse(null),
          d.skills().stream().map(PersonSkillJson::of).toList(),
          d.certifications().stream().map(CertificationJson::of).toList(),
          d.enrolments().stream().map(EnrolmentJson::of).toList());
    }
  }

  /** One finding of a qualification check. */
  public record FindingJson(String status, NeedJson need, String message) {}

  /** An issue's qualification. */
  public record QualificationJson(
      String issueKey,
      String assigneeKey,
      String value,
      String status,
      List<FindingJson> findings) {}

  /** A gap of a training plan and the courses suggested. */
  public record PlanJson(
      String personKey, List<FindingJson> gaps, List<SuggestionJson> suggestions) {
    static PlanJson of(
        TrainingPlanner.PersonPlan plan,
        java.util.function.Function<QualificationFinding, String> text) {
      return new PlanJson(
          plan.personKey(),
          plan.gaps().stream()
              .map(
                  g ->
                      new FindingJson(
                          g.finding().status().name(),
                          NeedJson.of(g.need()),
                          text.apply(g.finding())))
              .toList(),
          plan.suggestions().stream()
              .map(
                  s ->
                      new SuggestionJson(
                          s.course().id(),
                          s.course().name(),
                          s.closes().stream().map(NeedJson::of).toList()))
              .toList());
    }
  }

  /** A course that closes gaps. */
  public record SuggestionJson(String courseId, String courseName, List<NeedJson> closes) {}

  /** One page of a team's competency matrix: each member's level per skill (0: not held). */
  public record MatrixJson(
      String team, int startAt, int total, List<String> skills, List<MatrixRowJson> people) {}

  /** One member's row. */
  public record MatrixRowJson(String personKey, List<Integer> levels) {}

  /** The answer to an erasure. */
  public record ErasedJson(String personKey, int rows) {}

  /** In: a person's level of a skill ({@code level} 1..5). */
  public record SkillLevelJson(String skillId, String level) {}

  /** In: a new course ({@code kind} internal or external; at most one skill and one grant). */
  public record NewCourseJson(
      String name,
      String kind,
      String hours,
      String grantSkillId,
      String grantLevel,
      String grantTypeId) {}

  /** A session (in: {@code id} optional; {@code hoursPerDay} blank: a full working day). */
  public record SessionJson(
      String id, String courseId, String first, String last, String hoursPerDay) {
    static SessionJson of(CourseSession s) {
      return new SessionJson(
          s.id(),
          s.courseId(),
          s.first().toString(),
          s.last().toString(),
          s.secondsPerDay().map(v -> String.valueOf(v / 3600.0)).orElse(null));
    }
  }

  /** In: plan a person's enrolment in a session. */
  public record NewEnrolmentJson(String personKey, String sessionId) {}
}
