package io.lodestar.pmo.engine.capacity;

import java.util.Objects;

/**
 * A person's share of their capacity given to a team.
 *
 * @param personKey the member; never null
 * @param percent within (0, 100]
 */
public record Membership(String personKey, int percent) {

  public Membership {
    Objects.requireNonNull(personKey, "personKey");
    if (percent <= 0 || percent > 100) {
      throw new IllegalArgumentException("membership must be within (0, 100] but was " + percent);
    }
  }
}
