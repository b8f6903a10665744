package io.lodestar.pmo.jira.standardization.gate;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.customfields.impl.CalculatedCFType;
import com.atlassian.jira.issue.fields.CustomField;
import java.util.Objects;

/**
 * "Lodestar phase": the stage-gate phase of the issue's project (e.g. {@code Execute}), null when
 * the project has none stored. Indexed by Jira's exact text searcher, so that {@code "Lodestar
 * phase" = Execute} works; one indexed read by project key per issue. A failed read leaves the
 * field empty rather than failing a re-index.
 */
public final class LodestarPhaseCFType extends CalculatedCFType<String, String> {

  private final AoProjectPhases phases;

  public LodestarPhaseCFType(AoProjectPhases phases) {
    this.phases = Objects.requireNonNull(phases, "phases");
  }

  @Override
  public String getValueFromIssue(CustomField field, Issue issue) {
    try {
      return issue.getProjectObject() == null
          ? null
          : phases.phaseOf(issue.getProjectObject().getKey()).orElse(null);
    } catch (RuntimeException unreadable) {
      return null;
    }
  }

  @Override
  public String getStringFromSingularObject(String value) {
    return value;
  }

  @Override
  public String getSingularObjectFromString(String text) {
    return text;
  }
}
