package io.lodestar.pmo.engine.standardization.compliance;

import io.lodestar.pmo.engine.standardization.template.TemplateVersion;
import java.util.Optional;

/** Reads stored template versions (the host's store). */
public interface TemplateCatalog {

  /** Version {@code version} of template {@code templateId}; empty when it does not exist. */
  Optional<TemplateVersion> version(String templateId, int version);
}
