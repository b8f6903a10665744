package io.lodestar.pmo.engine.standardization.config;

import io.lodestar.pmo.engine.standardization.template.ScreenKind;
import java.util.List;
import java.util.Objects;

/**
 * An issue type screen scheme reduced to what the rules need: the fields on the create screen and
 * on the edit screen (for the default issue type mapping).
 *
 * @param id the host's scheme id; never null
 * @param createFields field ids on the create screen; copied
 * @param editFields field ids on the edit screen; copied
 */
public record ScreenScheme(String id, List<String> createFields, List<String> editFields) {

  public ScreenScheme {
    Objects.requireNonNull(id, "id");
    createFields = List.copyOf(createFields);
    editFields = List.copyOf(editFields);
  }

  /** The fields on one screen. */
  public List<String> fields(ScreenKind screen) {
    return screen == ScreenKind.CREATE ? createFields : editFields;
  }
}
