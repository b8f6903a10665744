/**
 * Throughput Monte Carlo forecasts (when will N items be done, how many by a date) and the
 * risk-adjusted delivery forecast (DOMAIN.md).
 */
package io.lodestar.pmo.engine.forecast;
