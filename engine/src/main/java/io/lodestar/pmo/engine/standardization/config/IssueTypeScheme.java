package io.lodestar.pmo.engine.standardization.config;

import java.util.List;
import java.util.Objects;

/**
 * An issue type scheme: the issue types projects using it may create.
 *
 * @param id the host's scheme id; never null
 * @param issueTypes issue type names; copied
 */
public record IssueTypeScheme(String id, List<String> issueTypes) {

  public IssueTypeScheme {
    Objects.requireNonNull(id, "id");
    issueTypes = List.copyOf(issueTypes);
  }

  /** Whether the scheme holds {@code issueType} (ignoring case). */
  public boolean has(String issueType) {
    return issueTypes.stream().anyMatch(t -> t.equalsIgnoreCase(issueType));
  }
}
