package io.lodestar.pmo.app.standardization.rest;

import io.lodestar.pmo.app.shared.error.LodestarException;
import java.util.List;

/** 409: a compliance scan is already running. */
public final class ScanRunningConflict extends LodestarException {
  private static final long serialVersionUID = 1L;

  public ScanRunningConflict(String message) {
    super(message, List.of());
  }

  @Override
  public int status() {
    return 409;
  }
}
