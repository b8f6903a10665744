/**
 * Stage gates above the engine: the PMO's lifecycle configuration and the projects' gate states
 * behind the {@link io.lodestar.pmo.app.standardization.gate.GateStore} port, the service that
 * resolves who acts (project manager = project admin, approvers = the configured users), runs
 * {@link io.lodestar.pmo.engine.standardization.gate.StageGates}, checks versions and audits each
 * move, and the view the project's "Stage gate" page and REST show.
 */
package io.lodestar.pmo.app.standardization.gate;
