package io.lodestar.pmo.app.standardization.gate;

import io.lodestar.pmo.app.standardization.port.ScanRecords;
import io.lodestar.pmo.engine.standardization.compliance.ComplianceResult;
import java.util.Objects;
import java.util.Optional;

/**
 * {@link TemplateRuleResults} from the compliance scans: a gate's template rules are judged by the
 * project's newest kept result, so a rule the latest scan found failing blocks the gate and a rule
 * never evaluated (project not scanned, or the rule unknown) is reported as such. The same class
 * serves every host; only the {@link ScanRecords} behind it differ.
 */
public final class ScannedRuleResults implements TemplateRuleResults {

  private final ScanRecords records;

  public ScannedRuleResults(ScanRecords records) {
    this.records = Objects.requireNonNull(records, "records");
  }

  @Override
  public Optional<ComplianceResult> latest(String projectKey) {
    Objects.requireNonNull(projectKey, "projectKey");
    return records.latestResult(projectKey);
  }

  /** True: the scans are connected (a project never scanned has its rules "unknown"). */
  @Override
  public boolean evaluated() {
    return true;
  }
}
