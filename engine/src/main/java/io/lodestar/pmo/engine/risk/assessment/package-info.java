/**
 * Rating risks with a scoring model: {@link io.lodestar.pmo.engine.risk.assessment.RiskAssessor}
 * turns each rating (inherent, residual, target) into a {@link
 * io.lodestar.pmo.engine.risk.assessment.StateAssessment} — a score, band, cell and driving impact
 * dimension, or an explicit "unrated" with its reason.
 */
package io.lodestar.pmo.engine.risk.assessment;
