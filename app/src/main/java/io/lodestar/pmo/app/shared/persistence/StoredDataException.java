package io.lodestar.pmo.app.shared.persistence;

/**
 * A row in Lodestar's tables cannot be turned back into a value: an unknown format version, a
 * malformed text column or a value the engine refuses. The message names the table, the row and
 * what is wrong, so an administrator can repair or delete the row; it never carries user input back
 * to a client (the REST layer reports a generic 500).
 */
public final class StoredDataException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public StoredDataException(String message) {
    super(message);
  }

  public StoredDataException(String message, Throwable cause) {
    super(message, cause);
  }
}
