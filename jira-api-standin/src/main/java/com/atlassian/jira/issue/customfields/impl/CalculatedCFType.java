package com.atlassian.jira.issue.customfields.impl;

import com.atlassian.jira.issue.Issue;
import com.atlassian.jira.issue.fields.CustomField;
import com.atlassian.jira.issue.fields.config.FieldConfigItemType;
import java.util.ArrayList;
import java.util.List;

/**
 * Stand-in for the base class of read-only, computed custom field types. Lodestar SUBCLASSES it, so
 * the public no-arg constructor and the three abstract methods below must be exactly the real ones:
 * the real class leaves {@code getStringFromSingularObject}, {@code getSingularObjectFromString}
 * and {@code getValueFromIssue} abstract and implements the rest of {@code CustomFieldType}.
 * Checked against
 * https://docs.atlassian.com/software/jira/docs/api/11.3.0/com/atlassian/jira/issue/customfields/impl/CalculatedCFType.html
 * [unverified].
 *
 * @param <T> transport object
 * @param <S> single object
 */
public abstract class CalculatedCFType<T, S> extends AbstractCustomFieldType<T, S> {

  public CalculatedCFType() {}

  @Override
  public abstract String getStringFromSingularObject(S singularObject);

  @Override
  public abstract S getSingularObjectFromString(String string) throws FieldValidationException;

  @Override
  public abstract T getValueFromIssue(CustomField field, Issue issue);

  /** Calculated fields have no change history; the real class returns null [unverified]. */
  @Override
  public String getChangelogValue(CustomField field, T value) {
    return null;
  }

  /** The real class returns an empty list [unverified]. */
  @Override
  public List<FieldConfigItemType> getConfigurationItemTypes() {
    return new ArrayList<>();
  }
}
