package io.lodestar.pmo.app.shared.error;

import java.util.List;

/** The request needs a signed-in user and has none: 401. */
public final class NotAuthenticatedException extends LodestarException {
  private static final long serialVersionUID = 1L;

  public NotAuthenticatedException(String message) {
    super(message, List.of());
  }

  @Override
  public int status() {
    return 401;
  }
}
