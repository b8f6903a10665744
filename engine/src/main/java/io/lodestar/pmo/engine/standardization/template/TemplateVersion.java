package io.lodestar.pmo.engine.standardization.template;

import java.time.Instant;
import java.util.Objects;

/**
 * One immutable version of a template. Versions of a template are numbered 1, 2, 3 … in the order
 * they were made; a version is never changed once made.
 *
 * @param templateId the template's id; never null
 * @param number the version number, at least 1
 * @param content what the version holds (valid); never null
 * @param authorKey the user key of whoever made the version; never null
 * @param createdAt when it was made (UTC); never null
 */
public record TemplateVersion(
    String templateId, int number, TemplateContent content, String authorKey, Instant createdAt) {

  public TemplateVersion {
    Objects.requireNonNull(templateId, "templateId");
    Objects.requireNonNull(content, "content");
    Objects.requireNonNull(authorKey, "authorKey");
    Objects.requireNonNull(createdAt, "createdAt");
    if (number < 1) {
      throw new IllegalArgumentException("number < 1: " + number);
    }
  }
}
