package io.lodestar.pmo.engine.alignment;

import io.lodestar.pmo.engine.shared.Money;
import java.util.Objects;

/**
 * What alignment weighs of one project of the portfolio, as the viewer sees it.
 *
 * @param projectKey the project
 * @param budget its budget at completion, in the portfolio's currency
 * @param openItems its open (not done) issues the viewer may browse
 */
public record AlignedProject(String projectKey, Money budget, long openItems) {

  public AlignedProject {
    Objects.requireNonNull(projectKey, "projectKey");
    Objects.requireNonNull(budget, "budget");
    if (openItems < 0) {
      throw new IllegalArgumentException("openItems must not be negative");
    }
  }
}
