package io.lodestar.pmo.app.shared.error;

import java.util.List;

/** The input is wrong; nothing was changed: 400 with each field and its message. */
public final class InvalidInputException extends LodestarException {
  private static final long serialVersionUID = 1L;

  public InvalidInputException(String message, List<FieldError> fieldErrors) {
    super(message, fieldErrors);
    if (fieldErrors.isEmpty()) {
      throw new IllegalArgumentException("an invalid input names at least one field");
    }
  }

  /** A single rejected field. */
  public static InvalidInputException of(String message, String field, String fieldMessage) {
    return new InvalidInputException(message, List.of(new FieldError(field, fieldMessage)));
  }

  @Override
  public int status() {
    return 400;
  }
}
