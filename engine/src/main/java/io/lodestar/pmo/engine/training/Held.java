package io.lodestar.pmo.engine.training;

import java.util.List;
import java.util.Objects;

/**
 * What one person holds: their skills and certificates (others' entries are refused).
 *
 * @param personKey never null
 * @param skills never null
 * @param certifications never null
 */
public record Held(
    String personKey, List<PersonSkill> skills, List<PersonCertification> certifications) {

  public Held {
    Objects.requireNonNull(personKey, "personKey");
    skills = List.copyOf(skills);
    certifications = List.copyOf(certifications);
    for (PersonSkill s : skills) {
      if (!s.personKey().equals(personKey)) {
        throw new IllegalArgumentException(s + " is not of " + personKey);
      }
    }
    for (PersonCertification c : certifications) {
      if (!c.personKey().equals(personKey)) {
        throw new IllegalArgumentException(c + " is not of " + personKey);
      }
    }
  }
}
