package io.lodestar.pmo.engine.training;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The skills catalog: unique ids, every parent known, no cycles. A requirement on a skill is met by
 * the skill itself or by any narrower skill under it (whoever knows Java at level 4 knows
 * "Programming" at level 4).
 */
public final class SkillCatalog {

  private final Map<String, Skill> skills;

  private SkillCatalog(Map<String, Skill> skills) {
    this.skills = skills;
  }

  /**
   * A catalog of {@code skills}.
   *
   * @throws IllegalArgumentException on a repeated id, an unknown parent or a cycle
   */
  public static SkillCatalog of(List<Skill> skills) {
    Map<String, Skill> byId = new LinkedHashMap<>();
    for (Skill s : skills) {
      if (byId.put(s.id(), s) != null) {
        throw new IllegalArgumentException("skill " + s.id() + " is listed twice");
      }
    }
    for (Skill s : skills) {
      Set<String> seen = new HashSet<>();
      for (Optional<String> p = Optional.of(s.id());
          p.isPresent();
          p = byId.get(p.get()).parentId()) {
        if (!byId.containsKey(p.get())) {
          throw new IllegalArgumentException("skill " + s.id() + " has unknown parent " + p.get());
        }
        if (!seen.add(p.get())) {
          throw new IllegalArgumentException("skill " + s.id() + " is in a cycle of parents");
        }
      }
    }
    return new SkillCatalog(java.util.Collections.unmodifiableMap(byId));
  }

  public Optional<Skill> skill(String id) {
    return Optional.ofNullable(skills.get(id));
  }

  /** The skill's name, or the id itself for a skill no longer in the catalog. */
  public String name(String id) {
    Skill s = skills.get(id);
    return s == null ? id : s.name();
  }

  public Map<String, Skill> skills() {
    return skills;
  }

  /** True when holding {@code held} meets a requirement on {@code required}. */
  public boolean covers(String required, String held) {
    for (Optional<String> s = Optional.of(held); s.isPresent(); ) {
      if (s.get().equals(required)) {
        return true;
      }
      Skill skill = skills.get(s.get());
      s = skill == null ? Optional.empty() : skill.parentId();
    }
    return false;
  }
}
