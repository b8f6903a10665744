package io.lodestar.pmo.engine.risk.port;

import io.lodestar.pmo.engine.risk.mapping.RawRiskRecord;
import io.lodestar.pmo.engine.risk.mapping.RiskFieldMapping;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Port: reads the risk issues of one project, permission-faithfully, page by page. The Jira adapter
 * runs a search (issue type in the mapping's risk issue types, project = key) as the viewer and
 * reads only the fields the mapping names; the sandbox reads its embedded database. Risk issues are
 * exactly the issues of the mapping's {@code riskIssueTypeIds}: there is no default type, so a
 * mapping naming none yields empty pages.
 */
public interface RiskSource {

  /**
   * One page of risk records.
   *
   * @param viewerKey Jira user key of the viewer whose browse permission filters the records and
   *     their mitigation keys (linked issues the viewer may browse); null means a system context
   *     with full visibility of the risks (scheduled jobs), in which case {@code hiddenCount} is 0
   *     and the records carry no mitigation keys (there is no viewer to load links as)
   * @param projectKey project key; never null
   * @param mapping which issue types are risks and which fields to read; never null
   * @param startAt 0-based index of the first visible record to return, at least 0
   * @param maxResults page size, 1..1000; the source may return fewer (never more)
   * @return the page; never null; an unknown project yields an empty page with totals 0
   */
  RiskRecordPage page(
      String viewerKey, String projectKey, RiskFieldMapping mapping, int startAt, int maxResults);

  /**
   * The records of {@code issueKeys} that are risk issues of the project the viewer may browse, for
   * a register page whose order an {@link AssessedRiskIndex} gave: O(keys) for a host that reads by
   * key. This default pages through the whole project (correct, not bounded); hosts with an index
   * override it.
   *
   * @param issueKeys the keys wanted, at most 1000; unknown, hidden or non-risk keys are left out
   * @return the records found, in any order; never null
   */
  default List<RawRiskRecord> records(
      String viewerKey, String projectKey, RiskFieldMapping mapping, List<String> issueKeys) {
    Set<String> wanted = new HashSet<>(issueKeys);
    List<RawRiskRecord> found = new ArrayList<>();
    int startAt = 0;
    while (found.size() < wanted.size()) {
      RiskRecordPage page = page(viewerKey, projectKey, mapping, startAt, 1000);
      for (RawRiskRecord r : page.records()) {
        if (wanted.contains(r.issueKey())) {
          found.add(r);
        }
      }
      startAt += page.records().size();
      if (page.records().isEmpty() || startAt >= page.totalVisible()) {
        break;
      }
    }
    return found;
  }

  /**
   * Checks the arguments every implementation of {@link #page} receives, the same way everywhere.
   *
   * @throws NullPointerException when {@code projectKey} or {@code mapping} is null
   * @throws IllegalArgumentException when {@code startAt < 0} or {@code maxResults < 1}
   */
  static void checkPageArguments(
      String projectKey, RiskFieldMapping mapping, int startAt, int maxResults) {
    Objects.requireNonNull(projectKey, "projectKey");
    Objects.requireNonNull(mapping, "mapping");
    if (startAt < 0) {
      throw new IllegalArgumentException("startAt must be >= 0: " + startAt);
    }
    if (maxResults < 1) {
      throw new IllegalArgumentException("maxResults must be >= 1: " + maxResults);
    }
  }
}
