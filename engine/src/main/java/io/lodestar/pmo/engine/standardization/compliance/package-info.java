/**
 * Compliance of a project with a template version: one named {@link
 * io.lodestar.pmo.engine.standardization.compliance.CompliancePolicy} per rule kind (listed in
 * {@link io.lodestar.pmo.engine.standardization.compliance.PolicyRegistry}), each returning a
 * {@link io.lodestar.pmo.engine.standardization.compliance.RuleResult} with a message key; the
 * severity-weighted score (DOMAIN.md: critical 5, major 3, minor 1; unknown counted apart); the
 * evaluator that reads each scheme once per scan and runs one count per (artifact rule, project);
 * trends per project, template and portfolio; and the resumable, cancellable scan.
 */
package io.lodestar.pmo.engine.standardization.compliance;
