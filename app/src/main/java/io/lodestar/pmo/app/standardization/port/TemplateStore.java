package io.lodestar.pmo.app.standardization.port;

import io.lodestar.pmo.engine.standardization.compliance.TemplateCatalog;
import io.lodestar.pmo.engine.standardization.template.Template;
import io.lodestar.pmo.engine.standardization.template.TemplateVersion;
import java.util.List;
import java.util.Optional;

/**
 * Where templates and all their versions are kept (sandbox: SQL; Jira: Active Objects). A
 * template's optimistic-locking version is the number of its latest version, so an edit based on an
 * older one is refused.
 */
public interface TemplateStore extends TemplateCatalog {

  /** Every template, by id. */
  List<Template> all();

  /** The template with this id, with every version. */
  Optional<Template> find(String templateId);

  /**
   * Keeps a new template.
   *
   * @return false, writing nothing, when a template with its id exists
   */
  boolean create(Template template);

  /**
   * Keeps {@code template}'s latest version, when the stored latest version is {@code
   * expectedLatest} (one less than the new one).
   *
   * @return false, writing nothing, when the stored latest version is another
   */
  boolean addVersion(Template template, int expectedLatest);

  @Override
  default Optional<TemplateVersion> version(String templateId, int version) {
    return find(templateId).flatMap(t -> t.version(version));
  }
}
