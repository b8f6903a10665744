package io.lodestar.pmo.app.shared.error;

import java.util.List;

/** The user is known but may not do this: 403. */
public final class AccessDeniedException extends LodestarException {
  private static final long serialVersionUID = 1L;

  public AccessDeniedException(String message) {
    super(message, List.of());
  }

  @Override
  public int status() {
    return 403;
  }
}
