package io.lodestar.pmo.engine.standardization.config;

import java.util.List;
import java.util.Objects;

/**
 * A field configuration reduced to what the rules need: the fields it makes required.
 *
 * @param id the host's id; never null
 * @param requiredFields ids of the fields that must have a value; copied
 */
public record FieldConfiguration(String id, List<String> requiredFields) {

  public FieldConfiguration {
    Objects.requireNonNull(id, "id");
    requiredFields = List.copyOf(requiredFields);
  }
}
