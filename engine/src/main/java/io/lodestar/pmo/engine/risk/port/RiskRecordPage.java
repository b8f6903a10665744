package io.lodestar.pmo.engine.risk.port;

import io.lodestar.pmo.engine.risk.mapping.RawRiskRecord;
import java.util.List;

/**
 * One page of a project's risk records as seen by a viewer.
 *
 * @param records the records of this page, in a stable order (issue key ascending is recommended)
 *     so that paging is consistent; never null
 * @param startAt 0-based index of the first record among the visible records
 * @param totalVisible number of risk records the viewer may browse in the project (all pages)
 * @param hiddenCount number of risk records in the project the viewer may <em>not</em> browse;
 *     shown as "N items hidden", never their content
 */
public record RiskRecordPage(
    List<RawRiskRecord> records, int startAt, int totalVisible, int hiddenCount) {

  public RiskRecordPage {
    records = List.copyOf(records);
    if (startAt < 0 || totalVisible < 0 || hiddenCount < 0) {
      throw new IllegalArgumentException("startAt, totalVisible and hiddenCount must be >= 0");
    }
  }

  /** Whether records follow this page. */
  public boolean hasMore() {
    return !records.isEmpty() && startAt + records.size() < totalVisible;
  }
}
