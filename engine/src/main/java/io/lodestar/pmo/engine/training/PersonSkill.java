package io.lodestar.pmo.engine.training;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A person holds a skill at a level from a date on.
 *
 * @param personKey never null
 * @param skillId never null
 * @param level 1..5
 * @param source never null
 * @param since the day it was assessed or granted; the skill counts from then on
 */
public record PersonSkill(
    String personKey, String skillId, int level, SkillSource source, LocalDate since) {

  public PersonSkill {
    Objects.requireNonNull(personKey, "personKey");
    Objects.requireNonNull(skillId, "skillId");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(since, "since");
    Skill.checkLevel(level);
  }
}
