package io.lodestar.pmo.app.shared.error;

import java.util.List;

/**
 * This host cannot do what was asked (a feature not built on it yet): 501, with a message saying so
 * and that nothing was changed. Never used for a failure of something that exists.
 */
public final class NotAvailableException extends LodestarException {
  private static final long serialVersionUID = 1L;

  public NotAvailableException(String message) {
    super(message, List.of());
  }

  @Override
  public int status() {
    return 501;
  }
}
