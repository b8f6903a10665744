/**
 * Stage gates: configurable lifecycle phases (e.g. Initiate → Plan → Execute → Close), each left
 * through a gate whose criteria are template rules (judged by the latest compliance result),
 * checklist items and required document links. The project manager requests a gate, approvers
 * decide (quorum configurable, the requester cannot approve their own request, one rejection with a
 * comment closes the request), every move is kept in the history. {@link
 * io.lodestar.pmo.engine.standardization.gate.StageGates} refuses illegal moves with results, not
 * exceptions.
 */
package io.lodestar.pmo.engine.standardization.gate;
