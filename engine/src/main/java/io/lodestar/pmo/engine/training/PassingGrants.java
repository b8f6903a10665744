package io.lodestar.pmo.engine.training;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What passing an enrolment grants: each of the course's skills at its level where that raises what
 * the person holds (source {@link SkillSource#CERTIFIED}, dated the session's last day), and a
 * certificate of each of its certification types issued that day. Nothing for an enrolment that is
 * not passed. The caller stores the grants and audits them.
 */
public final class PassingGrants {

  /** The skills and certificates to add. */
  public record Grants(List<PersonSkill> skills, List<PersonCertification> certifications) {
    public Grants {
      skills = List.copyOf(skills);
      certifications = List.copyOf(certifications);
    }

    public boolean isEmpty() {
      return skills.isEmpty() && certifications.isEmpty();
    }
  }

  /**
   * @throws IllegalArgumentException when the session is not the enrolment's, the course not the
   *     session's, the person not the enrolment's, or a certification type is unknown
   */
  public Grants of(
      Enrolment enrolment,
      CourseSession session,
      Course course,
      Held held,
      TrainingCatalog catalog) {
    Objects.requireNonNull(enrolment, "enrolment");
    if (!enrolment.sessionId().equals(session.id()) || !session.courseId().equals(course.id())) {
      throw new IllegalArgumentException("enrolment, session and course do not belong together");
    }
    if (!held.personKey().equals(enrolment.personKey())) {
      throw new IllegalArgumentException("held skills are not of " + enrolment.personKey());
    }
    if (enrolment.status() != EnrolmentStatus.PASSED) {
      return new Grants(List.of(), List.of());
    }
    List<PersonSkill> skills = new ArrayList<>();
    for (Need.SkillNeed grant : course.grantsSkills()) {
      int heldLevel =
          held.skills().stream()
              .filter(s -> s.skillId().equals(grant.skillId()))
              .mapToInt(PersonSkill::level)
              .max()
              .orElse(0);
      if (grant.minLevel() > heldLevel) {
        skills.add(
            new PersonSkill(
                held.personKey(),
                grant.skillId(),
                grant.minLevel(),
                SkillSource.CERTIFIED,
                session.last()));
      }
    }
    List<PersonCertification> certifications = new ArrayList<>();
    for (String typeId : course.grantsCertifications()) {
      CertificationType type =
          catalog
              .certificationType(typeId)
              .orElseThrow(() -> new IllegalArgumentException("unknown certification " + typeId));
      certifications.add(
          PersonCertification.issued(
              "enrolment:" + enrolment.id() + ":" + typeId,
              held.personKey(),
              type,
              session.last(),
              ""));
    }
    return new Grants(skills, certifications);
  }
}
