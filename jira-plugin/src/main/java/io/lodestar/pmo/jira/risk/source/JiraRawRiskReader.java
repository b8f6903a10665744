package io.lodestar.pmo.jira.risk.source;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.status.Status;
import io.lodestar.pmo.engine.risk.mapping.RawRiskRecord;
import io.lodestar.pmo.engine.risk.mapping.RiskFieldMapping;
import java.util.List;
import java.util.Objects;

/**
 * Reads one Jira issue in hand as the engine's {@link RawRiskRecord}: the fields the mapping names
 * ({@link IssueFieldReader}) and the status category, without links (so no database query: safe for
 * calculated custom fields, which Jira calls while indexing every issue). {@link JiraRiskSource}
 * adds the mitigation links.
 */
public final class JiraRawRiskReader {

  private final IssueFieldReader fieldReader;

  public JiraRawRiskReader(IssueFieldReader fieldReader) {
    this.fieldReader = Objects.requireNonNull(fieldReader, "fieldReader");
  }

  /**
   * @param issue the issue; never null
   * @param mapping the project's mapping; never null
   * @return the raw record, without mitigation keys
   */
  public RawRiskRecord read(Issue issue, RiskFieldMapping mapping) {
    return read(issue, mapping, resolve(mapping));
  }

  /**
   * @param mapping a project's mapping; never null
   * @return its fields, looked up once, for {@link #read(Issue, RiskFieldMapping,
   *     IssueFieldReader.ResolvedFields)} of each issue of the project
   */
  public IssueFieldReader.ResolvedFields resolve(RiskFieldMapping mapping) {
    return fieldReader.resolve(mapping.fieldIds());
  }

  /**
   * @param issue the issue; never null
   * @param mapping the project's mapping; never null
   * @param fields the mapping's fields from {@link #resolve}
   * @return the raw record, without mitigation keys
   */
  public RawRiskRecord read(
      Issue issue, RiskFieldMapping mapping, IssueFieldReader.ResolvedFields fields) {
    return read(issue, mapping, fields, List.of());
  }

  RawRiskRecord read(
      Issue issue,
      RiskFieldMapping mapping,
      IssueFieldReader.ResolvedFields fields,
      List<String> mitigationKeys) {
    return new RawRiskRecord(
        issue.getKey(),
        issue.getProjectObject().getKey(),
        issue.getSummary(),
        statusCategoryKey(issue.getStatus()),
        fieldReader.read(issue, fields),
        mitigationKeys);
  }

  static String statusCategoryKey(Status status) {
    if (status == null || status.getStatusCategory() == null) {
      return null;
    }
    return status.getStatusCategory().getKey();
  }
}
