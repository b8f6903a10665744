/**
 * The engine's risk ports on the sandbox database: scoring models, project risk settings and review
 * flags (same text formats as the plugin's Active Objects tables, through app's codecs), and the
 * permission-filtered, paged {@link io.lodestar.pmo.sandbox.risk.SqlRiskSource}.
 */
package io.lodestar.pmo.sandbox.risk;
