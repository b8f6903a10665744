/**
 * Standardization (issue 9): PMO templates, compliance scans, apply with a dry run and stage gates,
 * in plain Java. Sub-packages by feature: {@code workflow} (workflow templates and their
 * validation), {@code template} (versioned templates, project and artifact rules, diffs), {@code
 * config} (the configuration facts a host reports and the port that answers them), {@code
 * compliance} (one named policy per rule kind, scoring, memoised evaluation, trends, resumable
 * scans), {@code apply} (the dry-run plan, status migration and the all-or-nothing apply protocol)
 * and {@code gate} (lifecycle phases and stage gates with quorum). Every message key the feature
 * emits is in {@link io.lodestar.pmo.engine.standardization.StandardizationKeys}.
 */
package io.lodestar.pmo.engine.standardization;
