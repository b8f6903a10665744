/**
 * Stage gates in the sandbox: the SQL store of the gate settings and states (schema {@code
 * V10__stage_gates.sql}), the project's "Stage gate" page, the "Lodestar phase" query of the issue
 * navigator stand-in, the demo's lifecycle, and the workflow template preview page.
 */
package io.lodestar.pmo.sandbox.standardization.gate;
