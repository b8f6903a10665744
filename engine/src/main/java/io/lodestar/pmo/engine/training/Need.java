package io.lodestar.pmo.engine.training;

import java.util.Objects;

/** What a requirement asks of an assignee: a skill at a minimum level, or a certification. */
public sealed interface Need {

  /** The skill {@code skillId} (or a narrower one) at {@code minLevel} or above. */
  record SkillNeed(String skillId, int minLevel) implements Need {
    public SkillNeed {
      Objects.requireNonNull(skillId, "skillId");
      Skill.checkLevel(minLevel);
    }
  }

  /** A valid certificate of type {@code typeId}. */
  record CertificationNeed(String typeId) implements Need {
    public CertificationNeed {
      Objects.requireNonNull(typeId, "typeId");
    }
  }
}
