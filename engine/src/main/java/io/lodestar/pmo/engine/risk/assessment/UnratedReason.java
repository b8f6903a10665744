package io.lodestar.pmo.engine.risk.assessment;

/** Why a rating could not be scored. */
public enum UnratedReason {
  /** No probability (RPN: occurrence) rank. */
  NO_PROBABILITY,
  /** No impact (RPN: severity) rank in any dimension. */
  NO_IMPACT,
  /** RPN model and no detectability rank. */
  NO_DETECTABILITY,
  /** A rank is not on the model's scale (e.g. the model was shrunk after rating). */
  OUT_OF_SCALE
}
