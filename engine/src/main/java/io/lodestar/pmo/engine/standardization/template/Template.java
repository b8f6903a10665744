package io.lodestar.pmo.engine.standardization.template;

import static io.lodestar.pmo.engine.standardization.StandardizationKeys.ID_FORMAT;
import static io.lodestar.pmo.engine.standardization.StandardizationKeys.TEMPLATE_UNCHANGED;

import io.lodestar.pmo.engine.shared.Outcome;
import io.lodestar.pmo.engine.shared.Violation;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A template and all its versions. Editing never changes a version: {@link #edit} returns a new
 * {@code Template} with one more version, refused when the content is invalid or unchanged.
 *
 * @param id stable id, 1 to 64 characters of [A-Za-z0-9_.-]; never null
 * @param versions versions 1..n in order; never null or empty
 */
public record Template(String id, List<TemplateVersion> versions) {

  private static final Pattern ID = Pattern.compile("[A-Za-z0-9_.-]{1,64}");

  public Template {
    Objects.requireNonNull(id, "id");
    versions = List.copyOf(versions);
    if (versions.isEmpty()) {
      throw new IllegalArgumentException("a template has at least one version");
    }
    for (int i = 0; i < versions.size(); i++) {
      if (versions.get(i).number() != i + 1 || !versions.get(i).templateId().equals(id)) {
        throw new IllegalArgumentException("versions must be " + id + " 1..n in order");
      }
    }
  }

  /** A new template whose version 1 is {@code content}, or the problems of the input. */
  public static Outcome<Template> create(
      String id, TemplateContent content, String authorKey, Instant at) {
    List<Violation> problems = new ArrayList<>();
    if (!ID.matcher(id).matches()) {
      problems.add(Violation.of("id", ID_FORMAT, id));
    }
    problems.addAll(TemplateValidator.validate(content));
    if (!problems.isEmpty()) {
      return Outcome.invalid(problems);
    }
    return Outcome.ok(
        new Template(id, List.of(new TemplateVersion(id, 1, content, authorKey, at))));
  }

  /**
   * This template with a new latest version holding {@code content}; refused when the content is
   * invalid or equal to the latest version's.
   */
  public Outcome<Template> edit(TemplateContent content, String authorKey, Instant at) {
    List<Violation> problems = TemplateValidator.validate(content);
    if (!problems.isEmpty()) {
      return Outcome.invalid(problems);
    }
    if (content.equals(latest().content())) {
      return Outcome.invalid(Violation.of("", TEMPLATE_UNCHANGED));
    }
    List<TemplateVersion> next = new ArrayList<>(versions);
    next.add(new TemplateVersion(id, versions.size() + 1, content, authorKey, at));
    return Outcome.ok(new Template(id, next));
  }

  /** The newest version. */
  public TemplateVersion latest() {
    return versions.get(versions.size() - 1);
  }

  /** Version {@code number}, if it exists. */
  public Optional<TemplateVersion> version(int number) {
    return number >= 1 && number <= versions.size()
        ? Optional.of(versions.get(number - 1))
        : Optional.empty();
  }
}
