package io.lodestar.pmo.engine.capacity;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A team: members with the share of their capacity they give it. A person can be in several teams;
 * the shares across teams are not forced to add up to 100 % (a matrix organisation overbooks).
 *
 * @param key stable key; never null
 * @param name shown name; never null
 * @param members each person at most once
 */
public record Team(String key, String name, List<Membership> members) {

  public Team {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(name, "name");
    members = List.copyOf(members);
    Set<String> seen = new HashSet<>();
    for (Membership m : members) {
      if (!seen.add(m.personKey())) {
        throw new IllegalArgumentException(m.personKey() + " is twice in team " + key);
      }
    }
  }
}
