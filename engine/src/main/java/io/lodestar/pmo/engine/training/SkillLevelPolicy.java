package io.lodestar.pmo.engine.training;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A skill need is met when the person holds the skill (or a narrower one) at the minimum level or
 * above <b>from the work's first day</b>. A skill gained only later in the work does not count (it
 * says from when it is held); a lower level says which level is held.
 */
public final class SkillLevelPolicy implements QualificationPolicy {

  public static final String NAME = "skill-level";
  public static final String KEY_OK = "lodestar.training.qualification.skill.ok";
  public static final String KEY_MISSING = "lodestar.training.qualification.skill.missing";
  public static final String KEY_BELOW = "lodestar.training.qualification.skill.belowLevel";
  public static final String KEY_NOT_YET = "lodestar.training.qualification.skill.notYetHeld";

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public Optional<QualificationFinding> evaluate(
      Need need, Held held, LocalDate first, LocalDate last, TrainingCatalog context) {
    if (!(need instanceof Need.SkillNeed skill)) {
      return Optional.empty();
    }
    String name = context.skills().name(skill.skillId());
    int bestFromStart = 0;
    PersonSkill later = null;
    for (PersonSkill s : held.skills()) {
      if (!context.skills().covers(skill.skillId(), s.skillId())) {
        continue;
      }
      if (!s.since().isAfter(first)) {
        bestFromStart = Math.max(bestFromStart, s.level());
      } else if (s.level() >= skill.minLevel()
          && (later == null || s.since().isBefore(later.since()))) {
        later = s;
      }
    }
    if (bestFromStart >= skill.minLevel()) {
      return found(need, QualificationStatus.OK, KEY_OK, name, skill.minLevel(), bestFromStart);
    }
    if (later != null) {
      return found(
          need,
          QualificationStatus.MISSING_SKILL,
          KEY_NOT_YET,
          name,
          skill.minLevel(),
          later.since(),
          first);
    }
    if (bestFromStart > 0) {
      return found(
          need,
          QualificationStatus.MISSING_SKILL,
          KEY_BELOW,
          name,
          skill.minLevel(),
          bestFromStart);
    }
    return found(need, QualificationStatus.MISSING_SKILL, KEY_MISSING, name, skill.minLevel());
  }

  private static Optional<QualificationFinding> found(
      Need need, QualificationStatus status, String key, Object... args) {
    return Optional.of(new QualificationFinding(NAME, need, status, key, List.of(args)));
  }
}
