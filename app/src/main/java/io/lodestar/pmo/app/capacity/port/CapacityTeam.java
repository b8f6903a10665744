package io.lodestar.pmo.app.capacity.port;

import io.lodestar.pmo.engine.capacity.Membership;
import io.lodestar.pmo.engine.capacity.Team;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A team with its lead (who may see the members' absences).
 *
 * @param key never null
 * @param name never null
 * @param leadKey the team lead's user key; empty when none
 * @param members the members with their membership %, by person key
 */
public record CapacityTeam(
    String key, String name, Optional<String> leadKey, List<Membership> members) {

  public CapacityTeam {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(leadKey, "leadKey");
    members = List.copyOf(members);
  }

  /** The engine's team. */
  public Team team() {
    return new Team(key, name, members);
  }
}
