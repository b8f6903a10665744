package io.lodestar.pmo.jira.training.panel;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.customfields.impl.CalculatedCFType;
import com.atlassian.jira.issue.fields.CustomField;
import io.lodestar.pmo.app.training.panel.QualificationValue;
import java.util.Objects;

/**
 * "Lodestar qualification": whether the issue's assignee qualifies for it for the dates of the
 * work, as {@link QualificationValue#text()} ({@code ok}, {@code missing skill}, {@code
 * certification expires} ...); null when nothing is required of the issue or nobody is assigned.
 * Indexed by Jira's exact text searcher, so that {@code "Lodestar qualification" = "certification
 * expires"} works. A failed read leaves the field empty rather than failing a re-index. The value
 * depends on today and on training data, so an issue's index entry is only as fresh as its last
 * re-index.
 */
public final class LodestarQualificationCFType extends CalculatedCFType<String, String> {

  private final QualificationLookups lookups;

  public LodestarQualificationCFType(QualificationLookups lookups) {
    this.lookups = Objects.requireNonNull(lookups, "lookups");
  }

  @Override
  public String getValueFromIssue(CustomField field, Issue issue) {
    try {
      return lookups
          .qualification(issue)
          .flatMap(QualificationValue::of)
          .map(QualificationValue::text)
          .orElse(null);
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
