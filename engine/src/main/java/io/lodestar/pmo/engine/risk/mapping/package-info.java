/**
 * Turning raw Jira-ish field values into a {@link io.lodestar.pmo.engine.risk.Risk}, purely: a
 * {@link io.lodestar.pmo.engine.risk.mapping.RiskFieldMapping} (which field holds what, configured
 * per project by the PMO), a {@link io.lodestar.pmo.engine.risk.mapping.RawRiskRecord} (what the
 * adapter read from one issue) and the {@link
 * io.lodestar.pmo.engine.risk.mapping.RiskRecordMapper}, which never throws on bad data but reports
 * {@link io.lodestar.pmo.engine.risk.mapping.MappingProblem}s.
 */
package io.lodestar.pmo.engine.risk.mapping;
