package io.lodestar.pmo.app.shared.error;

import java.util.Objects;

/**
 * One rejected input field.
 *
 * @param field the field's path in the request, e.g. {@code impactScale.levels[2].value}; never
 *     null
 * @param message what is wrong, in the user's language; never null
 */
public record FieldError(String field, String message) {
  public FieldError {
    Objects.requireNonNull(field, "field");
    Objects.requireNonNull(message, "message");
  }
}
