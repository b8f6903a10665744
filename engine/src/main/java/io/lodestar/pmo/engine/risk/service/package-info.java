/**
 * Application services of the risk feature: plain classes over the ports, constructed with their
 * collaborators, returning {@link io.lodestar.pmo.engine.shared.Outcome} values (ok, invalid, not
 * found, conflict) and never HTTP concepts.
 */
package io.lodestar.pmo.engine.risk.service;
