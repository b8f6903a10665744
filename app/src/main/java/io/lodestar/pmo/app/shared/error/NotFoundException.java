package io.lodestar.pmo.app.shared.error;

import java.util.List;

/**
 * The thing does not exist, or the user may not know that it does (a project they cannot browse):
 * 404.
 */
public final class NotFoundException extends LodestarException {
  private static final long serialVersionUID = 1L;

  public NotFoundException(String message) {
    super(message, List.of());
  }

  @Override
  public int status() {
    return 404;
  }
}
