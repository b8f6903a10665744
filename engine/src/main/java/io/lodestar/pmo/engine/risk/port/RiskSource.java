package io.lodestar.pmo.engine.risk.port;

import io.lodestar.pmo.engine.risk.mapping.RiskFieldMapping;
import java.util.Objects;

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
