package io.lodestar.pmo.engine.shared;

import java.util.List;
import java.util.Objects;

/**
 * One refused input value: a field path, a message key and the key's arguments. Refusals are
 * values, not exceptions; the REST layer turns a list of violations into a 400 with {@code {field,
 * message}} pairs after resolving the key through the i18n bundle.
 *
 * @param field path of the offending value, dotted with zero-based indexes, e.g. {@code
 *     impactScale.levels[2].value}; empty string for the object as a whole; never null
 * @param messageKey i18n key, {@code lodestar.<feature>.<element>...}; never null or blank
 * @param args message arguments in order (strings, numbers or dates); never null, no null elements
 */
public record Violation(String field, String messageKey, List<Object> args) {

  public Violation {
    Objects.requireNonNull(field, "field");
    Objects.requireNonNull(messageKey, "messageKey");
    if (messageKey.isBlank()) {
      throw new IllegalArgumentException("messageKey is blank");
    }
    args = List.copyOf(args);
  }

  /** A violation of {@code field} with message key {@code messageKey} and arguments. */
  public static Violation of(String field, String messageKey, Object... args) {
    return new Violation(field, messageKey, List.of(args));
  }
}
