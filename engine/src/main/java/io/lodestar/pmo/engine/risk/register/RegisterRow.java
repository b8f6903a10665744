package io.lodestar.pmo.engine.risk.register;

import io.lodestar.pmo.engine.risk.assessment.AssessedRisk;
import io.lodestar.pmo.engine.risk.mapping.MappingProblem;
import java.util.List;
import java.util.Objects;

/**
 * One register row: an assessed risk and the problems met while mapping its issue.
 *
 * @param risk the assessed risk; never null
 * @param problems mapping problems; never null, usually empty
 */
public record RegisterRow(AssessedRisk risk, List<MappingProblem> problems) {

  public RegisterRow {
    Objects.requireNonNull(risk, "risk");
    problems = List.copyOf(problems);
  }

  public static RegisterRow of(AssessedRisk risk) {
    return new RegisterRow(risk, List.of());
  }
}
