package io.lodestar.pmo.engine.standardization.gate;

import java.util.Objects;

/**
 * An item the project manager ticks when requesting a gate.
 *
 * @param id stable id; never null
 * @param text what must be true, as the PMO wrote it; never null
 */
public record ChecklistItem(String id, String text) {
  public ChecklistItem {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(text, "text");
  }
}
