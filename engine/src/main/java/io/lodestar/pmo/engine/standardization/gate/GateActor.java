package io.lodestar.pmo.engine.standardization.gate;

import java.util.Objects;

/**
 * Who acts on a gate, with the roles the host resolved for the project.
 *
 * @param userKey never null
 * @param projectManager whether the user holds the project-manager role of the project
 * @param approver whether the user holds the gate's approver role
 */
public record GateActor(String userKey, boolean projectManager, boolean approver) {
  public GateActor {
    Objects.requireNonNull(userKey, "userKey");
  }
}
