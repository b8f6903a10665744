package io.lodestar.pmo.app.standardization.gate;

import io.lodestar.pmo.engine.standardization.compliance.ComplianceResult;
import java.util.Optional;

/**
 * Port: the project's latest compliance result, which judges a gate's template rules. Until the
 * compliance scans are connected, {@link #NOT_EVALUATED} is used: every rule of a gate is then "not
 * evaluated" and the page says so (a gate with template rules cannot be requested yet).
 */
public interface TemplateRuleResults {

  /** No compliance results: every template rule is not evaluated. */
  TemplateRuleResults NOT_EVALUATED =
      new TemplateRuleResults() {
        @Override
        public Optional<ComplianceResult> latest(String projectKey) {
          return Optional.empty();
        }

        @Override
        public boolean evaluated() {
          return false;
        }
      };

  /**
   * @param projectKey never null
   * @return the latest result; empty when the project was never scanned
   */
  Optional<ComplianceResult> latest(String projectKey);

  /** Whether any compliance results exist at all (false: the scans are not connected). */
  boolean evaluated();
}
