package io.lodestar.pmo.engine.training;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * One skill of the catalog, possibly under a broader one ("Java" under "Programming").
 *
 * @param id stable id; never null or blank
 * @param name shown name; never null
 * @param parentId the broader skill; empty for a root
 * @param levels what each level 1–5 means for this skill; all five described
 */
public record Skill(
    String id, String name, Optional<String> parentId, Map<Integer, String> levels) {

  public static final int MIN_LEVEL = 1;
  public static final int MAX_LEVEL = 5;

  public Skill {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(parentId, "parentId");
    if (id.isBlank()) {
      throw new IllegalArgumentException("skill id is blank");
    }
    levels = Map.copyOf(new TreeMap<>(levels));
    for (int level = MIN_LEVEL; level <= MAX_LEVEL; level++) {
      String text = levels.get(level);
      if (text == null || text.isBlank()) {
        throw new IllegalArgumentException("skill " + id + " does not describe level " + level);
      }
    }
    if (levels.size() != MAX_LEVEL) {
      throw new IllegalArgumentException("skill " + id + " has levels outside 1..5");
    }
  }

  /** Checks that {@code level} is within 1..5. */
  public static int checkLevel(int level) {
    if (level < MIN_LEVEL || level > MAX_LEVEL) {
      throw new IllegalArgumentException("level must be within [1, 5] but was " + level);
    }
    return level;
  }
}
