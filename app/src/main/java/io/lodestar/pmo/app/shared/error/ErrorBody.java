package io.lodestar.pmo.app.shared.error;

import java.util.List;

/**
 * The JSON body of every error response: never a stack trace.
 *
 * @param status the HTTP status
 * @param message what went wrong, in the user's language
 * @param errors the rejected fields (400 only; otherwise empty)
 * @param currentVersion the stored version (409 only; otherwise null)
 */
public record ErrorBody(int status, String message, List<FieldError> errors, Long currentVersion) {
  public ErrorBody {
    errors = errors == null ? List.of() : List.copyOf(errors);
  }

  /**
   * @return the body describing a Lodestar failure
   */
  public static ErrorBody of(LodestarException e) {
    Long version = e instanceof StaleVersionException s ? s.currentVersion() : null;
    return new ErrorBody(e.status(), e.getMessage(), e.fieldErrors(), version);
  }
}
