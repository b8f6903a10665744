package io.lodestar.pmo.engine.evm;

/** The estimate-at-completion formulas (DOMAIN.md, PMI vocabulary). */
public enum EacMethod {
  /** BAC / CPI: the cost efficiency so far continues (the default). */
  TYPICAL,
  /** AC + (BAC − EV): the variance so far was a one-off; the rest goes to plan. */
  ATYPICAL,
  /** AC + (BAC − EV) / (CPI × SPI): cost and schedule performance both drag the rest. */
  COST_AND_SCHEDULE,
  /** AC + a bottom-up estimate to complete. */
  RE_ESTIMATE
}
