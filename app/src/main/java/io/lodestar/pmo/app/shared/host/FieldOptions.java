package io.lodestar.pmo.app.shared.host;

import java.util.List;
import java.util.Objects;

/**
 * A select field's options as the host knows them, for the mapping form's option levels.
 *
 * @param labels the options' display values, each once; in the field's configured order when {@code
 *     ordered}, else in no meaningful order; never null, empty for a field without options
 * @param ordered whether {@code labels} is the host's configured order (Jira: always; the sandbox:
 *     when a field-options file gave it), which the form then offers as the default levels
 */
public record FieldOptions(List<String> labels, boolean ordered) {

  /** No options known. */
  public static final FieldOptions NONE = new FieldOptions(List.of(), false);

  public FieldOptions {
    labels = List.copyOf(Objects.requireNonNull(labels, "labels"));
  }
}
