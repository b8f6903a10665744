package io.lodestar.pmo.engine.risk.mapping;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What an adapter read from one risk issue, uninterpreted.
 *
 * @param issueKey Jira issue key; never blank
 * @param projectKey Jira project key; never blank
 * @param summary issue summary; null is read as empty
 * @param statusCategoryKey Jira status category key: {@code new}, {@code indeterminate} or {@code
 *     done}; null when unknown
 * @param fields raw value per field id (custom field ids such as {@code customfield_10010} or
 *     system field ids such as {@code assignee}); absent fields are simply missing; never null
 * @param mitigationKeys keys of issues linked as mitigation (the adapter decides which link types
 *     count); never null
 */
public record RawRiskRecord(
    String issueKey,
    String projectKey,
    String summary,
    String statusCategoryKey,
    Map<String, RawValue> fields,
    List<String> mitigationKeys) {

  public RawRiskRecord {
    Objects.requireNonNull(issueKey, "issueKey");
    Objects.requireNonNull(projectKey, "projectKey");
    if (issueKey.isBlank() || projectKey.isBlank()) {
      throw new IllegalArgumentException("issueKey and projectKey must not be blank");
    }
    fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
    mitigationKeys = List.copyOf(mitigationKeys);
  }

  /** A record without linked mitigations. */
  public static RawRiskRecord of(
      String issueKey,
      String projectKey,
      String summary,
      String statusCategoryKey,
      Map<String, RawValue> fields) {
    return new RawRiskRecord(issueKey, projectKey, summary, statusCategoryKey, fields, List.of());
  }

  /** The raw value of {@code fieldId}, or null when absent or {@code fieldId} is null. */
  public RawValue field(String fieldId) {
    return fieldId == null ? null : fields.get(fieldId);
  }
}
