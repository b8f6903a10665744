package io.lodestar.pmo.engine.standardization.gate;

import java.util.Objects;

/**
 * A document the request must link (an http or https address, e.g. a Confluence page).
 *
 * @param id stable id; never null
 * @param label what the document is, e.g. {@code Project charter}; never null
 */
public record RequiredDocument(String id, String label) {
  public RequiredDocument {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(label, "label");
  }
}
