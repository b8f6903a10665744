package io.lodestar.pmo.app.standardization.rest;

import io.lodestar.pmo.app.shared.error.LodestarException;
import java.util.List;

/** 409: the plan changed since the dry run whose fingerprint the apply sent; nothing was done. */
public final class PlanChangedConflict extends LodestarException {
  private static final long serialVersionUID = 1L;

  public PlanChangedConflict(String message) {
    super(message, List.of());
  }

  @Override
  public int status() {
    return 409;
  }
}
