package io.lodestar.pmo.sandbox.shared.store;

/** The embedded database failed or holds something it should not; an infrastructure failure. */
public final class StoreException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public StoreException(String message) {
    super(message);
  }

  public StoreException(String message, Throwable cause) {
    super(message, cause);
  }
}
