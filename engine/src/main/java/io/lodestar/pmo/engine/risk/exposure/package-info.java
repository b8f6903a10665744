/**
 * Quantitative risk exposure: a Monte Carlo simulation of the total cost (currency units) and
 * schedule (working days) impact of a risk register, plus the closed-form expected monetary value
 * and moments it is checked against.
 *
 * <p>Entry point: {@link io.lodestar.pmo.engine.risk.exposure.ExposureSimulator}. Inputs are {@link
 * io.lodestar.pmo.engine.risk.exposure.RiskExposureInput} values and {@link
 * io.lodestar.pmo.engine.risk.exposure.SimulationSettings}; the output is an {@link
 * io.lodestar.pmo.engine.risk.exposure.ExposureResult}. Everything here is plain JDK code with no
 * I/O; simulations use {@code double} as the style guide allows.
 */
package io.lodestar.pmo.engine.risk.exposure;
