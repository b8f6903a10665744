package io.lodestar.pmo.app.shared.error;

import java.util.List;

/** A refusal that ends a request with a definite HTTP status and a message for the user. */
public abstract class LodestarException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final transient List<FieldError> fieldErrors;

  protected LodestarException(String message, List<FieldError> fieldErrors) {
    super(message, null, false, false);
    this.fieldErrors = List.copyOf(fieldErrors);
  }

  /**
   * @return the HTTP status this failure maps to
   */
  public abstract int status();

  /**
   * @return field-level errors; empty unless this is a validation failure
   */
  public List<FieldError> fieldErrors() {
    return fieldErrors;
  }
}
