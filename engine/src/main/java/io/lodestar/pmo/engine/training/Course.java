package io.lodestar.pmo.engine.training;

import java.util.List;
import java.util.Objects;

/**
 * A course, internal or external, and what passing it grants.
 *
 * @param id stable id; never null
 * @param name never null
 * @param internal true when run by the organisation
 * @param durationSeconds the course's length in seconds, positive (shown as hours)
 * @param grantsSkills skills at a level that passing grants
 * @param grantsCertifications certification type ids that passing grants
 */
public record Course(
    String id,
    String name,
    boolean internal,
    long durationSeconds,
    List<Need.SkillNeed> grantsSkills,
    List<String> grantsCertifications) {

  public Course {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    if (durationSeconds <= 0) {
      throw new IllegalArgumentException("course " + id + " needs a positive duration");
    }
    grantsSkills = List.copyOf(grantsSkills);
    grantsCertifications = List.copyOf(grantsCertifications);
  }

  /** True when passing this course meets {@code need}, given the catalog's hierarchy. */
  public boolean meets(Need need, SkillCatalog catalog) {
    if (need instanceof Need.SkillNeed skill) {
      return grantsSkills.stream()
          .anyMatch(
              g ->
                  catalog.covers(skill.skillId(), g.skillId()) && g.minLevel() >= skill.minLevel());
    }
    return grantsCertifications.contains(((Need.CertificationNeed) need).typeId());
  }
}
