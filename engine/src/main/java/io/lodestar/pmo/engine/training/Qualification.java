package io.lodestar.pmo.engine.training;

import java.util.List;
import java.util.Objects;

/**
 * The qualification of an assignee for one piece of work: one finding per need, and the overall
 * status (the worst; {@link QualificationStatus#OK} when nothing is required).
 */
public record Qualification(QualificationStatus status, List<QualificationFinding> findings) {

  public Qualification {
    Objects.requireNonNull(status, "status");
    findings = List.copyOf(findings);
  }

  /** The findings that are not OK. */
  public List<QualificationFinding> problems() {
    return findings.stream().filter(f -> f.status() != QualificationStatus.OK).toList();
  }
}
