package io.lodestar.pmo.jira.shared.persistence;

import io.lodestar.pmo.app.shared.error.LodestarException;
import java.util.List;

/**
 * A configuration change could not start because another change of the same thing (on this node or
 * another) still held its cluster lock when the wait ran out; nothing was changed and the client
 * may retry: 503. The message names the lock, never user input.
 */
public final class WriteLockUnavailableException extends LodestarException {
  private static final long serialVersionUID = 1L;

  public WriteLockUnavailableException(String message) {
    super(message, List.of());
  }

  @Override
  public int status() {
    return 503;
  }
}
